import { describe, expect, it } from 'vitest';
import {
  litAround,
  StripCache,
  stripSvg,
  type StripFrame,
} from '../../../src/lib/briefing/stageStrip.ts';
import { seedDataset } from '../helpers.ts';

const dated = seedDataset().events.filter((e) => e.date);
const measure = (text: string, size: number, weight: number) =>
  text.length * size * (weight >= 600 ? 0.6 : 0.54);
const frame: StripFrame = {
  width: 1900,
  height: 290,
  font: 24,
  theme: 'light',
  measure,
  shorten: (t) => t,
};

describe('litAround', () => {
  const steps = [{ event: null }, { event: 'a' }, { event: 'b' }, { event: null }];
  it.each([
    { name: 'the opening: its next', at: 0, expected: ['a'] },
    { name: 'a middle step: next, then previous', at: 2, expected: [null, 'a'] },
    { name: 'the last: its previous', at: 3, expected: ['b'] },
    { name: 'a step past the end: nothing', at: 9, expected: [] },
  ])('$name', ({ at, expected }) => expect(litAround(steps, at)).toEqual(expected));

  it('leaves out what this step lights already, and names each milestone once', () => {
    expect(litAround([{ event: 'a' }, { event: 'a' }, { event: 'a' }], 1)).toEqual([]);
  });
});

describe('StripCache', () => {
  it('gives the strip stripSvg makes, for each lit milestone', () => {
    const cache = new StripCache();
    for (const lit of [null, dated[0].id, dated[1].id])
      expect(cache.svg(dated, frame, lit)).toBe(stripSvg(dated, frame, lit));
  });

  it('says which strips are made, for this story and frame only', () => {
    const cache = new StripCache();
    expect(cache.has(dated, frame, dated[0].id)).toBe(false);
    cache.svg(dated, frame, dated[0].id);
    expect(cache.has(dated, frame, dated[0].id)).toBe(true);
    expect(cache.has(dated, frame, dated[1].id)).toBe(false);
    expect(cache.has(dated, { ...frame, width: 1260 }, dated[0].id)).toBe(false);
    expect(cache.has(dated, { ...frame, theme: 'dark' }, dated[0].id)).toBe(false);
  });

  it('starts afresh for a new frame: the strip is made for that frame', () => {
    const cache = new StripCache();
    const wide = cache.svg(dated, frame, dated[0].id);
    const narrow = cache.svg(dated, { ...frame, width: 1260, font: 18 }, dated[0].id);
    expect(narrow).not.toBe(wide);
    expect(narrow).toBe(stripSvg(dated, { ...frame, width: 1260, font: 18 }, dated[0].id));
    expect(cache.has(dated, frame, dated[0].id)).toBe(false);
  });
});
