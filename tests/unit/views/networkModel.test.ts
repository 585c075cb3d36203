import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/lib/filters/applyFilters.ts';
import { EMPTY_FILTERS } from '../../../src/lib/filters/types.ts';
import { buildLegend, shownLegend } from '../../../src/lib/views/networkModel.ts';
import { seedDataset } from '../helpers';

const dataset = seedDataset();
const legend = buildLegend(dataset);

describe('shownLegend', () => {
  it('lists only the countries, kinds and line styles the filters keep', () => {
    const kept = applyFilters(dataset, { ...EMPTY_FILTERS, countries: ['JP', 'CN'] });
    const shown = shownLegend(legend, dataset, kept);
    const keptActors = dataset.actors.filter((a) => kept.actors.has(a.id));
    expect(new Set(shown.countries.map((c) => c.country))).toEqual(
      new Set(keptActors.map((a) => a.country)),
    );
    expect(shown.countries.length).toBeLessThan(legend.countries.length);
    expect(new Set(shown.kinds.map((k) => k.kind))).toEqual(new Set(keptActors.map((a) => a.kind)));
    const keptTypes = new Set(
      dataset.relations.filter((r) => kept.relations.has(r.id)).map((r) => r.type),
    );
    for (const row of shown.types) expect(row.members.some((m) => keptTypes.has(m))).toBe(true);
    for (const type of keptTypes)
      expect(shown.types.some((row) => row.members.includes(type))).toBe(true);
  });

  it('keeps each country in the colour it has in the whole legend', () => {
    const kept = applyFilters(dataset, { ...EMPTY_FILTERS, countries: ['CN'] });
    const colour = new Map(legend.countries.map((c) => [c.country, c.color]));
    for (const c of shownLegend(legend, dataset, kept).countries)
      expect(c.color).toBe(colour.get(c.country));
  });

  it('is the whole legend when everything is kept', () => {
    const kept = applyFilters(dataset, EMPTY_FILTERS);
    expect(shownLegend(legend, dataset, kept)).toEqual(legend);
  });
});
