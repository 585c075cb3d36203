import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../../src/lib/extract/dataset.ts';
import {
  checkDateInput,
  describeAdded,
  describeRefusal,
  prepareAll,
  type ChosenFile,
} from '../../../src/lib/sources/addArticles.ts';
import { takenIds } from '../../../src/lib/sources/prepareArticles.ts';
import { seedDataset } from '../helpers';

const NOW = '2025-03-01T09:00:00.000Z';
const TEXT = 'Japan India Exercise\nJapan and India held drills in the Bay of Bengal.';
const file = (name: string, text: string, size?: number): ChosenFile => ({
  name,
  size: size ?? text.length,
  bytes: async () => new TextEncoder().encode(text),
});

describe('checkDateInput', () => {
  it.each([
    { input: '', expected: null },
    { input: '2024', expected: null },
    { input: '2024-05-01', expected: null },
    { input: '1 May 2024', expected: 'The date "1 May 2024" is not YYYY-MM-DD, YYYY-MM or YYYY' },
    { input: '2024-13-45', expected: 'The date "2024-13-45" is not a month of the calendar' },
    { input: '2024-02-30', expected: 'The date "2024-02-30" is not a day of the calendar' },
    { input: '2024-00', expected: 'The date "2024-00" is not a month of the calendar' },
    { input: '2024-02-29', expected: null },
  ])('$input -> $expected', ({ input, expected }) => expect(checkDateInput(input)).toBe(expected));
});

describe('prepareAll', () => {
  it('takes the paste and each file, giving each an id not yet taken', async () => {
    const taken = takenIds([]);
    const r = await prepareAll(TEXT, [file('a.txt', TEXT), file('b.txt', TEXT)], taken, NOW, null);
    expect(r.problems).toEqual([]);
    expect(r.articles.map((a) => a.file)).toEqual([
      'pasted-japan-india-exercise.txt',
      'a.txt',
      'b.txt',
    ]);
  });

  it('ignores an empty paste when files are chosen', async () => {
    const r = await prepareAll('', [file('a.txt', TEXT)], takenIds([]), NOW, '2024');
    expect(r.articles.map((a) => [a.file, a.date])).toEqual([['a.txt', '2024']]);
  });

  it('gives every problem and nothing to add when any is refused', async () => {
    const big = file('big.txt', 'x', 6e6);
    const r = await prepareAll('', [file('a.txt', TEXT), big], takenIds([]), NOW, null);
    expect(r.articles).toEqual([]);
    expect(r.problems).toEqual([expect.stringMatching(/big\.txt is too large/)]);
    expect((await prepareAll('', [], takenIds([]), NOW, null)).problems).toEqual([
      expect.stringMatching(/pasted text is empty/),
    ]);
  });
});

describe('describeRefusal', () => {
  it('asks for a date only when a missing dateline is the sole problem', () => {
    expect(describeRefusal({ errors: [], needDate: ['pasted-x.txt', 'a.txt'] })).toEqual({
      errors: [
        "The pasted text has no dateline: give the article's date below, then Add again",
        "a.txt has no dateline: give the article's date below, then Add again",
      ],
      needDate: true,
    });
    expect(describeRefusal({ errors: ['no actor'], needDate: ['a.txt'] }).needDate).toBe(false);
  });
});

describe('describeAdded', () => {
  it('names the added articles, says what was found in them, and opens the first', () => {
    const d = seedDataset();
    const doc = d.documents[0];
    const r = describeAdded(d, [{ file: doc.file, text: '', date: null, addedAt: NOW }], 211.6);
    const actors = d.actors.filter((a) => a.mentions.some((m) => m.doc === doc.id)).length;
    expect(r.docId).toBe(doc.id);
    expect(r.message).toMatch(
      new RegExp(
        `^Added “.+”: ${actors} actors, \\d+ relations, \\d+ events? \\(extracted and merged in 212 ms\\)\\.$`,
      ),
    );
  });

  it('says plainly when an article gave no event and no relation', () => {
    const text =
      'A port visit\n\nA Chinese research vessel is near the port, officials in Colombo said.';
    const d = extractDataset([{ file: 'visit.txt', text }]);
    const r = describeAdded(d, [{ file: 'visit.txt', text, date: null, addedAt: NOW }], 90);
    expect(r.message).toMatch(
      /: \d+ actors, 0 relations, 0 events .*No event or relation was found/,
    );
  });
});
