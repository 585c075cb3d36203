/**
 * Colours for countries by rank: the countries a corpus mentions most get the Okabe–Ito
 * colour-blind-safe colours, in a fixed order (so the same corpus always gives the same
 * colours); the rest share a neutral grey, and shape and label still tell them apart. Every
 * view, export and legend reads colours from here.
 */
import type { Dataset } from '../model/schema.ts';
import { compareNames } from '../model/compareNames.ts';

/** Okabe–Ito, in the order ranks take them (the first two far apart). */
export const RANK_COLORS = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#009E73', // bluish green
  '#56B4E9', // sky blue
  '#E69F00', // orange
  '#F0E442', // yellow
];

/** Colour for actors with no country or one past the ranked colours. */
export const OTHER_COLOR = '#8C8C8C';

/** Country code -> colour for the countries that have one. */
export type CountryColors = ReadonlyMap<string, string>;

const cache = new WeakMap<Dataset['actors'], CountryColors>();

/**
 * The colour of each of the most-mentioned countries (every actor's mentions count for its
 * country; ties by code).
 * @example rankCountryColors(dataset).get('IN') // -> '#0072B2' when India is mentioned most
 */
export function rankCountryColors(dataset: Pick<Dataset, 'actors'>): CountryColors {
  const known = cache.get(dataset.actors);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const a of dataset.actors)
    if (a.country) counts.set(a.country, (counts.get(a.country) ?? 0) + a.mentions.length);
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || compareNames(x[0], y[0]));
  const colors = new Map(ranked.slice(0, RANK_COLORS.length).map(([c], i) => [c, RANK_COLORS[i]]));
  cache.set(dataset.actors, colors);
  return colors;
}

/**
 * The fill colour of an actor's country.
 * @example countryColor('JP', rankCountryColors(dataset)) // -> '#D55E00'
 */
export function countryColor(country: string | null, colors: CountryColors): string {
  return (country && colors.get(country)) || OTHER_COLOR;
}

/** The countries that have their own colour, in rank order, limited to those present. */
export function paletteFor(
  countries: Iterable<string | null>,
  colors: CountryColors,
): { country: string | null; color: string }[] {
  const present = new Set(countries);
  const own = [...colors.keys()].filter((c) => present.has(c));
  const rest = [...present].some((c) => !c || !colors.has(c));
  return [
    ...own.map((country) => ({ country, color: colors.get(country) as string })),
    ...(rest ? [{ country: null, color: OTHER_COLOR }] : []),
  ];
}
