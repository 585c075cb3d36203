import { describe, expect, it } from 'vitest';
import { computeHighlight } from '../../../src/lib/state/highlight.ts';
import { seedDataset } from '../helpers.ts';

const d = seedDataset();

describe('computeHighlight', () => {
  it('an actor lights up its neighbours, its relations and its events', () => {
    const h = computeHighlight(d, { kind: 'actor', id: 'senkaku-islands' });
    expect([...(h?.actors ?? [])].sort()).toEqual([
      'chinese-coast-guard',
      'japan',
      'okinawa',
      'senkaku-islands',
    ]);
    expect(h?.events.size).toBe(
      d.events.filter((e) => e.actors.includes('senkaku-islands')).length,
    );
    const galwan = computeHighlight(d, { kind: 'actor', id: 'galwan-valley' });
    expect(galwan?.events.size).toBeGreaterThan(0);
  });

  it('an event lights up its actors and the relations among them', () => {
    const clash = d.events.find((e) => e.kind === 'armed-clash');
    const h = computeHighlight(d, { kind: 'event', id: clash?.id ?? '' });
    expect(h?.actors).toEqual(new Set(clash?.actors));
    expect([...(h?.relations ?? [])]).toContain('armed-clash-china-india');
    expect(h?.events).toEqual(new Set([clash?.id]));
  });

  it.each([
    null,
    { kind: 'actor' as const, id: 'atlantis' },
    { kind: 'event' as const, id: 'nothing' },
  ])('nothing (or an unknown id) lights nothing up: %o', (sel) => {
    const h = computeHighlight(d, sel);
    expect(h === null || (h.events.size === 0 && h.relations.size === 0)).toBe(true);
  });
});
