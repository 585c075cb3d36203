import { describe, expect, it } from 'vitest';
import { applyFilters, isUnfiltered } from '../../../src/lib/filters/applyFilters.ts';
import { describeFilters } from '../../../src/lib/filters/describeFilters.ts';
import { facetCounts } from '../../../src/lib/filters/filterOptions.ts';
import { searchDataset } from '../../../src/lib/filters/search.ts';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/filters/types.ts';
import { DOMAINS } from '../../../src/lib/model/vocabulary.ts';
import { seedDataset } from '../helpers.ts';

const d = seedDataset();
const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });
const byId = new Map(d.actors.map((a) => [a.id, a]));
const title = (id: string) => d.events.find((e) => e.id === id)?.title ?? id;

describe('applyFilters', () => {
  it('no filter keeps everything', () => {
    const r = applyFilters(d, EMPTY_FILTERS);
    expect([r.actors.size, r.relations.size, r.events.size]).toEqual([
      d.actors.length,
      d.relations.length,
      d.events.length,
    ]);
    expect(isUnfiltered(EMPTY_FILTERS)).toBe(true);
  });

  it.each(DOMAINS.map((domain) => ({ domain })))(
    'domain $domain keeps exactly the facts in it, and their actors',
    ({ domain }) => {
      const r = applyFilters(d, f({ domains: [domain] }));
      expect([...r.relations].sort()).toEqual(
        d.relations
          .filter((x) => (x.domains as string[]).includes(domain))
          .map((x) => x.id)
          .sort(),
      );
      expect([...r.events].sort()).toEqual(
        d.events
          .filter((x) => (x.domains as string[]).includes(domain))
          .map((x) => x.id)
          .sort(),
      );
      for (const id of r.relations) {
        const rel = d.relations.find((x) => x.id === id)!;
        expect(r.actors.has(rel.source) && r.actors.has(rel.target)).toBe(true);
      }
    },
  );

  it('several domains are OR: space + cyber keeps both talks', () => {
    const r = applyFilters(d, f({ domains: ['space', 'cyber'] }));
    const titles = [...r.events].map(title);
    expect(titles.some((t) => /cyberspace/.test(t))).toBe(true);
    expect(titles.some((t) => /on space/.test(t))).toBe(true);
  });

  it('China means involving China: its relations and events, with the other side', () => {
    const r = applyFilters(d, f({ countries: ['CN'] }));
    const inChina = (id: string) => byId.get(id)?.country === 'CN';
    expect(r.relations.has('tension-china-japan')).toBe(true);
    expect(r.actors.has('japan')).toBe(true); // the counterpart
    for (const id of r.relations) {
      const rel = d.relations.find((x) => x.id === id)!;
      expect(inChina(rel.source) || inChina(rel.target)).toBe(true);
    }
    expect([...r.events].map(title)).toContain('China–India military clash in the Galwan Valley');
    for (const id of r.events)
      expect(d.events.find((e) => e.id === id)!.actors.some(inChina)).toBe(true);
  });

  it.each(DOMAINS.map((domain) => ({ domain })))(
    'adding a country to domain $domain keeps exactly what involves it (nothing is lost)',
    ({ domain }) => {
      const alone = applyFilters(d, f({ domains: [domain] }));
      for (const country of ['CN', 'JP', 'IN']) {
        const r = applyFilters(d, f({ domains: [domain], countries: [country] }));
        const involves = (ids: string[]) => ids.some((id) => byId.get(id)?.country === country);
        expect([...r.relations].sort()).toEqual(
          [...alone.relations]
            .filter((id) => {
              const rel = d.relations.find((x) => x.id === id)!;
              return involves([rel.source, rel.target]);
            })
            .sort(),
        );
        expect([...r.events].sort()).toEqual(
          [...alone.events]
            .filter((id) => involves(d.events.find((e) => e.id === id)!.actors))
            .sort(),
        );
      }
    },
  );

  it('several countries are OR: China + Japan + India keeps the events of each', () => {
    const r = applyFilters(d, f({ countries: ['CN', 'JP', 'IN'] }));
    for (const c of ['CN', 'JP', 'IN'])
      expect(r.events.size).toBeGreaterThanOrEqual(
        applyFilters(d, f({ countries: [c] })).events.size,
      );
  });

  it('between only, Japan + China: actors of both, relations among them, events involving both', () => {
    const r = applyFilters(d, f({ countries: ['JP', 'CN'], betweenOnly: true }));
    for (const id of r.actors) expect(['JP', 'CN']).toContain(byId.get(id)?.country);
    expect(r.actors).toEqual(
      new Set(d.actors.filter((a) => a.country === 'JP' || a.country === 'CN').map((a) => a.id)),
    );
    expect(r.relations.has('tension-china-japan')).toBe(true);
    expect(r.relations.has('cooperation-india-japan')).toBe(false); // India is not chosen
    // The coast guard's intrusions around the Senkakus: a Chinese force, a Japanese place.
    expect(r.relations.has('incursion-chinese-coast-guard-senkaku-islands')).toBe(true);
    expect([...r.events].map(title)).not.toContain(
      'China–India military clash in the Galwan Valley',
    ); // no Japanese actor
  });

  it('one country keeps its people, forces and places, and its events', () => {
    const r = applyFilters(d, f({ countries: ['IN'] }));
    expect(r.actors.has('rajnath-singh')).toBe(true);
    expect(r.actors.has('galwan-valley')).toBe(true);
    expect(applyFilters(d, f({ countries: ['JP'] })).actors.has('japan-self-defense-forces')).toBe(
      true,
    );
    expect([...r.events].map(title)).toContain('China–India military clash in the Galwan Valley');
  });

  it.each([
    {
      name: 'kind person',
      over: { kinds: ['person' as const] },
      actor: 'yoko-kamikawa',
      not: 'japan',
    },
    {
      name: 'relation type sanctions',
      over: { relationTypes: ['sanctions' as const] },
      actor: 'european-union',
      not: 'sri-lanka',
    },
    {
      name: 'status planned',
      over: { statuses: ['planned' as const] },
      actor: 'narendra-modi',
      not: 'ukraine',
    },
  ])('$name keeps $actor, not $not', ({ over, actor, not }) => {
    const r = applyFilters(d, f(over));
    expect(r.actors.has(actor)).toBe(true);
    expect(r.actors.has(not)).toBe(false);
  });

  it('status planned keeps only planned events', () => {
    const r = applyFilters(d, f({ statuses: ['planned'] }));
    for (const id of r.events) expect(d.events.find((e) => e.id === id)?.status).toBe('planned');
    expect(r.events.size).toBeGreaterThan(0);
  });

  it('relation type narrows events to its kinds: armed clash keeps the Galwan clash only', () => {
    const r = applyFilters(d, f({ relationTypes: ['armed-clash'] }));
    expect([...r.events].map(title)).toContain('China–India military clash in the Galwan Valley');
    for (const id of r.events) expect(d.events.find((e) => e.id === id)?.kind).toBe('armed-clash');
    const located = applyFilters(d, f({ relationTypes: ['located-in'] }));
    expect(located.events.size).toBe(0);
  });

  it('facets combine with AND and can leave nothing', () => {
    const r = applyFilters(d, f({ domains: ['energy'], countries: ['JP'], betweenOnly: true }));
    expect([r.relations.size, r.events.size]).toEqual([0, 0]);
  });

  it('does not mutate its input', () => {
    const filters = f({ domains: ['space'], countries: ['JP'] });
    const before = JSON.stringify([d, filters]);
    applyFilters(d, filters);
    expect(JSON.stringify([d, filters])).toBe(before);
  });

  it('ignores values that are not in the data (a stale saved view) rather than failing', () => {
    const r = applyFilters(d, f({ countries: ['ZZ'] }));
    expect([r.actors.size, r.relations.size, r.events.size]).toEqual([0, 0, 0]);
  });
});

describe('describeFilters', () => {
  it.each([
    { name: 'nothing', over: {}, expected: 'Showing: everything in the articles' },
    {
      name: 'two countries',
      over: { countries: ['JP', 'CN'] },
      expected: 'Showing: what involves Japan or China, with the other side',
    },
    {
      name: 'two countries, between only',
      over: { countries: ['JP', 'CN'], betweenOnly: true },
      expected:
        'Showing: the actors of Japan and China, the relations among them, and events involving both',
    },
    {
      name: 'domains',
      over: { domains: ['space' as const, 'cyber' as const] },
      expected: 'Showing: Space or Cyber only',
    },
    {
      name: 'period and status',
      over: {
        statuses: ['planned' as const],
        period: ['2024-01-01', '2024-12-31'] as [string, string],
      },
      expected: 'Showing: events planned; 2024',
    },
  ])('$name', ({ over, expected }) => {
    expect(describeFilters(d, f(over))).toBe(expected);
  });
});

describe('facetCounts', () => {
  it('counts what each value would keep, given the other facets', () => {
    const counts = facetCounts(d, EMPTY_FILTERS, 'domains', DOMAINS);
    const space = applyFilters(d, f({ domains: ['space'] }));
    expect(counts.get('space')).toEqual({
      relations: space.relations.size,
      events: space.events.size,
      actors: space.actors.size,
    });
    const between = f({ countries: ['JP'], betweenOnly: true });
    expect(facetCounts(d, between, 'domains', DOMAINS).get('energy')).toEqual({
      relations: 0,
      events: 0,
      actors: 0,
    });
  });
  it('counts relations and events apart: armed clash is one relation, not every event', () => {
    const counts = facetCounts(d, EMPTY_FILTERS, 'relationTypes', ['armed-clash']).get(
      'armed-clash',
    );
    expect(counts?.events).toBeLessThan(d.events.length);
    expect(counts?.relations).toBe(d.relations.filter((r) => r.type === 'armed-clash').length);
  });
});

describe('searchDataset', () => {
  it.each([
    { q: 'galwan', actor: 'galwan-valley' },
    { q: 'KAMIKAWA', actor: 'yoko-kamikawa' },
    { q: "japan's self-defense", actor: 'japan-self-defense-forces' },
  ])('"$q" finds $actor', ({ q, actor }) => {
    expect(searchDataset(d, q)?.actors.has(actor)).toBe(true);
  });

  it('finds events by title and by the words of their evidence', () => {
    expect([...(searchDataset(d, 'Galwan')?.events ?? [])].map(title)).toContain(
      'China–India military clash in the Galwan Valley',
    );
    expect(searchDataset(d, 'crude oil')?.relations.has('energy-trade-russia-india')).toBe(true);
  });

  it('an empty or blank query matches nothing and highlights nothing', () => {
    expect(searchDataset(d, '   ')).toBeNull();
  });

  it('treats regex characters as text', () => {
    expect(searchDataset(d, '(.*')?.actors.size).toBe(0);
  });
});
