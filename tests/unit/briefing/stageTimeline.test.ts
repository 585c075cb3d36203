import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeStageTimeline,
  placeStripLabels,
  shortTitle,
  type StripItem,
} from '../../../src/lib/briefing/stageTimeline.ts';
import { boxesOverlap, type Box } from '../../../src/lib/briefing/stageGeometry.ts';
import { corpusPair } from '../../../src/lib/export/corpusName.ts';
import { seedDataset } from '../helpers.ts';

const dataset = seedDataset();
const measure = (text: string, size: number, weight: number) =>
  text.length * size * (weight >= 600 ? 0.6 : 0.54);
const dated = dataset.events.filter((e) => e.date);
// As the stage does: no "India–Japan" before every label of an India–Japan corpus.
const pair = corpusPair(dataset)!.split('–');
const shorten = (title: string) => shortTitle(title, pair);

describe('shortTitle', () => {
  it.each([
    { input: 'India–Japan joint drills', expected: 'Joint drills' },
    { input: 'Japan–India joint drills', expected: 'Joint drills' },
    { input: 'China–India military clash', expected: 'China–India military clash' },
    { input: 'India–Japan', expected: 'India–Japan' },
  ])('$input -> $expected', ({ input, expected }) => {
    expect(shortTitle(input, ['India', 'Japan'])).toBe(expected);
  });
});

describe.each([
  { width: 1900, height: 290, font: 24 },
  { width: 1260, height: 225, font: 18 },
  { width: 1010, height: 225, font: 18 },
])('computeStageTimeline at $width px', (frame) => {
  for (const lit of dated.map((e) => e.id)) {
    const tl = computeStageTimeline(dated, { ...frame, measure, lit, shorten });
    const labelled = tl.milestones.filter((m) => m.label);

    it(`lit ${lit}: the lit milestone is labelled, and most others`, () => {
      expect(tl.milestones.find((m) => m.id === lit)!.label).not.toBeNull();
      expect(labelled.length).toBeGreaterThanOrEqual(Math.ceil(dated.length * 0.6));
      // On a 1920-wide screen the seeds' story has room to name every milestone.
      if (frame.width >= 1900) expect(labelled.length).toBe(dated.length);
    });

    it(`lit ${lit}: labels overlap nothing, leaders cross no label, all inside the strip`, () => {
      for (const m of labelled) {
        const b = m.label!;
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w).toBeLessThanOrEqual(frame.width);
        expect(b.y + b.h).toBeLessThan(tl.axis);
        for (const o of labelled) {
          if (o === m) continue;
          expect(boxesOverlap(b, o.label!)).toBe(false);
          // o's leader runs from the axis up to o's label: it must not pass through m's label.
          const crosses = o.x > b.x && o.x < b.x + b.w && b.y > o.label!.y;
          expect(crosses, `${o.id}'s leader crosses ${m.id}`).toBe(false);
        }
      }
      for (const t of tl.ticks)
        for (const m of labelled) expect(boxesOverlap(t, m.label!)).toBe(false);
    });
  }

  it('puts the marks in date order along the axis', () => {
    const tl = computeStageTimeline(dated, { ...frame, measure, lit: null });
    const byDate = [...tl.milestones].sort((a, b) => a.x - b.x).map((m) => m.id);
    const expected = [...dated].sort((a, b) => (a.date! < b.date! ? -1 : 1)).map((e) => e.id);
    expect(byDate).toEqual(expected);
  });
});

describe('computeStageTimeline ticks', () => {
  it('labels whole years only, each once, even when the milestones span under two years', () => {
    const recent = dated.filter((e) => e.date!.startsWith('2024'));
    expect(recent.length).toBeGreaterThan(0);
    const tl = computeStageTimeline(recent, {
      width: 1800,
      height: 260,
      font: 24,
      measure,
      lit: null,
    });
    const texts = tl.ticks.map((t) => t.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
    for (const t of tl.ticks) expect(t.x0).toBeGreaterThanOrEqual(tl.left - 0.5);
  });
});

/**
 * The strip's label placement checks each label against the placed ones without building
 * arrays and boxes at every height: it must place exactly what the rule as first written (below)
 * placed, for any order of labels.
 */
function reference(
  order: readonly StripItem[],
  f: { axis: number; margin: number; width: number; font: number },
): Map<string, unknown> {
  const { axis, margin, width, font } = f;
  const boxes: { box: Box; x: number }[] = [];
  const labels = new Map<string, unknown>();
  const gap = font * 0.4;
  /** The lowest place above the axis for a label box at bx, clear of labels and leaders. */
  const lowestFree = (bx: number, w: number, h: number, mx: number): Box | null => {
    let bottom = axis - font * 0.9;
    for (let tries = 0; tries < 40; tries++) {
      const box = { x: bx, y: bottom - h, w, h };
      if (box.y < margin * 0.5) return null;
      const hit = boxes.find(
        (b) =>
          boxesOverlap(b.box, box, gap) ||
          // Its leader (from the mark up to the label) must not cross another label...
          (mx > b.box.x - gap && mx < b.box.x + b.box.w + gap && b.box.y > box.y) ||
          // ...nor may this label sit across another's leader.
          (b.x > box.x - gap && b.x < box.x + box.w + gap && box.y > b.box.y),
      );
      if (!hit) return box;
      bottom = Math.min(bottom - font * 0.5, hit.box.y - gap);
    }
    return null;
  };
  const unplaced = new Set(order.map((i) => i.mx));
  for (const { id, mx, lines, w, h } of order) {
    unplaced.delete(mx);
    const clamp = (bx: number) => Math.min(Math.max(bx, margin), width - margin - w);
    // Centred on its mark, or ending or starting at it: the lowest wins, and of those the one
    // that covers fewest marks still to be labelled (their leaders must pass).
    let placed: Box | null = null;
    let bestCost = Infinity;
    for (const bx of [0.5, 1, 0, 0.75, 0.25].map((k) => clamp(mx - 2 - k * (w - 4)))) {
      const box = lowestFree(bx, w, h, mx);
      if (!box) continue;
      const covered = [...unplaced].filter((x) => x > box.x - gap && x < box.x + box.w + gap);
      const cost = axis - box.y + covered.length * font * 3;
      if (cost < bestCost) [placed, bestCost] = [box, cost];
    }
    if (placed) boxes.push({ box: placed, x: mx });
    labels.set(id, placed ? { ...placed, lines, cx: placed.x + 2 } : null);
  }
  return labels;
}

const item = fc.record({
  mx: fc.integer({ min: 0, max: 180 }).map((i) => 40 + i * 10),
  w: fc.integer({ min: 60, max: 320 }),
  h: fc.constantFrom(22, 44, 66),
});

describe('placeStripLabels', () => {
  it('places exactly what the rule as first written placed, for any order of labels', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 120 }),
        fc.constantFrom(
          { axis: 220, margin: 18, width: 1900, font: 18 },
          { axis: 242, margin: 24, width: 1260, font: 24 },
        ),
        (items, frame) => {
          const order: StripItem[] = items.map((x, i) => ({ ...x, lines: ['label'], id: `m${i}` }));
          expect(placeStripLabels(order, frame)).toEqual(reference(order, frame));
        },
      ),
      { numRuns: 400, seed: 3 },
    );
  });
});
