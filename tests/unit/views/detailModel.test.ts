import { describe, expect, it } from 'vitest';
import { buildDetail } from '../../../src/lib/views/detailModel';
import { computeHighlight } from '../../../src/lib/state/highlight';
import { seedDataset } from '../helpers';

const d = seedDataset();
// The relation with the most evidence: the one a briefer is likeliest to ask about.
const top = [...d.relations].sort((a, b) => b.evidence.length - a.evidence.length)[0];
const name = (id: string) => d.actors.find((a) => a.id === id)!.name;

describe('buildDetail for a relation', () => {
  const detail = buildDetail(d, { kind: 'relation', id: top.id })!;
  it('names its two actors, and links to them', () => {
    expect(detail.heading).toContain(name(top.source));
    expect(detail.heading).toContain(name(top.target));
    expect(detail.links[0].items.map((i) => i.selection)).toEqual([
      { kind: 'actor', id: top.source },
      { kind: 'actor', id: top.target },
    ]);
  });
  it('lists every evidence sentence, grouped by article', () => {
    expect(detail.evidence).toHaveLength(top.evidence.length);
    expect(detail.groups.flatMap((g) => g.items)).toHaveLength(top.evidence.length);
    expect(new Set(detail.groups.map((g) => g.file)).size).toBe(detail.groups.length);
    for (const g of detail.groups) expect(new Set(g.items.map((i) => i.evidence.doc)).size).toBe(1);
  });
  it('says its type in words, not as a code', () =>
    expect(detail.facts.find(([k]) => k === 'Type')?.[1]).toMatch(/^[A-Z][a-z]/));
  it('is null for a relation that is not in the data', () =>
    expect(buildDetail(d, { kind: 'relation', id: 'no-such' })).toBeNull());
  it('says when no sentence states it and it comes from the reference lists', () => {
    const listed = d.relations.find((r) => r.basis === 'reference-list')!;
    const stated = (id: string) =>
      buildDetail(d, { kind: 'relation', id })!.facts.find(([k]) => k === 'Stated?')?.[1];
    expect(stated(listed.id)).toMatch(/^No: from Tieline’s dated reference lists/);
    expect(stated(top.id)).toBeUndefined();
  });
});

describe('an actor\u2019s panel', () => {
  it('opens the relation itself, not the actor at its other end', () => {
    const detail = buildDetail(d, { kind: 'actor', id: top.source })!;
    const relations = detail.links[0].items.map((i) => i.selection);
    expect(relations).toContainEqual({ kind: 'relation', id: top.id });
    expect(relations.every((s) => s.kind === 'relation')).toBe(true);
  });
  it('gives the country in words', () => {
    const japan = buildDetail(d, { kind: 'actor', id: 'japan' })!;
    expect(japan.facts.find(([k]) => k === 'Country')?.[1]).toBe('Japan');
  });
});

describe('computeHighlight for a relation', () => {
  it('lights its two actors, itself and the events they share', () => {
    const h = computeHighlight(d, { kind: 'relation', id: top.id })!;
    expect([...h.actors].sort()).toEqual([top.source, top.target].sort());
    expect([...h.relations]).toEqual([top.id]);
    for (const id of h.events) {
      const e = d.events.find((x) => x.id === id)!;
      expect(e.actors).toContain(top.source);
      expect(e.actors).toContain(top.target);
    }
  });
});
