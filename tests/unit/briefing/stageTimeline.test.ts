import { describe, expect, it } from 'vitest';
import { computeStageTimeline, shortTitle } from '../../../src/lib/briefing/stageTimeline.ts';
import { boxesOverlap } from '../../../src/lib/briefing/stageGeometry.ts';
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
