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

describe('computeHighlight from the actors index', () => {
  it("lights up exactly what a scan of the dataset finds, for every actor's and every event's selection", () => {
    for (const a of d.actors) {
      const h = computeHighlight(d, { kind: 'actor', id: a.id });
      const rels = d.relations.filter((r) => r.source === a.id || r.target === a.id);
      expect(h?.relations).toEqual(new Set(rels.map((r) => r.id)));
      expect(h?.events).toEqual(
        new Set(d.events.filter((e) => e.actors.includes(a.id)).map((e) => e.id)),
      );
    }
    for (const e of d.events) {
      const among = new Set(e.actors);
      const h = computeHighlight(d, { kind: 'event', id: e.id });
      expect(h?.relations).toEqual(
        new Set(
          d.relations.filter((r) => among.has(r.source) && among.has(r.target)).map((r) => r.id),
        ),
      );
    }
  });
});
