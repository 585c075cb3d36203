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
import { domainBits, filterIndex } from './filterIndex.ts';
import type { FilterResult, Filters } from './types.ts';

/** True when no facet narrows anything (the query only highlights). */
export const isUnfiltered = (f: Filters) =>
  f.domains.length +
    f.countries.length +
    f.kinds.length +
    f.relationTypes.length +
    f.statuses.length ===
    0 && f.period === null;

/** One flag per actor, relation and event (in the dataset's order): kept or not. */
export interface Kept {
  actors: Uint8Array;
  relations: Uint8Array;
  events: Uint8Array;
}

/**
 * What the filters keep.
 * @example applyFilters(dataset, { ...EMPTY_FILTERS, domains: ['space'] }).events.size // -> 2
 */
export function applyFilters(dataset: Dataset, f: Filters): FilterResult {
  const kept = keep(dataset, f);
  const ids = <T extends { id: string }>(xs: readonly T[], flags: Uint8Array) => {
    const out = new Set<string>();
    for (let i = 0; i < xs.length; i++) if (flags[i]) out.add(xs[i].id);
    return out;
  };
  return {
    actors: ids(dataset.actors, kept.actors),
    relations: ids(dataset.relations, kept.relations),
    events: ids(dataset.events, kept.events),
  };
}

/**
 * What the filters keep, as one flag per actor, relation and event in the dataset's order: the
 * pass itself, for counting without sets of ids (filterOptions.ts).
 */
export function keep(dataset: Dataset, f: Filters): Kept {
  const index = filterIndex(dataset);
  const { actorKind, actorCountry, relSource, relTarget, relDomains } = index;
  const { eventDomains, eventStart, eventActors } = index;
  const { actors, relations, events } = dataset;
  const countries = new Set(f.countries);
  const kinds = new Set<string>(f.kinds);
  const types = new Set<string>(f.relationTypes);
  const statuses = new Set<string>(f.statuses);
  const period = f.period ? applyPeriod(dataset, f.period) : null;
  const domains = domainBits(f.domains);
  // A domain chosen but none known: nothing is in it (as no fact carries an unknown domain).
  const anyDomain = f.domains.length === 0;
  const between = !!f.betweenOnly;
  const eventKinds = types.size ? eventKindsOf(f.relationTypes) : null;

  // Per actor: of a chosen kind (or any), of a chosen country.
  const nA = actors.length;
  const kindOk = new Uint8Array(nA);
  const inCountries = new Uint8Array(nA);
  for (let a = 0; a < nA; a++) {
    kindOk[a] = kinds.size === 0 || kinds.has(actorKind[a]) ? 1 : 0;
    const c = actorCountry[a];
    inCountries[a] = c && countries.has(c) ? 1 : 0;
  }

  const keptRelations = new Uint8Array(relations.length);
  for (let i = 0; i < relations.length; i++) {
    const s = relSource[i];
    const t = relTarget[i];
    if (s < 0 || t < 0 || !kindOk[s] || !kindOk[t]) continue;
    if (!anyDomain && !(relDomains[i] & domains)) continue;
    if (types.size && !types.has(relations[i].type)) continue;
    if (period && !period.relations.has(relations[i].id)) continue;
    if (
      countries.size &&
      (between ? !(inCountries[s] && inCountries[t]) : !(inCountries[s] || inCountries[t]))
    )
      continue;
    keptRelations[i] = 1;
  }

  const keptEvents = new Uint8Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!anyDomain && !(eventDomains[i] & domains)) continue;
    if (statuses.size && !statuses.has(e.status)) continue;
    if (eventKinds && !eventKinds.has(e.kind)) continue;
    if (period && !period.events.has(e.id)) continue;
    const from = eventStart[i];
    const to = eventStart[i + 1];
    if (kinds.size) {
      let some = false;
      for (let k = from; k < to && !some; k++)
        some = eventActors[k] >= 0 && !!kindOk[eventActors[k]];
      if (!some) continue;
    }
    if (countries.size && !between) {
      let some = false;
      for (let k = from; k < to && !some; k++)
        some = eventActors[k] >= 0 && !!inCountries[eventActors[k]];
      if (!some) continue;
    } else if (countries.size) {
      const present = new Set<string | null>();
      for (let k = from; k < to; k++)
        if (eventActors[k] >= 0) present.add(actorCountry[eventActors[k]]);
      let every = true;
      for (const c of countries) if (!present.has(c)) every = false;
      if (!every) continue;
    }
    keptEvents[i] = 1;
  }

  // Relations have no status: with statuses chosen, keep those among the kept events' actors.
  if (statuses.size) {
    const cast = new Uint8Array(nA);
    for (let i = 0; i < events.length; i++)
      if (keptEvents[i])
        for (let k = eventStart[i]; k < eventStart[i + 1]; k++)
          if (eventActors[k] >= 0) cast[eventActors[k]] = 1;
    for (let i = 0; i < relations.length; i++)
      if (keptRelations[i] && !(cast[relSource[i]] && cast[relTarget[i]])) keptRelations[i] = 0;
  }

  // The network's actors: those the kept facts involve (only relations' ends when relation
  // types are chosen), of the chosen kinds; "between" keeps them within the chosen countries,
  // "involving" adds the counterparts. With no fact-narrowing facet, every actor of the chosen
  // countries and kinds is drawn too, related or not.
  const involved = new Uint8Array(nA);
  for (let i = 0; i < relations.length; i++)
    if (keptRelations[i]) involved[relSource[i]] = involved[relTarget[i]] = 1;
  if (!types.size)
    for (let i = 0; i < events.length; i++)
      if (keptEvents[i])
        for (let k = eventStart[i]; k < eventStart[i + 1]; k++)
          if (eventActors[k] >= 0) involved[eventActors[k]] = 1;
  const narrowsFacts = f.domains.length + types.size + statuses.size > 0 || period !== null;
  const keptActors = new Uint8Array(nA);
  for (let a = 0; a < nA; a++) {
    if (!kindOk[a]) continue;
    const own = countries.size === 0 || inCountries[a] === 1;
    keptActors[a] =
      between || countries.size === 0
        ? own && (!narrowsFacts || involved[a])
          ? 1
          : 0
        : involved[a] || (!narrowsFacts && own)
          ? 1
          : 0;
  }
  return { actors: keptActors, relations: keptRelations, events: keptEvents };
}
