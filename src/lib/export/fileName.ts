/**
 * Export file names that say what they hold: `tieline-network-japan-maritime-2026-11-23.svg`.
 */
import { countryNames } from '../filters/describeFilters.ts';
import type { Filters } from '../filters/types.ts';
import type { Dataset } from '../model/schema.ts';

/** What is exported: a view, the 16:9 slide, or a table of the data behind the view. */
export type ExportSubject =
  'network' | 'timeline' | 'slide' | 'actors' | 'relations' | 'events' | 'data';

const MAX_SLUG = 60;

const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The filters in a few words for a file name; "all" when nothing is filtered.
 * @example filterSlug(dataset, { ...EMPTY_FILTERS, countries: ['JP'], domains: ['maritime'] })
 * // -> 'maritime-japan'
 */
export function filterSlug(dataset: Dataset, filters: Filters): string {
  const names = countryNames(dataset);
  const period = filters.period
    ? filters.period[0].slice(0, 4) === filters.period[1].slice(0, 4)
      ? filters.period[0].slice(0, 4)
      : `${filters.period[0].slice(0, 4)}-${filters.period[1].slice(0, 4)}`
    : '';
  const words = [
    ...filters.domains,
    ...filters.countries.map((c) => names.get(c) ?? c),
    ...filters.kinds,
    ...filters.relationTypes,
    ...filters.statuses,
    period,
    filters.query ? `search ${filters.query}` : '',
  ];
  const slug = slugify(words.filter(Boolean).join(' '));
  if (!slug) return 'all';
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG);
}

/** The day as YYYY-MM-DD in the user's own time zone (the day they exported it). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * @example exportFileName('network', 'maritime-japan', new Date('2026-11-23'), 'png', 2)
 * // -> 'tieline-network-maritime-japan-2026-11-23@2x.png'
 */
export function exportFileName(
  subject: ExportSubject,
  slug: string,
  date: Date,
  extension: 'svg' | 'png' | 'csv' | 'json',
  scale?: number,
): string {
  const suffix = scale ? `@${scale}x` : '';
  return `tieline-${subject}-${slug}-${localDay(date)}${suffix}.${extension}`;
}
