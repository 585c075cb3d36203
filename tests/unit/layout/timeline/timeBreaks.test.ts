import { describe, expect, it } from 'vitest';
import {
  clipPieces,
  computeClusters,
  computePieces,
  pieceScale,
} from '../../../../src/lib/layout/timeline/timeBreaks';
import { computeTimelineLayout } from '../../../../src/lib/layout/timeline/timelineLayout';
import type { TielineEvent } from '../../../../src/lib/model/schema';

const day = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const at = (y: number, m = 1, d = 1): [number, number] => [day(y, m, d), day(y, m, d) + 86_400_000];
const year = (t: number) => new Date(t).getUTCFullYear();

describe('computeClusters', () => {
  const span: [number, number] = [0, 1];
  const cases = [
    {
      name: 'one far treaty gets a piece of its own',
      input: [
        at(1951, 9, 8),
        ...[2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2025].map((y) => at(y, 6)),
      ],
      expected: [
        [1951, 1952],
        [2008, 2026],
      ],
    },
    {
      name: 'several old dates: each long empty stretch is cut, longest first',
      input: [at(1951), at(1962), at(1971), at(2008), at(2012), at(2016), at(2020), at(2025)],
      expected: [
        [1950, 1952],
        [1961, 1963],
        [1970, 1972],
        [2007, 2026],
      ],
    },
    {
      name: 'a four-year lull in a dense story is drawn to scale',
      input: [at(2008), at(2010), at(2014), at(2018), at(2020), at(2025)],
      expected: 'span',
    },
    { name: 'one date', input: [at(2020)], expected: 'span' },
    { name: 'nothing', input: [], expected: 'span' },
  ] as const;
  for (const { name, input, expected } of cases)
    it(name, () => {
      const out = computeClusters(input as unknown as [number, number][], span);
      if (expected === 'span') expect(out).toEqual([span]);
      else expect(out.map(([a, b]) => [year(a), year(b)])).toEqual(expected);
    });
  it('does not mutate its input', () => {
    const input = [at(2025), at(1951), at(2008)];
    const copy = structuredClone(input);
    computeClusters(input, span);
    expect(input).toEqual(copy);
  });
});

describe('computePieces and pieceScale', () => {
  const clusters: [number, number][] = [
    [day(1951), day(1952)],
    [day(2008), day(2026)],
  ];
  const segments = clusters.map((t, i) => ({ t, breakBefore: i > 0, stretch: 1 }));
  const pieces = computePieces(segments, [100, 1100], 30, 60);
  it('gives a short cluster at least the minimum width and a break between', () => {
    expect(pieces[0].px).toEqual([100, 160]);
    expect(pieces[1].px[0]).toBe(190);
    expect(pieces[1].px[1]).toBeCloseTo(1100);
  });
  it('maps and inverts inside every piece', () => {
    const x = pieceScale(pieces);
    expect(x(day(1951))).toBeCloseTo(100);
    expect(x(day(2008))).toBeCloseTo(190);
    expect(year(x.invert(x(day(2017, 6))).getTime())).toBe(2017);
  });
  it('ticks each piece, the far one with its own year', () => {
    const ticks = pieceScale(pieces)
      .ticks(12)
      .map((d) => year(d.getTime()));
    expect(ticks[0]).toBe(1951);
    expect(ticks.slice(1).every((y) => y >= 2008)).toBe(true);
  });
  it('clips to the view, keeping each piece its scale', () => {
    const clipped = clipPieces(pieces, [150, 600]);
    expect(clipped.map((p) => p.px)).toEqual([
      [150, 160],
      [190, 600],
    ]);
    expect(pieceScale(clipped)(day(2010))).toBeCloseTo(pieceScale(pieces)(day(2010)));
  });
});

describe('the timeline with one far-away date', () => {
  const event = (id: string, date: string): TielineEvent => ({
    id,
    title: id,
    date,
    precision: 'day',
    dateText: null,
    status: 'occurred',
    kind: 'meeting',
    domains: ['diplomacy'],
    actors: [],
    analyst: [],
    evidence: [{ doc: 'd', start: 0, end: 1, quote: 'x' }],
  });
  const events = [
    event('treaty', '1951-09-08'),
    ...[2008, 2010, 2012, 2014, 2016, 2018, 2020, 2023].map((y) => event(`m${y}`, `${y}-06-01`)),
  ];
  const measure = (text: string, f: number) => 0.6 * f * text.length;
  const layout = computeTimelineLayout(events, { width: 1200, height: 400, measure });
  it('gives the recent milestones most of the width and marks the break', () => {
    const xs = layout.marks.filter((m) => m.id !== 'treaty').map((m) => m.x0);
    const [r0, r1] = layout.range;
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.6 * (r1 - r0));
    expect(layout.breaks).toHaveLength(1);
    expect(layout.breaks[0].years).toEqual([1952, 2007]);
  });
  it('labels the far piece with its year', () =>
    expect(layout.axis.ticks.map((t) => t.label)).toContain('1951'));
});
