/** Towns as GeoNames spells them, found as English news spells them. */
import { describe, expect, it } from 'vitest';
import { CITY_STATES, townForms } from '../../../../src/lib/extract/lexicon/index.ts';

describe('town names as news writes them', () => {
  it.each([
    { geonames: 'Ţarţūs', news: 'Tartus' },
    { geonames: 'Kandahār', news: 'Kandahar' },
    { geonames: 'Ḩamāh', news: 'Hama' },
    { geonames: 'Ar Raqqah', news: 'Raqqa' },
  ])('$geonames is also $news', ({ geonames, news }) => {
    expect(townForms(geonames)).toContain(news);
  });

  it('places a town found by its news spelling in its state', () => {
    expect(CITY_STATES.get('Hama')).toContain('SY');
    expect(CITY_STATES.get('Kandahar')).toContain('AF');
  });

  it('never makes a form shorter than three letters', () => {
    expect(townForms('Al Ah').every((f) => f.length >= 3)).toBe(true);
  });
});
