import { describe, expect, it } from 'vitest';
import { computeFocus, computeSegments } from '../../../../src/lib/layout/timeline/timeFocus';
import { computePieces } from '../../../../src/lib/layout/timeline/timeBreaks';

const day = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const year = (t: number) => new Date(t).getUTCFullYear();
/** Mostly recent news with a tail of history, like a corpus of this year's articles. */
const skewed = [
  ...[1992, 1995, 1999, 2004, 2010, 2015].map((y) => day(y, 6)),
  ...Array.from({ length: 30 }, (_, i) => day(2023 + (i % 2), 1 + (i % 12), 10)),
];

describe('computeFocus', () => {
  it('finds the whole years that hold four in five milestones', () =>
    expect(computeFocus(skewed)?.map(year)).toEqual([2023, 2025]));
  it('has none for a handful of milestones', () =>
    expect(computeFocus(skewed.slice(0, 11))).toBeNull());
  it('does not mutate its input', () => {
    const input = [...skewed].reverse();
    const copy = [...input];
    computeFocus(input);
    expect(input).toEqual(copy);
  });
});

describe('computeSegments', () => {
  const cluster: [number, number][] = [[day(1992), day(2025)]];
  it('draws the crowded years two thirds of the width', () => {
    const segments = computeSegments(skewed, cluster);
    expect(segments.map((g) => g.t.map(year))).toEqual([
      [1992, 2023],
      [2023, 2025],
    ]);
    const pieces = computePieces(segments, [0, 900], 24, 64);
    expect(pieces[1].px[1] - pieces[1].px[0]).toBeCloseTo(600);
    expect(pieces[0].compressed).toBe(true);
    expect(pieces[1].compressed).toBeUndefined();
  });
  it('keeps every year the same width when milestones are spread evenly', () => {
    const even = Array.from({ length: 33 }, (_, i) => day(1992 + i, 6));
    expect(computeSegments(even, cluster)).toEqual([
      { t: cluster[0], breakBefore: false, stretch: 1 },
    ]);
  });
});
