/**
 * linearMap gives d3-scale's scaleLinear numbers exactly (the pictures it positions must not
 * move): two knots or several, ascending or descending, clamped or not, and the inverse.
 */
import { scaleLinear, scaleSqrt } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearMap } from '../../../src/lib/layout/linearMap.ts';

const finite = fc.double({ min: -1e13, max: 1e13, noNaN: true });
const ascending = (n: number) =>
  fc
    .uniqueArray(fc.double({ min: -1e13, max: 1e13, noNaN: true }), { minLength: n, maxLength: n })
    .map((xs) => xs.sort((a, b) => a - b));

describe('linearMap', () => {
  it('maps as scaleLinear does, with two knots or several, in either direction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(ascending(n), ascending(n))),
        fc.boolean(),
        fc.boolean(),
        fc.array(finite, { minLength: 1, maxLength: 8 }),
        ([domain, range], reversed, clamp, xs) => {
          const d = reversed ? [...domain].reverse() : domain;
          const ours = linearMap(d, range, clamp);
          const d3 = scaleLinear().domain(d).range(range).clamp(clamp);
          for (const x of [...xs, ...d]) {
            expect(ours(x)).toBe(d3(x));
            expect(ours.invert(ours(x))).toBe(d3.invert(d3(x)));
          }
        },
      ),
    );
  });

  it('gives the middle of the range for a domain of one value, as d3 does', () => {
    expect(linearMap([1, 1], [1.6, 7], true)(1)).toBe(
      scaleLinear().domain([1, 1]).range([1.6, 7]).clamp(true)(1),
    );
    expect(linearMap([1, 1], [1.6, 7], true)(5)).toBe(4.3);
  });

  it('clamps to the domain when asked', () => {
    const m = linearMap([1, 10], [1.6, 7], true);
    expect(m(0)).toBe(1.6);
    expect(m(20)).toBe(7);
    expect(linearMap([0, 10], [0, 100])(20)).toBe(200);
  });
});

describe('linearMap on square roots', () => {
  it('sizes nodes as d3 scaleSqrt().clamp(true) did (networkLayout.ts)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 6000 }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (max, mentions, shrink) => {
          const range = [Math.max(3, 7 * shrink), Math.max(6, 26 * shrink)];
          const linear = linearMap([1, Math.sqrt(max)], range);
          const ours = linear(Math.sqrt(Math.max(1, Math.min(max, mentions))));
          expect(ours).toBe(scaleSqrt().domain([1, max]).range(range).clamp(true)(mentions));
        },
      ),
    );
  });
});
