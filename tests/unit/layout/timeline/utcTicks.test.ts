/**
 * utcTicks.ts gives d3-time's dates exactly: the timeline's axis (and its SVG goldens) must not
 * move because d3-time left the first load.
 */
import { utcTicks as d3UtcTicks, utcYear as d3UtcYear } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcTicks, utcYear } from '../../../../src/lib/layout/timeline/utcTicks.ts';

const YEAR = 365 * 86_400_000;
const ms = (dates: Date[]) => dates.map(Number);

/** Spans from a millisecond to three centuries, evenly spread over their orders of magnitude. */
const span = fc
  .double({ min: 0, max: Math.log10(300 * YEAR), noNaN: true })
  .map((e) => Math.round(10 ** e));
const time = fc.integer({ min: Date.UTC(1500, 0), max: Date.UTC(2200, 0) });

describe('utcTicks', () => {
  it('gives the dates d3-time gives, for any span, count and direction', () => {
    fc.assert(
      fc.property(time, span, fc.integer({ min: 0, max: 60 }), fc.boolean(), (t, s, count, rev) => {
        const [a, b] = rev ? [t + s, t] : [t, t + s];
        expect(ms(utcTicks(new Date(a), new Date(b), count))).toEqual(
          ms(d3UtcTicks(new Date(a), new Date(b), count)),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('matches on the edges: one instant, whole units, fractional and odd counts, old years', () => {
    const cases: [number, number, number][] = [
      [Date.UTC(2020, 0), Date.UTC(2020, 0), 10],
      [0, 0, 5],
      [Date.UTC(2020, 0), Date.UTC(2021, 0), 12],
      [Date.UTC(2020, 0), Date.UTC(2020, 0, 1, 0, 0, 0, 7), 3],
      [Date.UTC(1923, 5), Date.UTC(2025, 0), 7],
      [Date.UTC(1923, 5), Date.UTC(2025, 0), 0.7],
      [Date.UTC(2019, 11, 30), Date.UTC(2020, 1, 3), 5],
      [-Date.UTC(2100, 0), Date.UTC(1969, 11, 20), 9],
      [Date.UTC(2020, 0), Date.UTC(2020, 0, 2), NaN],
      [Date.UTC(2020, 0), NaN, 5],
    ];
    for (const [a, b, count] of cases)
      expect(ms(utcTicks(new Date(a), new Date(b), count))).toEqual(
        ms(d3UtcTicks(new Date(a), new Date(b), count)),
      );
  });
});

describe('utcYear', () => {
  it('floors, ceils and offsets as d3-time does', () => {
    fc.assert(
      fc.property(time, fc.integer({ min: -50, max: 50 }), (t, n) => {
        const date = new Date(t);
        expect(+utcYear.floor(date)).toBe(+d3UtcYear.floor(date));
        expect(+utcYear.ceil(date)).toBe(+d3UtcYear.ceil(date));
        expect(+utcYear.offset(date, n)).toBe(+d3UtcYear.offset(date, n));
        expect(+utcYear.offset(date)).toBe(+d3UtcYear.offset(date));
      }),
      { numRuns: 1000 },
    );
    for (const t of [Date.UTC(2020, 0), Date.UTC(2020, 0) - 1, Date.UTC(2020, 0) + 1])
      expect(+utcYear.ceil(new Date(t))).toBe(+d3UtcYear.ceil(new Date(t)));
  });
});
