/**
 * The values each filter menu offers, with their labels and counts: only values present in
 * the dataset, so a menu never offers something that can only give an empty picture.
 */
import { edgeStyle, kindLabel } from '../encoding/marks.ts';
import type { Dataset } from '../model/schema.ts';
import {
  ACTOR_KINDS,
  DOMAINS,
  DOMAIN_LABELS,
  EVENT_STATUSES,
  EVENT_STATUS_LABELS,
  RELATION_TYPES,
} from '../model/vocabulary.ts';
import { keep } from './applyFilters.ts';
import { countryNames } from './describeFilters.ts';
import type { Filters } from './types.ts';

/**
 * How many actors, relations and events the filters keep (applyFilters' sizes, without sets of
 * ids: the filter menus count one pass per value).
 * @example countKept(dataset, { ...EMPTY_FILTERS, domains: ['space'] }).events // -> 2
 */
export function countKept(
  dataset: Dataset,
  f: Filters,
): { actors: number; relations: number; events: number } {
  const kept = keep(dataset, f);
  const count = (flags: Uint8Array) => {
    let n = 0;
    for (let i = 0; i < flags.length; i++) n += flags[i];
    return n;
  };
  return {
    actors: count(kept.actors),
    relations: count(kept.relations),
    events: count(kept.events),
  };
}

/** What one facet value would keep. */
export interface FacetCount {
  relations: number;
  events: number;
  /** Actors drawn (the network's). */
  actors: number;
}

/**
 * How many relations, events and actors each value of a facet would keep, the other facets as they are.
 * @example facetCounts(dataset, filters, 'domains', DOMAINS).get('space') // -> { relations: 1, events: 2, actors: 4 }
 */
export function facetCounts<
  K extends 'domains' | 'countries' | 'kinds' | 'relationTypes' | 'statuses',
>(
  dataset: Dataset,
  f: Filters,
  facet: K,
  values: readonly Filters[K][number][],
): Map<Filters[K][number], FacetCount> {
  const out = new Map<Filters[K][number], FacetCount>();
  for (const v of values) out.set(v, countKept(dataset, { ...f, [facet]: [v] }));
  return out;
}

export interface FacetOption extends FacetCount {
  value: string;
  label: string;
}

export type Facet = 'domains' | 'countries' | 'kinds' | 'relationTypes' | 'statuses';

/** Per dataset, each facet's values present in it, with their labels (found once). */
const valuesOf = new WeakMap<Dataset, Map<Facet, { value: string; label: string }[]>>();

/**
 * The values of one facet that the dataset holds, labelled, in the menu's order.
 * @example presentValues(dataset, 'statuses') // -> [{ value: 'occurred', label: 'Occurred' }, ...]
 */
export function presentValues(dataset: Dataset, facet: Facet): { value: string; label: string }[] {
  let byFacet = valuesOf.get(dataset);
  if (!byFacet) valuesOf.set(dataset, (byFacet = new Map()));
  let values = byFacet.get(facet);
  if (!values) byFacet.set(facet, (values = findValues(dataset, facet)));
  return values;
}

function findValues(dataset: Dataset, facet: Facet): { value: string; label: string }[] {
  const labelled = (values: readonly string[], label: (v: string) => string) =>
    values.map((value) => ({ value, label: label(value) }));
  if (facet === 'countries') {
    const names = countryNames(dataset);
    const codes = [...names.keys()].sort((a, b) =>
      (names.get(a) ?? a).localeCompare(names.get(b) ?? b),
    );
    return labelled(codes, (c) => names.get(c) ?? c);
  }
  if (facet === 'domains') {
    const present = new Set(
      [...dataset.relations, ...dataset.events].flatMap((x) => x.domains as string[]),
    );
    return labelled(
      DOMAINS.filter((d) => present.has(d)),
      (d) => DOMAIN_LABELS[d as keyof typeof DOMAIN_LABELS],
    );
  }
  if (facet === 'kinds') {
    const present = new Set<string>(dataset.actors.map((a) => a.kind));
    return labelled(
      ACTOR_KINDS.filter((k) => present.has(k)),
      (k) => kindLabel(k as (typeof ACTOR_KINDS)[number]),
    );
  }
  if (facet === 'relationTypes') {
    const present = new Set<string>(dataset.relations.map((r) => r.type));
    return labelled(
      RELATION_TYPES.filter((t) => present.has(t)),
      (t) => edgeStyle(t as (typeof RELATION_TYPES)[number]).label,
    );
  }
  const present = new Set<string>(dataset.events.map((e) => e.status));
  return labelled(
    EVENT_STATUSES.filter((s) => present.has(s)),
    (s) => EVENT_STATUS_LABELS[s as (typeof EVENT_STATUSES)[number]],
  );
}

/**
 * The options of one facet (computed when its menu opens, and again as the other filters
 * change: counting costs a filter pass per value).
 * @example facetOptions(dataset, EMPTY_FILTERS, 'domains')[0] // -> { value: 'maritime', label: 'Maritime', relations: 4, events: 2, actors: 7 }
 */
export function facetOptions(dataset: Dataset, f: Filters, facet: Facet): FacetOption[] {
  const values = presentValues(dataset, facet);
  const counts = facetCounts(
    dataset,
    f,
    facet,
    values.map((v) => v.value) as Filters[Facet][number][],
  );
  return values.map(({ value, label }) => ({
    value,
    label,
    ...(counts.get(value as Filters[Facet][number]) ?? { relations: 0, events: 0, actors: 0 }),
  }));
}
