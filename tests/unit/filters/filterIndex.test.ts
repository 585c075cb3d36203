/**
 * The filters' pass over typed arrays (filterIndex.ts, applyFilters.ts) keeps what the rule
 * over objects keeps: the rule as first written, below, is the reference, for any dataset
 * (missing ends and actors included) and any filters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/lib/filters/applyFilters.ts';
import { countKept } from '../../../src/lib/filters/filterOptions.ts';
import { domainBits, filterIndex } from '../../../src/lib/filters/filterIndex.ts';
import { eventKindsOf } from '../../../src/lib/filters/relationEvents.ts';
import type { Filters } from '../../../src/lib/filters/types.ts';
import type { Dataset } from '../../../src/lib/model/schema.ts';
import {
  ACTOR_KINDS,
  DOMAINS,
  EVENT_KINDS,
  EVENT_STATUSES,
  RELATION_TYPES,
} from '../../../src/lib/model/vocabulary.ts';

/** applyFilters as first written (no period: model/period.ts is tested on its own). */
function reference(dataset: Dataset, f: Filters) {
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  const domains = new Set<string>(f.domains);
  const countries = new Set(f.countries);
  const kinds = new Set<string>(f.kinds);
  const types = new Set<string>(f.relationTypes);
  const statuses = new Set<string>(f.statuses);
  const inCountries = (id: string) => {
    const c = actorsById.get(id)?.country;
    return !!c && countries.has(c);
  };
  const kindOk = (id: string) => {
    const a = actorsById.get(id);
    return !!a && (kinds.size === 0 || kinds.has(a.kind));
  };
  const between = !!f.betweenOnly;
  const countryOk = (ends: string[]) =>
    countries.size === 0 || (between ? ends.every(inCountries) : ends.some(inCountries));
  const inDomains = (ds: string[]) => domains.size === 0 || ds.some((d) => domains.has(d));
  const eventKinds = types.size ? eventKindsOf(f.relationTypes) : null;
  let relations = dataset.relations.filter(
    (r) =>
      inDomains(r.domains) &&
      (types.size === 0 || types.has(r.type)) &&
      kindOk(r.source) &&
      kindOk(r.target) &&
      countryOk([r.source, r.target]),
  );
  const events = dataset.events.filter((e) => {
    if (!inDomains(e.domains) || (statuses.size && !statuses.has(e.status))) return false;
    if (eventKinds && !eventKinds.has(e.kind)) return false;
    if (kinds.size && !e.actors.some((id) => kinds.has(actorsById.get(id)?.kind ?? '')))
      return false;
    if (countries.size && !between) return e.actors.some(inCountries);
    if (countries.size) {
      const present = new Set(e.actors.map((id) => actorsById.get(id)?.country));
      if (![...countries].every((c) => present.has(c))) return false;
    }
    return true;
  });
  if (statuses.size) {
    const cast = new Set(events.flatMap((e) => e.actors));
    relations = relations.filter((r) => cast.has(r.source) && cast.has(r.target));
  }
  const ends = relations.flatMap((r) => [r.source, r.target]);
  const involved = new Set(types.size ? ends : [...ends, ...events.flatMap((e) => e.actors)]);
  const narrowsFacts = domains.size + types.size + statuses.size > 0;
  const own = (id: string) => countries.size === 0 || inCountries(id);
  const actors = dataset.actors
    .filter((a) => {
      if (!kindOk(a.id)) return false;
      if (between || countries.size === 0)
        return own(a.id) && (!narrowsFacts || involved.has(a.id));
      return involved.has(a.id) || (!narrowsFacts && own(a.id));
    })
    .map((a) => a.id);
  return {
    actors: new Set(actors),
    relations: new Set(relations.map((r) => r.id)),
    events: new Set(events.map((e) => e.id)),
  };
}

const COUNTRIES = ['JP', 'IN', 'CN', 'RU'];
const sub = <T>(xs: readonly T[]) => fc.subarray([...xs], { maxLength: 3 });
// Ids a0..a11; facts may name a13 or a14, which no actor has.
const actorId = fc.nat(14).map((i) => `a${i}`);
const dataset = fc
  .record({
    actors: fc.array(
      fc.record({
        kind: fc.constantFrom(...ACTOR_KINDS),
        country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
      }),
      { maxLength: 12 },
    ),
    relations: fc.array(
      fc.record({
        source: actorId,
        target: actorId,
        type: fc.constantFrom(...RELATION_TYPES),
        domains: sub(DOMAINS),
      }),
      { maxLength: 25 },
    ),
    events: fc.array(
      fc.record({
        actors: fc.array(actorId, { maxLength: 4 }),
        kind: fc.constantFrom(...EVENT_KINDS),
        status: fc.constantFrom(...EVENT_STATUSES),
        domains: sub(DOMAINS),
      }),
      { maxLength: 15 },
    ),
  })
  .map(
    (d) =>
      ({
        documents: [],
        actors: d.actors.map((a, i) => ({
          id: `a${i}`,
          name: `A${i}`,
          aliases: [],
          mentions: [],
          ...a,
        })),
        relations: d.relations.map((r, i) => ({
          id: `r${i}`,
          directed: false,
          evidence: [],
          ...r,
        })),
        events: d.events.map((e, i) => ({ id: `e${i}`, title: `E${i}`, evidence: [], ...e })),
      }) as unknown as Dataset,
  );
const filters = fc.record({
  domains: sub(DOMAINS),
  countries: sub([...COUNTRIES, 'FR']),
  betweenOnly: fc.boolean(),
  kinds: sub(ACTOR_KINDS),
  relationTypes: sub(RELATION_TYPES),
  statuses: sub(EVENT_STATUSES),
  period: fc.constant(null),
  query: fc.constant(''),
}) as fc.Arbitrary<Filters>;

describe('the filters over the index', () => {
  it('keep what the rule over objects keeps, for any dataset and filters', () => {
    fc.assert(
      fc.property(dataset, filters, (d, f) => {
        const want = reference(d, f);
        const got = applyFilters(d, f);
        expect(got).toEqual(want);
        expect(countKept(d, f)).toEqual({
          actors: want.actors.size,
          relations: want.relations.size,
          events: want.events.size,
        });
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('keep sets in the dataset’s order (the views draw in it)', () => {
    fc.assert(
      fc.property(dataset, filters, (d, f) => {
        const got = applyFilters(d, f);
        const inOrder = (xs: { id: string }[], kept: Set<string>) =>
          expect([...kept]).toEqual(xs.map((x) => x.id).filter((id) => kept.has(id)));
        inOrder(d.actors, got.actors);
        inOrder(d.relations, got.relations);
        inOrder(d.events, got.events);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe('filterIndex', () => {
  it.each([
    { domains: [], bits: 0 },
    { domains: [DOMAINS[0]], bits: 1 },
    { domains: [DOMAINS[1], DOMAINS[0]], bits: 3 },
    { domains: [DOMAINS[2], DOMAINS[2]], bits: 4 },
    { domains: ['not-a-domain'], bits: 0 },
  ])('domainBits($domains) is $bits', ({ domains, bits }) => {
    expect(domainBits(domains)).toBe(bits);
  });

  it('names each fact’s actors by position, -1 where no actor has the id', () => {
    const d = {
      documents: [],
      actors: [{ id: 'x' }, { id: 'y' }],
      relations: [{ id: 'r', source: 'y', target: 'gone', domains: [DOMAINS[1]] }],
      events: [
        { id: 'e', actors: ['x', 'y'], domains: [] },
        { id: 'f', actors: ['gone'], domains: [DOMAINS[0]] },
      ],
    } as unknown as Dataset;
    const i = filterIndex(d);
    expect([...i.relSource, ...i.relTarget]).toEqual([1, -1]);
    expect([...i.relDomains]).toEqual([2]);
    expect([...i.eventStart]).toEqual([0, 2, 3]);
    expect([...i.eventActors]).toEqual([0, 1, -1]);
    expect(filterIndex(d)).toBe(i);
  });
});
