/**
 * Build setting: the extractor ships countries-list's names and capitals only. The package's
 * module holds every country's native name, phone codes, currencies, languages and continent
 * too (about 9 kB gzipped that the extractor never reads: lexicon/index.ts takes `name` and
 * `capital`); the built worker gets a module with those two fields, from the same package
 * version, so Node (the CLI, the tests) and the browser read the same data.
 */
import { countries } from 'countries-list';
import type { Plugin } from 'vite';

/** The module countries-list resolves to for `import`. */
const MODULE = /[\\/]countries-list[\\/]mjs[\\/]index\.js$/;

/**
 * The module's code with each country's name and capital only.
 * @example slimCountriesModule().startsWith('export const countries = {') // -> true
 */
export function slimCountriesModule(): string {
  const slim: Record<string, { name: string; capital: string }> = {};
  for (const [iso, c] of Object.entries(countries))
    slim[iso] = { name: c.name, capital: c.capital };
  return `export const countries = ${JSON.stringify(slim)};\n`;
}

/**
 * @example worker: { plugins: () => [slimCountries()] }
 */
export function slimCountries(): Plugin {
  return {
    name: 'tieline-slim-countries',
    apply: 'build',
    transform(_code, id) {
      return MODULE.test(id) ? { code: slimCountriesModule(), map: null } : null;
    },
  };
}
