/**
 * The "Showing: ..." line: what the filters keep, in words, so a briefer's audience knows what
 * the picture leaves out. Also the count each facet value would keep, for the filter menus.
 */
import type { Dataset } from '../model/schema.ts';
import { DOMAIN_LABELS } from '../model/vocabulary.ts';
import { edgeStyle, kindLabel } from '../encoding/marks.ts';
import { applyFilters, isUnfiltered } from './applyFilters.ts';
import type { Filters } from './types.ts';

const list = (xs: string[], word = 'or') =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${word} ${xs[xs.length - 1]}`;

/** Names of countries as the dataset calls them ("JP" -> "Japan"). */
export function countryNames(dataset: Dataset): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of dataset.actors) {
    if ((a.kind === 'country' || a.kind === 'bloc') && a.country) names.set(a.country, a.name);
  }
  for (const a of dataset.actors)
    if (a.country && !names.has(a.country)) names.set(a.country, a.country);
  return names;
}

/**
 * @example describeFilters(dataset, { ...EMPTY_FILTERS, countries: ['JP', 'CN'] })
 * // -> 'Showing: the actors of Japan and China, the relations among them, and events involving both'
 */
export function describeFilters(dataset: Dataset, f: Filters): string {
  if (isUnfiltered(f)) return 'Showing: everything in the articles';
  const names = countryNames(dataset);
  const parts: string[] = [];
  if (f.countries.length) {
    const who = list(
      f.countries.map((c) => names.get(c) ?? c),
      'and',
    );
    parts.push(
      f.countries.length === 1
        ? `the actors of ${who}, the relations among them, and events involving ${who}`
        : `the actors of ${who}, the relations among them, and events involving ${f.countries.length === 2 ? 'both' : 'all of them'}`,
    );
  }
  if (f.domains.length) parts.push(`${list(f.domains.map((d) => DOMAIN_LABELS[d]))} only`);
  if (f.kinds.length) parts.push(`actors: ${list(f.kinds.map((k) => kindLabel(k).toLowerCase()))}`);
  if (f.relationTypes.length)
    parts.push(`relations: ${list(f.relationTypes.map((t) => edgeStyle(t).label.toLowerCase()))}`);
  if (f.statuses.length) parts.push(`events ${list(f.statuses)}`);
  if (f.period) parts.push(`${f.period[0]} to ${f.period[1]}`);
  return `Showing: ${parts.join('; ')}`;
}

/**
 * How many relations and events each value of a facet would keep, the other facets as they are.
 * @example facetCounts(dataset, filters, 'domains', DOMAINS).get('space') // -> 3
 */
export function facetCounts<
  K extends 'domains' | 'countries' | 'kinds' | 'relationTypes' | 'statuses',
>(
  dataset: Dataset,
  f: Filters,
  facet: K,
  values: readonly Filters[K][number][],
): Map<Filters[K][number], number> {
  const out = new Map<Filters[K][number], number>();
  for (const v of values) {
    const kept = applyFilters(dataset, { ...f, [facet]: [v] });
    out.set(v, kept.relations.size + kept.events.size);
  }
  return out;
}
