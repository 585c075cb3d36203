import { describe, expect, it } from 'vitest';
import { computeStageNetwork } from '../../../src/lib/briefing/stageNetwork.ts';
import { boxesOverlap, segmentCrossesBox } from '../../../src/lib/briefing/stageGeometry.ts';
import { seedDataset } from '../helpers.ts';

const dataset = seedDataset();
/** Arial-like widths, the same on every machine. */
const measure = (text: string, size: number, weight: number) =>
  text.length * size * (weight >= 600 ? 0.6 : 0.54);

// The network's frame on the stage at each projector size, and its type size.
const FRAMES = [
  { name: '1920x1080', width: 1210, height: 700, font: 24 },
  { name: '1280x720', width: 800, height: 440, font: 18 },
  { name: '1024x768', width: 640, height: 470, font: 18 },
];

describe.each(FRAMES)('computeStageNetwork at $name', (frame) => {
  const net = computeStageNetwork(dataset, { ...frame, measure });

  it('shows most actors, each labelled at the asked size', () => {
    expect(net.nodes.length).toBeGreaterThanOrEqual(Math.min(12, dataset.actors.length));
    expect(net.nodes.length + net.hidden).toBe(dataset.actors.length);
    expect(net.font).toBe(frame.font);
  });

  it('keeps every label and mark inside the frame, clear of each other and of every line', () => {
    expect(net.conflicts).toBe(0);
    for (const n of net.nodes) {
      const l = n.label;
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.y).toBeGreaterThanOrEqual(0);
      expect(l.x + l.w).toBeLessThanOrEqual(frame.width);
      expect(l.y + l.h).toBeLessThanOrEqual(frame.height);
      for (const m of net.nodes)
        if (m !== n) expect(boxesOverlap(l, m.label), `${n.name} / ${m.name}`).toBe(false);
      for (const e of net.edges)
        expect(segmentCrossesBox(e.x1, e.y1, e.x2, e.y2, l), `${e.id} crosses ${n.name}`).toBe(
          false,
        );
    }
  });

  it('puts no mark on top of another', () => {
    for (const a of net.nodes)
      for (const b of net.nodes)
        if (a !== b)
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.name} / ${b.name}`).toBeGreaterThan(
            a.r + b.r,
          );
  });

  it('is the same every time (seeded)', () => {
    expect(computeStageNetwork(dataset, { ...frame, measure })).toEqual(net);
  });
});

describe('computeStageNetwork on a frame too small for every actor', () => {
  it('shows fewer actors rather than labels that collide, and says how many it left out', () => {
    const net = computeStageNetwork(dataset, { width: 300, height: 200, font: 18, measure });
    expect(net.hidden).toBeGreaterThan(0);
    expect(net.nodes.length + net.hidden).toBe(dataset.actors.length);
  });
});
