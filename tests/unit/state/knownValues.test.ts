import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/model/schema.ts';
import { buildKnownValues } from '../../../src/lib/state/knownValues.ts';
import { seedDataset } from '../helpers';

describe('buildKnownValues', () => {
  it('knows the dataset’s ids and countries, and the tabs', () => {
    const d = seedDataset();
    const known = buildKnownValues(() => d, ['overview', 'actors']);
    expect(known.actorIds).toEqual(new Set(d.actors.map((a) => a.id)));
    expect(known.eventIds).toEqual(new Set(d.events.map((e) => e.id)));
    expect([...known.countries].every((c) => typeof c === 'string')).toBe(true);
    expect(known.countries.has('JP')).toBe(true);
    expect(known.tabs).toEqual(['overview', 'actors']);
  });

  it('follows the dataset it is given (an added article is known at once)', () => {
    let d: Dataset = { ...seedDataset(), actors: [] };
    const known = buildKnownValues(() => d, []);
    expect(known.actorIds.size).toBe(0);
    d = seedDataset();
    expect(known.actorIds.size).toBe(d.actors.length);
  });
});
