/**
 * flatForces.ts moves every node as d3's forceManyBody and forceCollide do: past PAIRWISE nodes
 * to the bit (the quadtree's order of sums), up to it exactly over every pair (d3 with theta 0,
 * up to the last bits of another order of sums).
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  randomLcg,
  type SimulationNodeDatum,
} from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatCollide, flatManyBody, PAIRWISE } from '../../../src/lib/layout/flatForces.ts';

interface N extends SimulationNodeDatum {
  id: string;
  r: number;
}

interface Graph {
  points: [number, number, number][];
  links: [number, number][];
}

interface Run {
  charge: number;
  reach: number;
  ticks: number;
  /** d3's Barnes-Hut threshold (d3's default 0.9; 0 sums every pair). */
  theta?: number;
  /** Leave the collision force out (the many-body force alone). */
  noCollide?: boolean;
}

/** Positions and velocities after `ticks` ticks, with d3's forces or the flat ones. */
function run(g: Graph, flat: boolean, o: Run) {
  const random = randomLcg(3);
  const nodes: N[] = g.points.map(([x, y, r], i) => ({ id: `n${i}`, x, y, r }));
  const links = g.links
    .filter(([a, b]) => a < nodes.length && b < nodes.length && a !== b)
    .map(([a, b]) => ({ source: `n${a}`, target: `n${b}` }));
  const sim = forceSimulation(nodes)
    .randomSource(random)
    .force(
      'link',
      forceLink<N, { source: string; target: string }>(links).id((d) => d.id),
    )
    .force(
      'charge',
      flat
        ? flatManyBody<N>(o.charge, o.reach)
        : forceManyBody<N>()
            .strength(o.charge)
            .distanceMax(o.reach)
            .theta(o.theta ?? 0.9),
    )
    .force(
      'collide',
      o.noCollide
        ? null
        : flat
          ? flatCollide<N>((d) => d.r, 2)
          : forceCollide<N>((d) => d.r).iterations(2),
    )
    .stop();
  sim.tick(o.ticks);
  return nodes.map((n) => [n.x, n.y, n.vx, n.vy]);
}

// Hundredths of a pixel, and a coarse grid too, so that points coincide (chained in one leaf)
// and line up. (Two points a few ulps apart would split d3's quadtree, and this one, forever.)
const coordinate = fc.oneof(
  fc.integer({ min: -5000, max: 150000 }).map((i) => i / 100),
  fc.integer({ min: 0, max: 6 }).map((i) => i * 40),
);
const point = fc.tuple(coordinate, coordinate, fc.double({ min: 1, max: 120, noNaN: true }));
const graphOf = (minLength: number, maxLength: number) =>
  fc.record({
    points: fc.array(point, { minLength, maxLength }),
    links: fc.array(fc.tuple(fc.nat(maxLength - 1), fc.nat(maxLength - 1)), { maxLength: 90 }),
  });
const charge = fc.double({ min: -900, max: -1, noNaN: true });
const reach = fc.oneof(fc.constant(Infinity), fc.double({ min: 5, max: 2000, noNaN: true }));

/** A graph padded past PAIRWISE nodes with a far row of small ones, so the quadtree runs. */
const padded = (g: Graph): Graph => ({
  ...g,
  points: [
    ...g.points,
    ...Array.from(
      { length: PAIRWISE + 1 - g.points.length },
      (_, i) => [900000 + 50 * i, 900000, 1] as [number, number, number],
    ),
  ],
});

/** Within a few ulps of the other order of sums (a relative 1e-9, or 1e-9 px near zero). */
const close = (a: (number | undefined)[][], b: (number | undefined)[][]) =>
  a.every((row, i) =>
    row.every((v, j) => Math.abs(v! - b[i][j]!) <= 1e-9 * Math.max(1, Math.abs(b[i][j]!))),
  );

describe('flatManyBody and flatCollide past PAIRWISE nodes (the quadtree)', () => {
  it('move every node to the bit as d3-force does, for any graph', () => {
    fc.assert(
      fc.property(graphOf(PAIRWISE + 1, PAIRWISE + 30), charge, reach, (g, charge, reach) => {
        const o = { charge, reach, ticks: 4 };
        expect(run(g, true, o)).toEqual(run(g, false, o));
      }),
      { numRuns: 150, seed: 17 },
    );
  });

  it('match d3 when two points a hundredth apart split the tree twenty levels deep', () => {
    const g: Graph = {
      points: [
        [1499.87, 160, 1],
        [0, 0, 1],
        [40, 0, 1],
        [0, 40, 1],
        [32, 40, 1],
        [0, 64, 1],
        [1499.86, 160, 1],
      ],
      links: [],
    };
    const o = { charge: -1, reach: Infinity, ticks: 3 };
    expect(run(padded(g), true, o)).toEqual(run(padded(g), false, o));
  });

  it('match d3 when many nodes start on the same spot (jiggled apart in the same order)', () => {
    const g: Graph = { points: Array.from({ length: 9 }, () => [300, 200, 20]), links: [[0, 1]] };
    const o = { charge: -300, reach: 800, ticks: 30 };
    expect(run(padded(g), true, o)).toEqual(run(padded(g), false, o));
  });
});

describe('flatManyBody and flatCollide up to PAIRWISE nodes (every pair)', () => {
  // No two points share an x or a y: d3 jiggles those apart with random draws, and its order
  // of draws is its tree's (the test below parts nodes that coincide).
  const apart = graphOf(1, PAIRWISE).map((g) => ({
    ...g,
    points: g.points.filter(
      ([x, y], i) => !g.points.slice(0, i).some(([x2, y2]) => x2 === x || y2 === y),
    ),
  }));

  it('push every node as d3 does summing every pair (theta 0), for any graph', () => {
    fc.assert(
      fc.property(apart, charge, reach, (g, charge, reach) => {
        // One tick: later ticks would carry the last bits of the other order of sums along.
        const o = { charge, reach, ticks: 1, theta: 0, noCollide: true };
        expect(close(run(g, true, o), run(g, false, o))).toBe(true);
      }),
      { numRuns: 800, seed: 17 },
    );
  });

  it('part overlapping pairs as d3 does, to the bit', () => {
    // Pairs far apart from each other, each two disks that overlap (or not) by any amount:
    // every overlap is resolved alone, so the order of the pairs cannot matter. (Two nodes
    // level with each other are jiggled with random draws: the test below.)
    const pairs = fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 6000 }).map((i) => i / 100),
        fc.integer({ min: 1, max: 6000 }).map((i) => i / 100),
        fc.double({ min: 1, max: 40, noNaN: true }),
        fc.double({ min: 1, max: 40, noNaN: true }),
      ),
      { minLength: 1, maxLength: PAIRWISE / 2 },
    );
    fc.assert(
      fc.property(pairs, (ps) => {
        const g: Graph = {
          points: ps.flatMap(([dx, dy, r1, r2], i) => [
            [1000 * i, 0, r1],
            [1000 * i + dx, dy, r2],
          ]),
          links: [],
        };
        const o = { charge: -1e-9, reach: 1, ticks: 1 };
        expect(run(g, true, o)).toEqual(run(g, false, o));
      }),
      { numRuns: 500, seed: 17 },
    );
  });

  it('part nodes that all start on the same spot', () => {
    const g: Graph = { points: Array.from({ length: 9 }, () => [300, 200, 20]), links: [[0, 1]] };
    const end = run(g, true, { charge: -300, reach: 800, ticks: 60 });
    for (const [i, a] of end.entries())
      for (const b of end.slice(i + 1)) {
        expect(a.every(Number.isFinite)).toBe(true);
        expect(Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!)).toBeGreaterThan(30);
      }
  });
});
