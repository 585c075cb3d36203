import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { exportContext } from '../../../src/lib/export/context.ts';
import { buildSlide } from '../../../src/lib/export/slide.ts';
import { slideTitle } from '../../../src/lib/export/slideTitle.ts';
import { applyFilters } from '../../../src/lib/filters/applyFilters.ts';
import { subsetDataset } from '../../../src/lib/filters/subsetDataset.ts';
import { EMPTY_FILTERS } from '../../../src/lib/filters/types.ts';
import { countryColor, rankCountryColors } from '../../../src/lib/encoding/palette.ts';
import { seedDataset } from '../helpers.ts';

const dataset = seedDataset();
/** Arial-like widths, the same on every machine. */
const measure = (text: string, size: number, weight: number) =>
  text.length * size * (weight >= 600 ? 0.6 : 0.54);
const date = new Date(Date.UTC(2026, 10, 23));

function slide(filters = EMPTY_FILTERS) {
  const shown = subsetDataset(dataset, applyFilters(dataset, filters));
  const context = exportContext({
    dataset,
    shown,
    description: 'Showing: everything in the articles',
    view: 'slide',
    date,
  });
  context.title = slideTitle(dataset, filters, shown);
  return buildSlide({ dataset, shown, context, measure });
}

/** The columns and rows of a rendering that hold anything but the white background. */
function inked(svg: string) {
  const image = new Resvg(svg, { font: { loadSystemFonts: true } }).render();
  const { width, height, pixels } = image;
  let [left, right, top, bottom] = [width, -1, height, -1];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (pixels[i] < 240 || pixels[i + 1] < 240 || pixels[i + 2] < 240) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  return { width, height, left, right, top, bottom };
}

describe('buildSlide', () => {
  const { svg, width, height } = slide();

  it('is a 1920x1080 picture whose content, rendered on its own (resvg), fills 85% of its width and touches no edge', () => {
    expect([width, height]).toEqual([1920, 1080]);
    const ink = inked(svg);
    expect([ink.width, ink.height]).toEqual([1920, 1080]);
    expect((ink.right - ink.left) / ink.width).toBeGreaterThanOrEqual(0.85);
    expect(ink.left).toBeGreaterThanOrEqual(24);
    expect(ink.right).toBeLessThanOrEqual(1920 - 24);
    expect(ink.top).toBeGreaterThanOrEqual(24);
    expect(ink.bottom).toBeLessThanOrEqual(1080 - 24);
  });

  it('has one type scale: no text under 18 px, network and timeline labels the same size', () => {
    const sizes = [...svg.matchAll(/<text [^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
    const size = (attr: string) => [
      ...new Set(
        [...svg.matchAll(new RegExp(`<text [^>]*font-size="([\\d.]+)"[^>]*${attr}`, 'g'))].map(
          (m) => m[1],
        ),
      ),
    ];
    expect(size('data-label-id')).toEqual(['24']);
    expect(size('data-milestone-label')).toEqual(['24']);
  });

  it('puts the legend beside the network and names every actor kind shown', () => {
    const legend = svg.match(/<g id="legend">(.*?)<\/g><g id="timeline"/)![1];
    for (const kind of ['Country', 'Person', 'Place']) expect(legend).toContain(`>${kind}<`);
    const legendX = Math.min(...[...legend.matchAll(/<text x="([\d.]+)"/g)].map((m) => +m[1]));
    const labelsRight = Math.max(
      ...[...svg.matchAll(/<text x="([\d.]+)"[^>]*data-label-id/g)].map((m) => +m[1]),
    );
    expect(legendX).toBeGreaterThan(labelsRight);
  });

  it("colours a filtered slide's actors as the whole dataset does (and as its legend says)", () => {
    const colors = rankCountryColors(dataset);
    const third = dataset.actors
      .filter((a) => a.kind === 'country')
      .sort((x, y) => y.mentions.length - x.mentions.length)[2];
    const filtered = slide({ ...EMPTY_FILTERS, countries: [third.country!] }).svg;
    const fill = new RegExp(`data-node-id="${third.id}"[^>]*fill="([^"]+)"`).exec(filtered)![1];
    expect(fill).toBe(countryColor(third.country, colors));
  });

  it('is titled from the corpus and the filters', () => {
    const [a, b] = dataset.actors
      .filter((x) => x.kind === 'country')
      .sort((x, y) => y.mentions.length - x.mentions.length);
    const years = dataset.events.flatMap((e) => (e.date ? [e.date.slice(0, 4)] : [])).sort();
    expect(svg).toContain(
      `<title>${a.name}–${b.name} security relations, ${years[0]}–${years.at(-1)}</title>`,
    );
    const filters = { ...EMPTY_FILTERS, countries: [b.country!], domains: ['maritime', 'cyber'] };
    expect(slide(filters as typeof EMPTY_FILTERS).svg).toMatch(
      new RegExp(`<title>${b.name}: maritime and cyber relations(, \\d{4}(–\\d{4})?)?</title>`),
    );
  });
});
