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
});
