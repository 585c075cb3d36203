import { describe, expect, it } from 'vitest';
import { intersects, placeLabels } from '../../../src/lib/layout/labelPlacement.ts';
import { computeNetworkLayout } from '../../../src/lib/layout/networkLayout.ts';
import { computeEdgePaths } from '../../../src/lib/layout/edgePaths.ts';
import { generateDataset } from '../../../scripts/bench/generateDataset.ts';
import { seedDataset } from '../helpers.ts';

const d = seedDataset();
// A generous estimate of label size (the browser passes measured widths).
const labelSize = (a: { name: string }) => ({ width: a.name.length * 10 + 6, height: 22 });

describe('computeNetworkLayout', () => {
  // Among them the dashboard's plot at 1920x1080 and the projector's at 1280x720.
  it.each([
    [1400, 600],
    [1000, 360],
    [974, 431],
    [900, 330],
    [691, 379],
  ])('at %ix%i every label is shown and overlaps no label and no node', (width, height) => {
    const layout = computeNetworkLayout(d.actors, d.relations, { width, height, labelSize });
    expect(layout.labels.filter((l) => !l.visible).map((l) => l.id)).toEqual([]);
    const boxes = layout.labels;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        expect(intersects(boxes[i], boxes[j]), `${boxes[i].id} / ${boxes[j].id}`).toBe(false);
      }
      for (const n of layout.nodes) {
        const node = { x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r };
        expect(intersects(boxes[i], node), `${boxes[i].id} over node ${n.id}`).toBe(false);
      }
    }
  });

  it('draws 150 actors (a 100x dataset) in a 1920x1080 plot without covering one another', () => {
    const big = generateDataset(100, 1);
    const actors = [...big.actors]
      .sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id))
      .slice(0, 150);
    const ids = new Set(actors.map((a) => a.id));
    const relations = big.relations.filter((r) => ids.has(r.source) && ids.has(r.target));
    const layout = computeNetworkLayout(actors, relations, { width: 974, height: 431, labelSize });
    const touching = layout.nodes.flatMap((a, i) =>
      layout.nodes
        .slice(i + 1)
        .filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r)
        .map((b) => `${a.id} / ${b.id}`),
    );
    expect(touching).toEqual([]);
    const shown = layout.labels.filter((l) => l.visible);
    expect(shown.length).toBeGreaterThan(0);
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) expect(intersects(shown[i], shown[j])).toBe(false);
  });

  it.each([
    [1014, 431],
    [935, 221],
    [680, 231],
    [1400, 600],
  ])(
    'at %ix%i the most connected actors sit nearer the middle than those with one relation',
    (width, height) => {
      // A hub pressed to the frame's edge sends all its relations one way, across the picture.
      const degree = new Map<string, number>();
      for (const r of d.relations)
        for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
      const layout = computeNetworkLayout(d.actors, d.relations, { width, height, labelSize });
      // Off centre as a share of the half-frame, each way.
      const off = (id: string) => {
        const n = layout.nodes.find((x) => x.id === id)!;
        return Math.max(
          Math.abs(n.x - width / 2) / (width / 2),
          Math.abs(n.y - height / 2) / (height / 2),
        );
      };
      const byDegree = [...degree].sort((a, b) => b[1] - a[1]);
      const hubs = byDegree.slice(0, 3).map(([id]) => off(id));
      const leaves = byDegree.filter(([, k]) => k === 1).map(([id]) => off(id));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(leaves.length).toBeGreaterThan(3);
      expect(Math.max(...hubs)).toBeLessThan(0.8);
      expect(mean(hubs)).toBeLessThan(mean(leaves));
    },
  );

  it('keeps every node and label inside the frame', () => {
    const layout = computeNetworkLayout(d.actors, d.relations, {
      width: 900,
      height: 330,
      labelSize,
    });
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(330);
    }
    for (const l of layout.labels) {
      expect([l.x >= 0, l.y >= 0, l.x + l.width <= 900, l.y + l.height <= 330]).toEqual([
        true,
        true,
        true,
        true,
      ]);
    }
  });

  it('is deterministic: the same data gives the same picture; another seed another', () => {
    const a = computeNetworkLayout(d.actors, d.relations, { width: 1000, height: 500, labelSize });
    const b = computeNetworkLayout(d.actors, d.relations, { width: 1000, height: 500, labelSize });
    const c = computeNetworkLayout(d.actors, d.relations, {
      width: 1000,
      height: 500,
      labelSize,
      seed: 99,
    });
    expect(b).toEqual(a);
    expect(c.nodes).not.toEqual(a.nodes);
  });

  it('sizes nodes by mentions', () => {
    const layout = computeNetworkLayout(d.actors, d.relations, {
      width: 1000,
      height: 500,
      labelSize,
    });
    const r = (id: string) => layout.nodes.find((n) => n.id === id)?.r ?? 0;
    expect(r('india')).toBeGreaterThan(r('okinawa'));
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify([d.actors, d.relations]);
    computeNetworkLayout(d.actors, d.relations, { width: 800, height: 400, labelSize });
    expect(JSON.stringify([d.actors, d.relations])).toBe(before);
  });

  describe('keeping a picture (a panel narrows the plot)', () => {
    const big = generateDataset(10, 1);
    const wide = { width: 1240, height: 420, labelSize };
    const narrow = { width: 800, height: 420, labelSize };
    it.each([
      ['the seeds', d.actors, d.relations],
      ['a 10x dataset', big.actors.slice(0, 150), big.relations],
    ])(
      'for %s: stretched to the new frame, no actor passes another, none touches another',
      (_, actors, relations) => {
        const base = computeNetworkLayout(actors, relations, wide);
        const keep = { width: wide.width, height: wide.height, nodes: base.nodes };
        const kept = computeNetworkLayout(actors, relations, { ...narrow, keep });
        const was = new Map(base.nodes.map((n) => [n.id, n]));
        const sx = narrow.width / wide.width;
        const passed: string[] = [];
        for (const [i, a] of kept.nodes.entries()) {
          // Near where the stretch puts it: moved only to clear the frame's edge or a neighbour.
          expect(Math.abs(a.x - was.get(a.id)!.x * sx), a.id).toBeLessThan(40);
          expect(Math.abs(a.y - was.get(a.id)!.y), a.id).toBeLessThan(40);
          for (const b of kept.nodes.slice(i + 1)) {
            const [a0, b0] = [was.get(a.id)!, was.get(b.id)!];
            if (Math.abs(a0.x - b0.x) > 60 && Math.sign(a0.x - b0.x) !== Math.sign(a.x - b.x))
              passed.push(`${a.id}/${b.id}`);
            if (Math.abs(a0.y - b0.y) > 40 && Math.sign(a0.y - b0.y) !== Math.sign(a.y - b.y))
              passed.push(`${a.id}/${b.id}`);
            expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} touches ${b.id}`).toBeGreaterThan(
              a.r + b.r,
            );
          }
          expect(a.x - a.r).toBeGreaterThanOrEqual(0);
          expect(a.x + a.r).toBeLessThanOrEqual(narrow.width);
        }
        expect(passed).toEqual([]);
        // Labels are placed again for the new frame, inside it.
        for (const l of kept.labels.filter((l) => l.visible))
          expect(l.x >= 0 && l.x + l.width <= narrow.width, l.id).toBe(true);
      },
    );

    it('lays out afresh when the picture to keep lacks one of the actors', () => {
      const base = computeNetworkLayout(d.actors, d.relations, wide);
      const keep = { width: wide.width, height: wide.height, nodes: base.nodes.slice(1) };
      expect(computeNetworkLayout(d.actors, d.relations, { ...narrow, keep })).toEqual(
        computeNetworkLayout(d.actors, d.relations, narrow),
      );
    });
  });

  it('copes with no actors and with one actor', () => {
    expect(computeNetworkLayout([], [], { width: 800, height: 400, labelSize })).toEqual({
      nodes: [],
      labels: [],
    });
    const one = computeNetworkLayout(d.actors.slice(0, 1), [], {
      width: 800,
      height: 400,
      labelSize,
    });
    expect(one.nodes).toHaveLength(1);
    expect(one.labels[0].visible).toBe(true);
  });
});

describe('placeLabels', () => {
  it('shows a label where it fits and hides (visible: false) one that cannot fit', () => {
    const frame = { x: 0, y: 0, width: 200, height: 80 };
    const placed = placeLabels(
      [
        { id: 'fits', x: 60, y: 30, r: 8, width: 50, height: 14 },
        { id: 'too-wide', x: 150, y: 30, r: 8, width: 400, height: 14 },
      ],
      frame,
    );
    expect(placed.map((p) => [p.id, p.visible])).toEqual([
      ['fits', true],
      ['too-wide', false],
    ]);
  });
});

describe('computeEdgePaths', () => {
  it('bows apart several relations between the same two actors', () => {
    const nodes = [
      { id: 'india', x: 0, y: 0, r: 10 },
      { id: 'russia', x: 200, y: 0, r: 10 },
    ];
    const rel = d.relations.filter((r) => [r.source, r.target].sort().join() === 'india,russia');
    expect(rel.length).toBeGreaterThanOrEqual(2);
    const paths = computeEdgePaths(rel, nodes);
    expect(new Set(paths.map((p) => p.mid.y)).size).toBe(paths.length);
  });

  it('draws a relation alone between its two actors as a straight line, not a flat curve', () => {
    // A curve is dashed and stroked piece by piece: a line costs the browser far less to paint.
    const nodes = [
      { id: 'japan', x: 0, y: 0, r: 10 },
      { id: 'india', x: 200, y: 100, r: 10 },
    ];
    const rel = d.relations.filter((r) => [r.source, r.target].sort().join() === 'india,japan');
    const [path] = computeEdgePaths(rel.slice(0, 1), nodes);
    expect(path.d).toMatch(/^M[-\d.]+,[-\d.]+L[-\d.]+,[-\d.]+$/);
    expect(path.mid.x).toBeCloseTo(100, 0);
    expect(path.mid.y).toBeCloseTo(50, 0);
  });

  it('gives each path its end point and the direction it arrives in, for the arrowhead', () => {
    const nodes = [
      { id: 'india', x: 0, y: 0, r: 10 },
      { id: 'russia', x: 200, y: 0, r: 10 },
    ];
    const rel = d.relations.filter((r) => [r.source, r.target].sort().join() === 'india,russia');
    for (const p of computeEdgePaths(rel, nodes)) {
      const end = p.d
        .match(/-?[\d.]+/g)!
        .slice(-2)
        .map(Number);
      expect([p.tip.x, p.tip.y]).toEqual(end);
      expect(Math.hypot(p.tip.dx, p.tip.dy)).toBeCloseTo(1, 6);
      // Each arrives heading for its target's centre side, bowed ones at an angle.
      const target = rel.find((r) => r.id === p.id)!.target === 'russia' ? 1 : -1;
      expect(Math.sign(p.tip.dx)).toBe(target);
    }
    const bowed = computeEdgePaths(rel, nodes).filter((p) => p.d.includes('Q'));
    expect(bowed.length).toBeGreaterThan(0);
    for (const p of bowed) expect(Math.abs(p.tip.dy)).toBeGreaterThan(0.1);
  });

  it('skips relations whose actors are not drawn', () => {
    expect(computeEdgePaths(d.relations, [{ id: 'japan', x: 0, y: 0, r: 5 }])).toEqual([]);
  });
});
