import { describe, expect, it } from 'vitest';
import { distinctFile, separateIds, storedKey } from '../../../src/lib/sources/storedKeys.ts';
import type { StoredArticle } from '../../../src/lib/sources/types.ts';

const stored = (file: string, key = file): StoredArticle => ({
  file,
  key,
  text: 'Japan and India',
  date: null,
  addedAt: '2025-03-01T09:00:00.000Z',
});

describe('storedKey', () => {
  it('is the document id, so names that make one id share one key', () => {
    expect(storedKey('Report 1.txt')).toBe(storedKey('report-1.txt'));
  });
});

describe('distinctFile', () => {
  it.each([
    { name: 'a free id keeps its name', file: 'a.txt', taken: [], expected: 'a.txt' },
    {
      name: 'a taken id gets -2',
      file: 'Report 1.txt',
      taken: ['report-1'],
      expected: 'Report 1-2.txt',
    },
    {
      name: 'then -3',
      file: 'report-1.txt',
      taken: ['report-1', 'report-1-2'],
      expected: 'report-1-3.txt',
    },
  ])('$name', ({ file, taken, expected }) => {
    expect(distinctFile(file, new Set(taken))).toBe(expected);
  });
});

describe('separateIds', () => {
  it('renames the later of two stored articles with one id, keeping its stored key', () => {
    const read = separateIds([stored('Report 1.txt'), stored('report-1.txt')], new Set());
    expect(read.articles.map((a) => [a.file, a.key])).toEqual([
      ['Report 1.txt', 'Report 1.txt'],
      ['report-1-2.txt', 'report-1.txt'],
    ]);
    expect(read.notices).toEqual([
      'Two stored articles would be one document (report-1): report-1.txt is shown as report-1-2.txt',
    ]);
  });

  it('leaves one a seed has taken as it is (the dataset leaves it out and says so)', () => {
    const read = separateIds([stored('000_a.txt')], new Set(['000-a']));
    expect(read).toEqual({ articles: [stored('000_a.txt')], notices: [] });
  });

  it('does not mutate its input', () => {
    const input = [stored('a.txt'), stored('A.txt')];
    separateIds(input, new Set());
    expect(input.map((a) => a.file)).toEqual(['a.txt', 'A.txt']);
  });
});
