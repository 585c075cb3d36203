import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/lib/extract/clean.ts';
import { splitSentences } from '../../../src/lib/extract/sentences.ts';

const kept = (text: string) => cleanText(text).paragraphs.map((p) => text.slice(p.start, p.end));
const dropped = (text: string) =>
  cleanText(text).boilerplate.map((p) => text.slice(p.start, p.end));

describe('cleanText', () => {
  it.each([
    { name: 'image file name', line: '1311386-indjapan.webp' },
    { name: 'bare forum count', line: '3,386' },
    { name: 'navigation', line: 'Back' },
    { name: 'navigation', line: 'Top' },
    { name: 'forum label', line: 'Latest member' },
    { name: 'author', line: 'Author: Dr. Aminata Sow, Senior Fellow' },
    { name: 'press contact', line: 'Senior Adviser Tiina Mäkelä, tel. +358 295 000 000' },
    { name: 'press e-mail', line: 'Media enquiries: press@example.org' },
    { name: 'box of links', line: 'Related Internet links: Israeli Army | Lebanese Government' },
    { name: 'box of links', line: 'See also: Who is the new defence minister?' },
    { name: 'desk credit', line: 'Maghreb Bureau' },
    { name: 'desk credit', line: 'Foreign Desk' },
    {
      name: 'page note',
      line: "Update, Sept. 11: This article has been updated with comments from China's foreign ministry.",
    },
  ])('drops a $name line ($line)', ({ line }) => {
    const text = `Headline\n\nJapan and India met.\n${line}\nIndia spoke.`;
    expect(dropped(text)).toEqual([line]);
    expect(kept(text)).toEqual(['Headline', 'Japan and India met.', 'India spoke.']);
  });

  it.each([
    'Leave the first comment',
    'Forum statistics',
    'Related News',
    'Related NewsJapan, India to talk',
  ])('treats everything from "%s" on as footer', (marker) => {
    const text = `Headline\n\nJapan and India met.\n\n${marker}\nRaju Ghose\nIndia spoke of China.`;
    expect(kept(text)).toEqual(['Headline', 'Japan and India met.']);
    expect(dropped(text)).toContain('Raju Ghose');
  });

  it('keeps a line that only starts like a footer word', () => {
    const text = 'Headline\n\nComments by the minister were welcomed in Tokyo.';
    expect(kept(text)).toHaveLength(2);
  });

  it('keeps offsets into the original text, with CRLF line ends', () => {
    const text = 'Headline\r\n\r\nJapan and India met.\r\nBack\r\n';
    const { paragraphs } = cleanText(text);
    expect(text.slice(paragraphs[1].start, paragraphs[1].end)).toBe('Japan and India met.');
  });

  it('does not mutate its input and copes with empty text', () => {
    const text = '   \n\n  ';
    expect(cleanText(text)).toEqual({ paragraphs: [], boilerplate: [] });
    expect(text).toBe('   \n\n  ');
  });
});

describe('splitSentences', () => {
  it.each([
    {
      name: 'two sentences',
      text: 'Japan met India. China objected.',
      expected: ['Japan met India.', 'China objected.'],
    },
    {
      name: 'abbreviation',
      text: 'The U.S. agreed. Japan too.',
      expected: ['The U.S. agreed.', 'Japan too.'],
    },
    {
      name: 'initial',
      text: 'Minister S. Jaishankar spoke. He left.',
      expected: ['Minister S. Jaishankar spoke.', 'He left.'],
    },
    {
      name: 'closing quote',
      text: 'They revised the "Joint Declaration." India agreed.',
      expected: ['They revised the "Joint Declaration."', 'India agreed.'],
    },
    {
      name: 'no end mark',
      text: 'Headline without a full stop',
      expected: ['Headline without a full stop'],
    },
  ])('$name', ({ text, expected }) => {
    const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
