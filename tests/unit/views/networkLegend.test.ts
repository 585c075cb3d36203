import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/lib/filters/applyFilters.ts';
import { EMPTY_FILTERS } from '../../../src/lib/filters/types.ts';
import {
  buildLegend,
  buildLegendRows,
  legendColumnWidth,
  placeLegendRows,
  shownLegend,
} from '../../../src/lib/views/networkLegend.ts';
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

describe('the legend rows', () => {
  const rows = buildLegendRows(legend);

  it('head each encoding and end with the two notes', () => {
    expect(rows.filter((r) => r.kind === 'head').map((r) => r.text)).toEqual([
      'Actor (shape)',
      'Country (colour)',
      'Relation (line)',
    ]);
    expect(rows.slice(-2).map((r) => r.text)).toEqual(['Size = mentions', 'Width = evidence']);
    expect(rows).toHaveLength(
      3 + legend.kinds.length + legend.countries.length + legend.types.length + 2,
    );
  });

  it('make a column as wide as the longest text, plus the sample and a margin', () => {
    const width = legendColumnWidth(rows, (t) => t.length * 7.5);
    expect(width).toBe(Math.ceil(Math.max(...rows.map((r) => r.text.length * 7.5))) + 48);
  });

  it('fill the first column top to bottom when it is tall enough', () => {
    const placed = placeLegendRows(rows, { x: 100, height: 2000, columnWidth: 150, fontSize: 14 });
    expect(placed[0]).toEqual({ row: rows[0], x: 100, y: 6 + 10 });
    expect(placed.every((p) => p.x === 100)).toBe(true);
    expect(placed[1].y - placed[0].y).toBe(Math.round(14 * 1.45));
  });

  it('put the rest in a second column that keeps its foot free', () => {
    const frame = { x: 0, height: 300, columnWidth: 150, fontSize: 14, reserveBottom: 60 };
    const placed = placeLegendRows(rows, frame);
    const second = placed.filter((p) => p.x === 150);
    expect(second.length).toBeGreaterThan(0);
    expect(second.length).toBeLessThanOrEqual((300 - 8 - 60) / Math.round(14 * 1.45));
    expect(placed.filter((p) => p.x === 0).length + second.length).toBe(rows.length);
  });
});
