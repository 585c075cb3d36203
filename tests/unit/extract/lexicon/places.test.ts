import { describe, expect, it } from 'vitest';
import { ENTRY_BY_KEY, LEXICON } from '../../../../src/lib/extract/lexicon/index.ts';
import { extractDataset } from '../../../../src/lib/extract/dataset.ts';

describe('places.json: where a place no one state holds lies', () => {
  const within = LEXICON.filter((e) => e.within);

  it('names a listed place or sea for every place that says where it lies', () => {
    expect(within.length).toBeGreaterThan(0);
    for (const e of within) {
      const parent = ENTRY_BY_KEY.get(e.within!);
      expect(parent, `${e.name} lies in ${e.within}`).toBeDefined();
      expect(['place', 'region']).toContain(parent!.kind);
    }
  });

  it('links the place to its sea, shown as the reference list’s, when the article names both', () => {
    const text =
      'Headline\nMANILA, May 6, 2024 - Chinese ships blocked a resupply mission to Second Thomas Shoal on Monday. ' +
      'Beijing claims most of the South China Sea.';
    const ds = extractDataset([{ file: 'a.txt', text }]);
    const name = new Map(ds.actors.map((a) => [a.id, a.name]));
    const link = ds.relations.find(
      (r) =>
        r.type === 'located-in' &&
        name.get(r.source) === 'Second Thomas Shoal' &&
        name.get(r.target) === 'South China Sea',
    );
    expect(link?.basis).toBe('reference-list');
  });

  it('draws no link when the article does not name the sea', () => {
    const text =
      'Headline\nMANILA, May 6, 2024 - Chinese ships blocked a resupply mission to Second Thomas Shoal on Monday.';
    const ds = extractDataset([{ file: 'a.txt', text }]);
    const name = new Map(ds.actors.map((a) => [a.id, a.name]));
    expect(ds.relations.some((r) => name.get(r.target) === 'South China Sea')).toBe(false);
  });
});
