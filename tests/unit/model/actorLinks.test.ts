import { describe, expect, it } from 'vitest';
import { linksOf } from '../../../src/lib/model/actorLinks.ts';
import type { Dataset } from '../../../src/lib/model/schema.ts';
import { seedDataset } from '../helpers.ts';

const d = seedDataset();

describe('linksOf', () => {
  it("gives each actor exactly the relations and events a scan of the dataset finds, in the dataset's order", () => {
    for (const a of d.actors) {
      const links = linksOf(d, a.id);
      expect(links.relations).toEqual(
        d.relations.filter((r) => r.source === a.id || r.target === a.id),
      );
      expect(links.events).toEqual(d.events.filter((e) => e.actors.includes(a.id)));
    }
  });

  it('lists a relation of an actor with itself, and an event naming an actor twice, once', () => {
    const [r] = d.relations;
    const [e] = d.events;
    const odd: Dataset = {
      ...d,
      relations: [{ ...r, id: 'self', source: 'x', target: 'x' }],
      events: [{ ...e, id: 'twice', actors: ['x', 'x'] }],
    };
    expect(linksOf(odd, 'x').relations.map((l) => l.id)).toEqual(['self']);
    expect(linksOf(odd, 'x').events.map((l) => l.id)).toEqual(['twice']);
  });

  it('follows a replaced dataset, and knows nothing of an unknown actor', () => {
    const a = d.relations[0].source;
    expect(linksOf(d, a).relations.length).toBeGreaterThan(0);
    const emptied: Dataset = { ...d, relations: [], events: [] };
    expect(linksOf(emptied, a)).toEqual({ relations: [], events: [] });
    expect(linksOf(d, 'atlantis')).toEqual({ relations: [], events: [] });
  });
});
