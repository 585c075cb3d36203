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
import { countryNames, facetCounts, type FacetCount } from './describeFilters.ts';
import type { Filters } from './types.ts';

export interface FacetOption extends FacetCount {
  value: string;
  label: string;
}

export type Facet = 'domains' | 'countries' | 'kinds' | 'relationTypes' | 'statuses';

/**
 * The options of one facet (computed when its menu opens: counting costs a filter pass per value).
 * @example facetOptions(dataset, EMPTY_FILTERS, 'domains')[0] // -> { value: 'maritime', label: 'Maritime', relations: 4, events: 2, actors: 7 }
 */
export function facetOptions(dataset: Dataset, f: Filters, facet: Facet): FacetOption[] {
  const build = (values: readonly string[], label: (v: string) => string) => {
    const counts = facetCounts(dataset, f, facet, values as Filters[Facet][number][]);
    return values.map((value) => ({
      value,
      label: label(value),
      ...(counts.get(value as Filters[Facet][number]) ?? { relations: 0, events: 0, actors: 0 }),
    }));
  };
  if (facet === 'countries') {
    const names = countryNames(dataset);
    const codes = [...names.keys()].sort((a, b) =>
      (names.get(a) ?? a).localeCompare(names.get(b) ?? b),
    );
    return build(codes, (c) => names.get(c) ?? c);
  }
  if (facet === 'domains') {
    const present = new Set(
      [...dataset.relations, ...dataset.events].flatMap((x) => x.domains as string[]),
    );
    return build(
      DOMAINS.filter((d) => present.has(d)),
      (d) => DOMAIN_LABELS[d as keyof typeof DOMAIN_LABELS],
    );
  }
  if (facet === 'kinds') {
    const present = new Set<string>(dataset.actors.map((a) => a.kind));
    return build(
      ACTOR_KINDS.filter((k) => present.has(k)),
      (k) => kindLabel(k as (typeof ACTOR_KINDS)[number]),
    );
  }
  if (facet === 'relationTypes') {
    const present = new Set<string>(dataset.relations.map((r) => r.type));
    return build(
      RELATION_TYPES.filter((t) => present.has(t)),
      (t) => edgeStyle(t as (typeof RELATION_TYPES)[number]).label,
    );
  }
  const present = new Set<string>(dataset.events.map((e) => e.status));
  return build(
    EVENT_STATUSES.filter((s) => present.has(s)),
    (s) => EVENT_STATUS_LABELS[s as (typeof EVENT_STATUSES)[number]],
  );
}
