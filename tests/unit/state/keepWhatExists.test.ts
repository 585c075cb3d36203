import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/lib/filters/types.ts';
import { keepWhatExists } from '../../../src/lib/state/keepWhatExists.ts';
import { seedDataset } from '../helpers.ts';

const d = seedDataset();
const mention = d.actors[0].mentions[0];

describe('keepWhatExists', () => {
  it('keeps a selection, countries and reader evidence that still exist, as the same objects', () => {
    const filters = { ...EMPTY_FILTERS, countries: ['JP', 'IN'], domains: ['cyber' as const] };
    const kept = keepWhatExists(d, filters, { kind: 'actor', id: d.actors[0].id }, mention);
    expect(kept.filters).toBe(filters);
    expect(kept.selection).toEqual({ kind: 'actor', id: d.actors[0].id });
    expect(kept.reading).toBe(mention);
    const event = d.events[0];
    expect(keepWhatExists(d, filters, { kind: 'event', id: event.id }, null).selection).toEqual({
      kind: 'event',
      id: event.id,
    });
  });

  it('drops what is gone: the selection, a country no actor has, evidence of a removed article', () => {
    const filters = { ...EMPTY_FILTERS, countries: ['JP', 'ZZ'], statuses: ['planned' as const] };
    const kept = keepWhatExists(
      d,
      filters,
      { kind: 'actor', id: 'gone' },
      { ...mention, doc: 'removed-article' },
    );
    expect(kept.filters).toEqual({ ...filters, countries: ['JP'] });
    expect(kept.selection).toBeNull();
    expect(kept.reading).toBeNull();
    expect(keepWhatExists(d, filters, { kind: 'event', id: 'gone' }, null).selection).toBeNull();
  });

  it('drops evidence whose offsets no longer hold its quote', () => {
    const moved = { ...mention, start: mention.start + 1, end: mention.end + 1 };
    expect(keepWhatExists(d, EMPTY_FILTERS, null, moved).reading).toBeNull();
  });
});
