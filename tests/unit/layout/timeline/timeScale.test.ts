import { scaleUtc } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcScale } from '../../../../src/lib/layout/timeline/timeScale.ts';

const DAY = 86_400_000;

describe('utcScale', () => {
  it('puts dates, ticks and inverted px where d3 scaleUtc does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0), max: Date.UTC(2030, 0) }),
        fc.integer({ min: 1, max: 40 * 365 }),
        fc.integer({ min: 100, max: 2000 }),
        fc.integer({ min: 1, max: 40 }),
        (start, days, width, count) => {
          const domain: [number, number] = [start, start + days * DAY];
          const range: [number, number] = [20, 20 + width];
          const ours = utcScale(domain, range);
          const d3 = scaleUtc().domain(domain).range(range);
          expect(ours.ticks(count).map(Number)).toEqual(d3.ticks(count).map(Number));
          for (const t of [domain[0], (domain[0] + domain[1]) / 2, domain[1]])
            expect(ours(t)).toBeCloseTo(d3(t), 9);
          // To the millisecond (the float sums differ in their last bit; dates are whole days).
          for (const px of [range[0], range[0] + width / 3, range[1]])
            expect(
              Math.abs(ours.invert(px).getTime() - d3.invert(px).getTime()),
            ).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ticks on years across years and on months across months', () => {
    const years = utcScale([Date.UTC(2008, 0), Date.UTC(2025, 0)], [0, 1200]).ticks(5);
    expect(years.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)).toBe(true);
    const months = utcScale([Date.UTC(2020, 0, 1), Date.UTC(2020, 11, 31)], [0, 1200]).ticks(12);
    expect(months.every((d) => d.getUTCDate() === 1)).toBe(true);
    expect(new Set(months.map((d) => d.getUTCMonth())).size).toBe(months.length);
  });

  it('reports its domain and range, and accepts a Date', () => {
    const x = utcScale([0, 10 * DAY], [0, 100]);
    expect(x.domain()).toEqual([0, 10 * DAY]);
    expect(x.range()).toEqual([0, 100]);
    expect(x(new Date(5 * DAY))).toBe(50);
  });
});
