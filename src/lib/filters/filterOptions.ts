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
  RELATION_TYPES,
} from '../model/vocabulary.ts';
import { countryNames, facetCounts } from './describeFilters.ts';
import type { Filters } from './types.ts';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export type Facet = 'domains' | 'countries' | 'kinds' | 'relationTypes' | 'statuses';

/**
 * @example filterOptions(dataset, EMPTY_FILTERS).domains[0] // -> { value: 'maritime', label: 'Maritime', count: 6 }
 */
export function filterOptions(dataset: Dataset, f: Filters): Record<Facet, FacetOption[]> {
  const present = {
    domains: new Set(
      [...dataset.relations, ...dataset.events].flatMap((x) => x.domains as string[]),
    ),
    kinds: new Set<string>(dataset.actors.map((a) => a.kind)),
    types: new Set<string>(dataset.relations.map((r) => r.type)),
    statuses: new Set<string>(dataset.events.map((e) => e.status)),
  };
  const names = countryNames(dataset);
  const countries = [...names.keys()].sort((a, b) =>
    (names.get(a) ?? a).localeCompare(names.get(b) ?? b),
  );
  const build = <K extends Facet>(
    facet: K,
    values: readonly string[],
    label: (v: string) => string,
  ) => {
    const counts = facetCounts(dataset, f, facet, values as Filters[K][number][]);
    return values.map((value) => ({
      value,
      label: label(value),
      count: counts.get(value as Filters[K][number]) ?? 0,
    }));
  };
  return {
    domains: build(
      'domains',
      DOMAINS.filter((d) => present.domains.has(d)),
      (d) => DOMAIN_LABELS[d as keyof typeof DOMAIN_LABELS],
    ),
    countries: build('countries', countries, (c) => names.get(c) ?? c),
    kinds: build(
      'kinds',
      ACTOR_KINDS.filter((k) => present.kinds.has(k)),
      (k) => kindLabel(k as (typeof ACTOR_KINDS)[number]),
    ),
    relationTypes: build(
      'relationTypes',
      RELATION_TYPES.filter((t) => present.types.has(t)),
      (t) => edgeStyle(t as (typeof RELATION_TYPES)[number]).label,
    ),
    statuses: build(
      'statuses',
      EVENT_STATUSES.filter((s) => present.statuses.has(s)),
      (s) => s[0].toUpperCase() + s.slice(1),
    ),
  };
}
