/**
 * The "Showing: ..." line: what the filters keep, in words, so a briefer's audience knows what
 * the picture leaves out.
 */
import type { Dataset } from '../model/schema.ts';
import { DOMAIN_LABELS } from '../model/vocabulary.ts';
import { edgeStyle, kindLabel } from '../encoding/marks.ts';
import { formatPeriod } from '../layout/timeline/timelineFormat.ts';
import { isUnfiltered } from './applyFilters.ts';
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
 * // -> 'Showing: what involves Japan or China, with the other side'
 */
export function describeFilters(dataset: Dataset, f: Filters): string {
  if (isUnfiltered(f)) return 'Showing: everything in the articles';
  const parts: string[] = [];
  if (f.countries.length) {
    // Only then: at 100x, the names of 2,000 actors took half a millisecond of every filter.
    const names = countryNames(dataset);
    const chosen = f.countries.map((c) => names.get(c) ?? c);
    const both = f.countries.length === 2 ? 'both' : 'all of them';
    parts.push(
      f.betweenOnly && f.countries.length > 1
        ? `the actors of ${list(chosen, 'and')}, the relations among them, and events involving ${both}`
        : f.betweenOnly
          ? `the actors of ${chosen[0]}, the relations among them, and events involving ${chosen[0]}`
          : `what involves ${list(chosen)}, with the other side`,
    );
  }
  if (f.domains.length) parts.push(`${list(f.domains.map((d) => DOMAIN_LABELS[d]))} only`);
  if (f.kinds.length) parts.push(`actors: ${list(f.kinds.map((k) => kindLabel(k).toLowerCase()))}`);
  if (f.relationTypes.length)
    parts.push(`relations: ${list(f.relationTypes.map((t) => edgeStyle(t).label.toLowerCase()))}`);
  if (f.statuses.length) parts.push(`events ${list(f.statuses)}`);
  // The period in the same words as the timeline's "Period:" line.
  if (f.period) parts.push(formatPeriod(f.period));
  return `Showing: ${parts.join('; ')}`;
}
