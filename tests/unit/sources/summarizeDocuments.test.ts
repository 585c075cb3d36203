import { describe, expect, it } from 'vitest';
import { summarizeDocuments } from '../../../src/lib/sources/summarizeDocuments.ts';
import { seedDataset } from '../helpers.ts';

describe('summarizeDocuments', () => {
  it('counts, per article, the actors it names and the relations and events it supports', () => {
    const d = seedDataset();
    const rows = summarizeDocuments(d);
    expect(rows.map((r) => r.doc.id)).toEqual(d.documents.map((x) => x.id));
    for (const row of rows) {
      const id = row.doc.id;
      expect(row.actors).toBe(d.actors.filter((a) => a.mentions.some((m) => m.doc === id)).length);
      expect(row.relations).toBe(
        d.relations.filter((r) => r.evidence.some((e) => e.doc === id)).length,
      );
      expect(row.events).toBe(d.events.filter((e) => e.evidence.some((x) => x.doc === id)).length);
      expect(row.actors).toBeGreaterThan(0);
    }
  });

  it('counts an item once per article, its evidence in any order (articles interleaved)', () => {
    const d = seedDataset();
    const [a, b] = d.documents.map((x) => x.id);
    const m = (doc: string) => ({ ...d.actors[0].mentions[0], doc });
    const actors = [
      { ...d.actors[0], mentions: [m(a), m(b), m(a), m(b), m(a)] },
      { ...d.actors[1], mentions: [m(b), m(b)] },
    ];
    const rows = summarizeDocuments({ ...d, actors, relations: [], events: [] });
    expect(rows.map((r) => r.actors)).toEqual([1, 2]);
  });
});
