/**
 * flatForces.ts moves every node exactly as d3's forceManyBody and forceCollide do: the network
 * (its SVG goldens, exports and the e2e baselines) must not move because the forces got faster.
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
import { flatCollide, flatManyBody } from '../../../src/lib/layout/flatForces.ts';

interface N extends SimulationNodeDatum {
  id: string;
  r: number;
}

interface Graph {
  points: [number, number, number][];
  links: [number, number][];
}

/** Positions and velocities after `ticks` ticks, with d3's forces or the flat ones. */
function run(g: Graph, flat: boolean, o: { charge: number; reach: number; ticks: number }) {
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
        : forceManyBody<N>().strength(o.charge).distanceMax(o.reach),
    )
    .force(
      'collide',
      flat ? flatCollide<N>((d) => d.r, 2) : forceCollide<N>((d) => d.r).iterations(2),
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
const graph = fc.record({
  points: fc.array(fc.tuple(coordinate, coordinate, fc.double({ min: 1, max: 120, noNaN: true })), {
    minLength: 1,
    maxLength: 70,
  }),
  links: fc.array(fc.tuple(fc.nat(69), fc.nat(69)), { maxLength: 90 }),
});

describe('flatManyBody and flatCollide', () => {
  it('move every node to the bit as d3-force does, for any graph', () => {
    fc.assert(
      fc.property(
        graph,
        fc.double({ min: -900, max: -1, noNaN: true }),
        fc.oneof(fc.constant(Infinity), fc.double({ min: 5, max: 2000, noNaN: true })),
        (g, charge, reach) => {
          const o = { charge, reach, ticks: 12 };
          expect(run(g, true, o)).toEqual(run(g, false, o));
        },
      ),
      { numRuns: 1500, seed: 17 },
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
    expect(run(g, true, o)).toEqual(run(g, false, o));
  });

  it('match d3 when every node starts on the same spot (jiggled apart in the same order)', () => {
    const g: Graph = { points: Array.from({ length: 9 }, () => [300, 200, 20]), links: [[0, 1]] };
    const o = { charge: -300, reach: 800, ticks: 30 };
    expect(run(g, true, o)).toEqual(run(g, false, o));
  });
});
