import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/lib/filters/applyFilters.ts';
import { EMPTY_FILTERS } from '../../../src/lib/filters/types.ts';
import {
  buildLegend,
  buildLegendRows,
  legendColumnWidth,
  placeLegend,
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

describe('placeLegend: its own area, or folded behind a button when the view is narrow', () => {
  // 29 rows, the longest 'Country (colour)' (16 characters): columns of 16 * 6 + 48 = 144 px.
  const rows = buildLegendRows(legend).slice(0, 2);
  const many = Array.from({ length: 29 }, (_, i) => rows[i % 2]);
  const measure = () => 96;
  const frame = { height: 270, top: 40, fontSize: 12 };
  const place = (width: number, open: boolean) =>
    placeLegend(many, { ...frame, width, open }, measure);
  const cases = [
    // The corpus at 1024x768: 984 px without the details panel, 630 px with it.
    { name: 'a wide view keeps it beside the plot', width: 984, open: false, folded: false },
    { name: 'a narrow view folds it shut', width: 630, open: false, folded: true },
    { name: 'a narrow view opened draws it over the plot', width: 630, open: true, folded: true },
  ];
  for (const c of cases)
    it(c.name, () => {
      const area = place(c.width, c.open);
      expect(area.columnWidth).toBe(144);
      expect(area.folded).toBe(c.folded);
      if (!c.folded) {
        expect(area.reserve).toBe(2 * 144 + 8);
        expect(area.shown).toEqual({ x: 984 - 296 + 8, y: 0, height: 270, width: 296 });
      } else expect(area.reserve).toBe(0);
      if (c.folded && !c.open) expect(area.shown).toBeNull();
      if (c.folded && c.open) {
        const shown = area.shown!;
        // Below the controls strip, inside the view, in as many columns as its height needs.
        expect(shown.y).toBe(40);
        expect(shown.height).toBe(230);
        expect(shown.x + shown.width - 8).toBeLessThanOrEqual(630);
        expect(shown.x).toBeGreaterThanOrEqual(0);
      }
    });

  it('folds on the frame alone: opening it never changes the plot', () => {
    expect(place(630, true).reserve).toBe(place(630, false).reserve);
  });
});
