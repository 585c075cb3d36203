/**
 * Colours for countries: the Okabe–Ito colour-blind-safe palette, Japan and India far apart
 * (vermillion and blue). Countries past the palette share a neutral grey; shape and label still
 * tell them apart. Every export and legend reads colours from here.
 */

const BY_COUNTRY: Record<string, string> = {
  JP: '#D55E00', // vermillion
  IN: '#0072B2', // blue
  CN: '#CC79A7', // reddish purple
  RU: '#009E73', // bluish green
  US: '#56B4E9', // sky blue
  EU: '#E69F00', // orange
  LK: '#F0E442', // yellow
};

/** Colour for actors with no country or one outside the palette. */
export const OTHER_COLOR = '#8C8C8C';

/**
 * The fill colour of an actor's country.
 * @example countryColor('JP') // -> '#D55E00'
 */
export function countryColor(country: string | null): string {
  return (country && BY_COUNTRY[country]) || OTHER_COLOR;
}

/** The countries that have their own colour, in legend order, limited to those present. */
export function paletteFor(
  countries: Iterable<string | null>,
): { country: string | null; color: string }[] {
  const present = new Set(countries);
  const own = Object.keys(BY_COUNTRY).filter((c) => present.has(c));
  const rest = [...present].some((c) => !c || !BY_COUNTRY[c]);
  return [
    ...own.map((country) => ({ country, color: BY_COUNTRY[country] })),
    ...(rest ? [{ country: null, color: OTHER_COLOR }] : []),
  ];
}
