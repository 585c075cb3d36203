/** The extractor worker's copy of countries-list: every country's name and capital, nothing else. */
import { describe, expect, it } from 'vitest';
import { countries } from 'countries-list';
import { slimCountries, slimCountriesModule } from '../../../src/lib/build/slimCountries.ts';

/** The module's data, read back from its code. */
function slimData(): Record<string, Record<string, unknown>> {
  const code = slimCountriesModule();
  return JSON.parse(code.replace(/^export const countries = /, '').replace(/;\s*$/, ''));
}

describe('slimCountries', () => {
  it('keeps every country the package lists, with its name and capital as the package has them', () => {
    const slim = slimData();
    expect(Object.keys(slim).sort()).toEqual(Object.keys(countries).sort());
    expect(slim.IN).toEqual({ name: 'India', capital: 'New Delhi' });
    for (const [iso, c] of Object.entries(countries))
      expect(slim[iso]).toEqual({ name: c.name, capital: c.capital });
  });

  it('drops the fields the extractor never reads (phone codes, currencies, languages)', () => {
    const fields = new Set(Object.values(slimData()).flatMap((c) => Object.keys(c)));
    expect([...fields].sort()).toEqual(['capital', 'name']);
  });

  it('replaces only the package’s module, and only in a build', () => {
    const plugin = slimCountries();
    expect(plugin.apply).toBe('build');
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform('x', '/p/node_modules/countries-list/mjs/index.js')?.code).toBe(
      slimCountriesModule(),
    );
    expect(transform('x', '/p/node_modules/i18n-iso-countries/index.js')).toBeNull();
  });
});
