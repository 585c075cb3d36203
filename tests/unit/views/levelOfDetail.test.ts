import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/bench/generateDataset.ts';
import {
  countHidden,
  hiddenNote,
  MAX_DRAWN,
  pickDrawnNetwork,
  pickTop,
  pickTopOf,
  rankBy,
} from '../../../src/lib/views/levelOfDetail.ts';
import { compareNames } from '../../../src/lib/model/compareNames.ts';
import { seedDataset } from '../helpers';

const items = (weights: number[]) => weights.map((w, i) => ({ id: `i${i}`, w }));

describe('pickTop', () => {
  it('gives the list itself when it is short enough', () => {
    const list = items([1, 2, 3]);
    expect(pickTop(list, (x) => x.w, 3)).toBe(list);
  });

  it('keeps the heaviest, ties broken by id, without changing its input', () => {
    const list = items([1, 5, 5, 2]);
    const before = structuredClone(list);
    expect(pickTop(list, (x) => x.w, 2).map((x) => x.id)).toEqual(['i1', 'i2']);
    expect(list).toEqual(before);
  });

  it('breaks ties by id in English order, whatever the language of the page', () => {
    // Ids are slugs (letters, digits, hyphens); the same ids give the same picture everywhere.
    const slug = fc.string({ unit: fc.constantFrom(...'ab09-'.split('')), minLength: 1 });
    fc.assert(
      fc.property(fc.uniqueArray(slug, { minLength: 3, maxLength: 12 }), (ids) => {
        const list = ids.map((id) => ({ id, w: id.length % 2 }));
        const english = [...list].sort((a, b) => b.w - a.w || a.id.localeCompare(b.id, 'en'));
        expect(pickTop(list, (x) => x.w, 2)).toEqual(english.slice(0, 2));
      }),
    );
  });

  it('draws at most MAX_DRAWN by default', () => {
    expect(pickTop(items(Array.from({ length: 400 }, (_, i) => i)), (x) => x.w)).toHaveLength(
      MAX_DRAWN,
    );
  });
});

describe('rankBy and pickTopOf', () => {
  // Ids of every kind compareNames meets: plain ones differing in case only, and others
  // (accents, other punctuation) that go to the collator.
  const id = fc.string({ unit: fc.constantFrom(...'aAbB9 -.é_'.split('')), minLength: 1 });
  const list = fc
    .uniqueArray(id, { minLength: 1, maxLength: 40 })
    .chain((ids) =>
      fc.tuple(
        fc.constant(ids),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: ids.length, maxLength: ids.length }),
      ),
    )
    .map(([ids, weights]) => ids.map((id, i) => ({ id, w: weights[i] })));

  it('ranks by weight, ties by id in the order compareNames gives', () => {
    fc.assert(
      fc.property(list, (xs) => {
        const expected = [...xs].sort((a, b) => b.w - a.w || compareNames(a.id, b.id));
        expect(rankBy(xs, (x) => x.w)).toEqual(expected);
      }),
    );
  });

  it('picks from a subset what pickTop picks from it, in the same order', () => {
    fc.assert(
      fc.property(list, fc.integer({ min: 0, max: 12 }), fc.integer(), (xs, max, seed) => {
        const subset = xs.filter((_, i) => (seed >> (i % 31)) & 1);
        const ranked = rankBy(xs, (x) => x.w);
        expect(pickTopOf(subset, () => ranked, max)).toEqual(pickTop(subset, (x) => x.w, max));
      }),
    );
  });

  it('does not rank at all when the subset is short enough', () => {
    const subset = items([1, 2]);
    expect(
      pickTopOf(subset, () => {
        throw new Error('ranked');
      }),
    ).toBe(subset);
  });
});

describe('pickDrawnNetwork', () => {
  it('draws every seed actor and relation', () => {
    const d = seedDataset();
    const drawn = pickDrawnNetwork(d);
    expect(drawn.actors).toBe(d.actors);
    expect(drawn.relations).toBe(d.relations);
    expect(countHidden(d, drawn.actors, null)).toBe(0);
  });

  it('on a big dataset, draws the most mentioned and only relations between them', () => {
    const d = generateDataset(10);
    const drawn = pickDrawnNetwork(d);
    expect(drawn.actors).toHaveLength(MAX_DRAWN);
    const ids = new Set(drawn.actors.map((a) => a.id));
    for (const r of drawn.relations) expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    expect(countHidden(d, drawn.actors, null)).toBe(d.actors.length - MAX_DRAWN);
    const keep = { actors: new Set([drawn.actors[0].id, 'not-drawn']) };
    expect(countHidden(d, drawn.actors, keep)).toBe(1);
  });
});

describe('hiddenNote', () => {
  const d = generateDataset(10);
  const drawn = pickDrawnNetwork(d).actors;
  const notDrawn = d.actors.filter((a) => !drawn.includes(a));

  it('is empty when every actor is drawn', () => {
    const seeds = seedDataset();
    expect(hiddenNote(seeds, pickDrawnNetwork(seeds).actors, null)).toBe('');
  });

  it('unfiltered, names the cap and what the Actors tab has more', () => {
    expect(hiddenNote(d, drawn, null)).toBe(
      `${MAX_DRAWN} most-mentioned actors drawn; ${d.actors.length - MAX_DRAWN} more in the Actors tab`,
    );
  });

  it('filtered, counts what is drawn of what the filters keep, not the cap', () => {
    // Three kept, one of them drawn: "150 ... drawn" was said over a network of one actor.
    const keep = { actors: new Set([drawn[0].id, notDrawn[0].id, notDrawn[1].id]) };
    expect(hiddenNote(d, drawn, keep)).toBe(
      '1 of 3 actors drawn (the most mentioned); 2 more in the Actors tab',
    );
  });
});
