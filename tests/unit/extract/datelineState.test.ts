/** datelineState: the state an article is filed from, read off its dateline's place. */
import { describe, expect, it } from 'vitest';
import { datelineState } from '../../../src/lib/extract/datelineState.ts';
import { extractDataset } from '../../../src/lib/extract/dataset.ts';

const lines = (text: string) => {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
};

describe('datelineState (table)', () => {
  it.each([
    { text: 'Headline\nMANILA, Oct 5, 2024 - Body.', expected: 'PH' },
    { text: 'Headline\nTHE HAGUE (Meridian Wire) — Body.', expected: null },
    { text: 'Headline\nNEW DELHI: Body.', expected: null },
    { text: 'Headline\nNEW DELHI, Jan 3 (Wire) - Body.', expected: 'IN' },
    { text: 'Headline\nTokyo, March 16 - Body.', expected: 'JP' },
    { text: 'Headline\nLA PAZ, Oct 1 - Body.', expected: 'BO' },
    { text: 'Headline\nSULAYMANIYAH, Iraq - Body.', expected: null },
    { text: 'Headline\nBRUSSELS, Oct 5 (Wire) - Body.', expected: null },
    { text: 'Manila, Beijing trade barbs\nBody without a dateline.', expected: null },
  ])('$text', ({ text, expected }) => {
    expect(datelineState(text, lines(text))).toBe(expected);
  });
});

describe('a ministry no state names, in an article with a dateline', () => {
  const actors = (text: string) =>
    extractDataset([{ file: 'a.txt', text }]).actors.map((a) => `${a.name} (${a.country})`);
  it('is the ministry of the state the article is filed from', () => {
    expect(
      actors(
        'Headline\nMANILA, Oct 5, 2024 - On Monday the foreign ministry summoned China’s ambassador.',
      ),
    ).toContain('Philippine Foreign Ministry (PH)');
  });
  it('is not when a spokesperson of it is named: the speaker says whose it is', () => {
    expect(
      actors(
        'Headline\nJAKARTA, Jan 6, 2020 - Foreign ministry spokesman Geng Shuang said China had rights there.',
      ).join(),
    ).not.toMatch(/Indonesian Foreign Ministry/);
  });
  it('is none in a Washington story: American ministries are departments', () => {
    expect(
      actors(
        'Headline\nWASHINGTON, Oct 5, 2024 - The defence ministry said on Monday it tracked the ships.',
      ).join(),
    ).not.toMatch(/Ministry/);
  });
  it('is not the dateline state’s cabinet or parliament', () => {
    expect(
      actors(
        'Headline\nKATHMANDU, June 13, 2020 - Parliament approved the new map on Saturday.',
      ).join(),
    ).not.toMatch(/Parliament/);
  });
});
