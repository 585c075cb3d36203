/**
 * The filter rules (docs/ARCHITECTURE.md): facets combine with AND, values within one with OR.
 * - Domain: relations and events in any chosen domain, and the actors they involve.
 * - Country: the relations and events involving any chosen country (an actor of it: people,
 *   forces, places by their country), with their counterparts; "China" means "involving
 *   China". With `betweenOnly`: the actors of the chosen countries, the relations among them
 *   (both ends chosen) and the events involving every chosen one ("how Japan and China relate").
 * - Actor kind: actors of those kinds, the relations among them, the events they take part in.
 * - Relation type: relations of those types and their two actors, and the events of the kinds
 *   that are acts of those relations (relationEvents.ts).
 * - Status: events of those statuses, their actors and the relations among those actors.
 * - Period: see model/period.ts.
 * With a country or kind chosen, the network shows only actors of those countries or kinds.
 */
import { applyPeriod } from '../model/period.ts';
import { eventKindsOf } from './relationEvents.ts';
import type { Dataset } from '../model/schema.ts';
import type { FilterResult, Filters } from './types.ts';

/** True when no facet narrows anything (the query only highlights). */
export const isUnfiltered = (f: Filters) =>
  f.domains.length +
    f.countries.length +
    f.kinds.length +
    f.relationTypes.length +
    f.statuses.length ===
    0 && f.period === null;

/**
 * What the filters keep.
 * @example applyFilters(dataset, { ...EMPTY_FILTERS, domains: ['space'] }).events.size // -> 2
 */
export function applyFilters(dataset: Dataset, f: Filters): FilterResult {
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  const domains = new Set<string>(f.domains);
  const countries = new Set(f.countries);
  const kinds = new Set<string>(f.kinds);
  const types = new Set<string>(f.relationTypes);
  const statuses = new Set<string>(f.statuses);
  const period = f.period ? applyPeriod(dataset, f.period) : null;

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
      (!period || period.relations.has(r.id)) &&
      kindOk(r.source) &&
      kindOk(r.target) &&
      countryOk([r.source, r.target]),
  );

  const events = dataset.events.filter((e) => {
    if (!inDomains(e.domains) || (statuses.size && !statuses.has(e.status))) return false;
    if (eventKinds && !eventKinds.has(e.kind)) return false;
    if (period && !period.events.has(e.id)) return false;
    if (kinds.size && !e.actors.some((id) => kinds.has(actorsById.get(id)?.kind ?? '')))
      return false;
    if (countries.size && !between) return e.actors.some(inCountries);
    if (countries.size) {
      const present = new Set(e.actors.map((id) => actorsById.get(id)?.country));
      if (![...countries].every((c) => present.has(c))) return false;
    }
    return true;
  });

  // Relations have no status: with statuses chosen, keep those among the kept events' actors.
  if (statuses.size) {
    const cast = new Set(events.flatMap((e) => e.actors));
    relations = relations.filter((r) => cast.has(r.source) && cast.has(r.target));
  }

  // The network's actors: those the kept facts involve (only relations' ends when relation
  // types are chosen), of the chosen kinds; "between" keeps them within the chosen countries,
  // "involving" adds the counterparts. With no fact-narrowing facet, every actor of the chosen
  // countries and kinds is drawn too, related or not.
  const ends = relations.flatMap((r) => [r.source, r.target]);
  const involved = new Set(types.size ? ends : [...ends, ...events.flatMap((e) => e.actors)]);
  const narrowsFacts = domains.size + types.size + statuses.size > 0 || period !== null;
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
