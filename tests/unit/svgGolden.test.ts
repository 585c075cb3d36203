/**
 * The pictures pinned as text (Observable Plot's habit): for each seed alone and for the whole
 * folder, the network and the timeline are laid out and rendered to SVG on the server, in a
 * fixed frame with a fixed text measure, and compared with the committed file in
 * tests/golden/svg/. A mismatch writes `<name>-changed.svg` beside it (gitignored) to diff or
 * open; `npm run golden:svg` rewrites the goldens (review with `git diff tests/golden/svg`).
 * The time zone is pinned to UTC (vite.config.ts), so dates fall on the same day everywhere.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import NetworkDrawing from '../../src/components/network/NetworkDrawing.svelte';
import NetworkLegend from '../../src/components/network/NetworkLegend.svelte';
import TimelineChart from '../../src/components/timeline/TimelineChart.svelte';
import { computeNetworkLayout } from '../../src/lib/layout/networkLayout.ts';
import { computeTimelineLayout } from '../../src/lib/layout/timeline/timelineLayout.ts';
import type { MeasureText } from '../../src/lib/layout/timeline/timelineTypes.ts';
import type { Dataset } from '../../src/lib/model/schema.ts';
import { dataEnd } from '../../src/lib/model/period.ts';
import { pickDrawnNetwork, pickTop } from '../../src/lib/views/levelOfDetail.ts';
import {
  buildLegend,
  buildLegendRows,
  legendColumnWidth,
} from '../../src/lib/views/networkLegend.ts';
import { buildNetworkModel } from '../../src/lib/views/networkModel.ts';
import { edgesSvg } from '../../src/lib/views/edgesSvg.ts';
import { DIMMED } from '../../src/lib/views/markStrength.ts';
import { edgeMarks } from '../../src/lib/views/paintEdges.ts';
import { GOLDEN_DIR, buildGoldens } from './golden.ts';

const SVG_DIR = join(GOLDEN_DIR, 'svg');
const UPDATE = process.env.TIELINE_UPDATE_SVG === '1';
const WIDTH = 1280;
const HEIGHT = 640;
const FONT_SIZE = 16;

/** A text measure that is the same on every machine (no fonts involved): Arial-like widths. */
const measure: MeasureText = (text, size, weight = 400) =>
  Math.round(text.length * size * (weight >= 600 ? 0.6 : 0.54) * 100) / 100;

/** Server output without what says nothing about the picture: hydration marks, scoped classes. */
const clean = (html: string) =>
  html
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
    .replace(/ class=""/g, '')
    .replace(/>\s*</g, '>\n<')
    .trim();

function networkSvg(dataset: Dataset): string {
  const rows = buildLegendRows(buildLegend(dataset));
  const column = legendColumnWidth(rows, (t) => measure(t, FONT_SIZE - 2, 700));
  const plotWidth = WIDTH - 2 * column - 8;
  const drawn = pickDrawnNetwork(dataset);
  const labelWidth = (a: { kind: string }, text: string) =>
    measure(text, FONT_SIZE, a.kind === 'country' ? 700 : 500) + 6;
  const layout = computeNetworkLayout(drawn.actors, drawn.relations, {
    width: plotWidth,
    height: HEIGHT,
    labelSize: (a) => ({ width: labelWidth(a, a.name), height: FONT_SIZE + 6 }),
  });
  const model = buildNetworkModel(dataset, layout, {});
  const drawing = render(NetworkDrawing, {
    props: {
      nodes: model.nodes,
      frame: { x: 0, y: 0, width: plotWidth, height: HEIGHT },
      labelWidth,
      highlight: null,
      keep: null,
      fontSize: FONT_SIZE,
    },
  }).body;
  // The relations, painted on a canvas on screen, go where export writes them (cloneForExport.ts).
  const edges = edgesSvg(edgeMarks(model.edges, { highlight: null, keep: null, dimmed: DIMMED }));
  const picture = drawing.replace(
    /(<g id="links" data-on-canvas="">)(<\/g>)/,
    (_, open: string, close: string) => open + edges + close,
  );
  expect(picture, 'the drawing has a place for the relations').not.toBe(drawing);
  const legend = render(NetworkLegend, {
    props: {
      rows,
      area: {
        reserve: WIDTH - plotWidth,
        folded: false,
        shown: { x: plotWidth + 8, y: 0, height: HEIGHT, width: WIDTH - plotWidth },
        columnWidth: column,
      },
      fontSize: FONT_SIZE - 2,
    },
  }).body;
  return clean(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="Arial">` +
      `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>${picture}${legend}</svg>`,
  );
}

function timelineSvg(dataset: Dataset): string {
  const events = pickTop(dataset.events, (e) => e.evidence.length);
  const layout = computeTimelineLayout(events, {
    width: WIDTH,
    height: HEIGHT,
    measure,
    now: dataEnd(dataset),
    fontSize: FONT_SIZE,
    toolbar: { width: 0, height: 0 },
    period: null,
  });
  const body = render(TimelineChart, {
    props: { layout, label: 'Timeline of milestones', lit: null, selected: null },
  }).body;
  return clean(body.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg" font-family="Arial"'));
}

/** Compares with the golden (or writes it); a mismatch leaves `-changed.svg` to look at. */
function matchGolden(name: string, svg: string) {
  const file = join(SVG_DIR, `${name}.svg`);
  const changed = join(SVG_DIR, `${name}-changed.svg`);
  const text = `${svg}\n`;
  if (UPDATE || !existsSync(file)) {
    writeFileSync(file, text);
    rmSync(changed, { force: true });
    return;
  }
  const golden = readFileSync(file, 'utf8');
  if (golden === text) rmSync(changed, { force: true });
  else writeFileSync(changed, text);
  expect(
    golden === text,
    `${name}.svg changed: see tests/golden/svg/${name}-changed.svg (npm run golden:svg to accept)`,
  ).toBe(true);
}

describe('the pictures as SVG text', () => {
  it('run in UTC', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('UTC');
    expect(new Date(2020, 5, 15).getTimezoneOffset()).toBe(0);
  });

  for (const [file, dataset] of buildGoldens()) {
    const name = file.replace(/\.json$/, '');
    it(`${name}: the network`, () => matchGolden(`${name}-network`, networkSvg(dataset)));
    it(`${name}: the timeline`, () => matchGolden(`${name}-timeline`, timelineSvg(dataset)));
  }
});
