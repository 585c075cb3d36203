/**
 * The slide's default title, from what it shows: the countries filtered on (or the corpus's
 * pair), the domains, the period. The user can edit it before exporting.
 */
import type { Filters } from '../filters/types.ts';
import { DOMAIN_LABELS } from '../model/vocabulary.ts';
import type { Dataset } from '../model/schema.ts';
import { corpusPair } from './corpusName.ts';

const years = (dataset: Pick<Dataset, 'events'>): string | null => {
  const ys = dataset.events.flatMap((e) => (e.date ? [e.date.slice(0, 4)] : [])).sort();
  if (!ys.length) return null;
  return ys[0] === ys.at(-1) ? ys[0] : `${ys[0]}–${ys.at(-1)}`;
};

const list = (words: string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/**
 * @example slideTitle(dataset, { ...EMPTY_FILTERS, countries: ['CN'], domains: ['maritime', 'cyber'] }, shown)
 *   // -> 'China: maritime and cyber relations, 2018–2024'
 */
export function slideTitle(dataset: Dataset, filters: Filters, shown: Dataset): string {
  const names = new Map(
    dataset.actors.filter((a) => a.kind !== 'person' && a.country).map((a) => [a.country!, a]),
  );
  for (const a of dataset.actors) if (a.kind === 'country' && a.country) names.set(a.country, a);
  const subject = filters.countries.length
    ? list(filters.countries.map((c) => names.get(c)?.name ?? c))
    : (corpusPair(dataset) ?? 'Security');
  const domains = filters.domains.length
    ? `${list(filters.domains.map((d) => DOMAIN_LABELS[d].toLowerCase()))} relations`
    : 'security relations';
  const period = filters.period
    ? [filters.period[0].slice(0, 4), filters.period[1].slice(0, 4)]
        .filter((y, i, all) => i === 0 || y !== all[0])
        .join('–')
    : years(shown);
  // A title the overlay sets names the corpus when no country or domain narrows it.
  const what = filters.countries.length
    ? `${subject}: ${domains}`
    : dataset.title && !filters.domains.length
      ? dataset.title
      : `${subject} ${domains}`;
  return period ? `${what}, ${period}` : what;
}
