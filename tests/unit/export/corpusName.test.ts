/** What the corpus is called in the header, the briefing's title step and every export. */
import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../../src/lib/extract/dataset.ts';
import { parseOverlay } from '../../../src/lib/extract/overlay.ts';
import { corpusName } from '../../../src/lib/export/corpusName.ts';
import { corpusTitle } from '../../../src/lib/briefing/storySteps.ts';

const articles = [
  {
    file: 'a.txt',
    text: 'Headline\nPARIS, May 6, 2024 - Greece and Turkey held talks. Greece said Turkey agreed.',
  },
];

describe('corpusName', () => {
  it('names the most-mentioned pair when the overlay sets no title', () => {
    const ds = extractDataset(articles);
    expect(corpusName(ds)).toBe('Greece–Turkey security relations');
    expect(corpusTitle(ds)).toBe(corpusName(ds));
  });
  it('names no pair for a folder about many things', () => {
    const ds = extractDataset([
      { file: 'a.txt', text: 'Headline\nPARIS, May 6, 2024 - Greece and Turkey held talks.' },
      { file: 'b.txt', text: 'Headline\nPARIS, May 6, 2024 - Chile and Peru held talks.' },
      { file: 'c.txt', text: 'Headline\nPARIS, May 6, 2024 - Kenya and Somalia held talks.' },
    ]);
    expect(corpusName(ds)).toBe('Security relations across 3 articles');
  });
  it('takes the overlay’s title', () => {
    const { overlay, warnings } = parseOverlay('{"title": "Aegean disputes"}', 'overlay.json');
    expect(warnings).toEqual([]);
    expect(corpusName(extractDataset(articles, overlay))).toBe('Aegean disputes');
  });
  it('refuses an empty title with a message naming the field', () => {
    const { warnings } = parseOverlay('{"title": " "}', 'overlay.json');
    expect(warnings[0]).toMatch(/overlay\.json: title: a title needs at least 3 characters/);
  });
});
