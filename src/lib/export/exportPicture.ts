/**
 * What the Export menus call: the current view (or the slide) as a standalone SVG with its
 * context, PNG at a scale, or the data behind the view as CSV or JSON. Runs in the browser.
 */
import { cachedMeasure } from '../dom/cachedMeasure.ts';
import type { Dataset } from '../model/schema.ts';
import { auditSvg } from './auditSvg.ts';
import { cloneForExport } from './cloneForExport.ts';
import { exportContext, type ExportView } from './context.ts';
import { datasetToCsv, type CsvTable } from './csv.ts';
import { saveFile } from './download.ts';
import { exportFileName } from './fileName.ts';
import { EXPORT_FONT, frameView } from './frame.ts';
import { buildSlide } from './slide.ts';
import { svgToPng } from './rasterize.ts';
import type { Measure } from './wrapText.ts';

/** Where the views' pictures are in the page (the interaction layers are separate SVGs). */
const SELECTORS: Record<'network' | 'timeline', string> = {
  network: '[data-view="network"] svg.drawing',
  timeline: '[data-view="timeline"] svg.chart',
};

const measure: Measure = cachedMeasure(EXPORT_FONT);

export interface ExportRequest {
  dataset: Dataset;
  /** The filtered subset the views show. */
  shown: Dataset;
  description: string;
  /** A file-name slug for the filters ("all", "maritime-japan"). */
  slug: string;
  step?: string | null;
  date?: Date;
  /** The slide's title as the user edited it (default: from the filters and period). */
  title?: string;
  /** Actors and the milestone the selection lights, drawn lit on the slide. */
  focus?: string[];
  lit?: string | null;
}

/** The SVG document of a view or of the slide, as a string with its size. */
export function buildPicture(view: ExportView, request: ExportRequest) {
  const date = request.date ?? new Date();
  const context = exportContext({ ...request, view, date });
  if (request.title?.trim()) context.title = request.title.trim();
  const find = (v: 'network' | 'timeline') => {
    const svg = document.querySelector<SVGSVGElement>(SELECTORS[v]);
    if (!svg) throw new Error(`the ${v} is not on screen to export`);
    return svg;
  };
  // The slide is drawn from the data with the briefing stage's layout, not copied from the
  // screen: its type scale and label placement are the slide's own, whatever the window size.
  if (view === 'slide')
    return buildSlide({
      dataset: request.dataset,
      shown: request.shown,
      context,
      measure,
      focus: request.focus,
      lit: request.lit,
    });
  return frameView(cloneForExport(find(view), view), context, measure);
}

/** A performance entry per export (`tieline:export:network-svg`), read by `npm run bench`. */
function measured(what: string, started: number, bytes: number) {
  performance.measure(`tieline:export:${what}`, { start: started, detail: { bytes } });
}

/** Builds and saves the picture; returns the file name. */
export async function exportPicture(
  view: ExportView,
  format: 'svg' | 'png',
  request: ExportRequest,
  scale = 1,
): Promise<string> {
  const date = request.date ?? new Date();
  const started = performance.now();
  const picture = buildPicture(view, { ...request, date });
  // Never hand out a file that could run code or only render inside the app.
  const problems = auditSvg(picture.svg);
  if (problems.length) throw new Error(`the picture still holds ${problems.join(', ')}`);
  if (format === 'svg') {
    const name = exportFileName(view, request.slug, date, 'svg');
    saveFile(new Blob([picture.svg], { type: 'image/svg+xml' }), name);
    measured(`${view}-svg`, started, picture.svg.length);
    return name;
  }
  const name = exportFileName(view, request.slug, date, 'png', scale);
  const png = await svgToPng(picture.svg, picture.width, picture.height, scale);
  saveFile(png, name);
  measured(`${view}-png-${scale}x`, started, png.size);
  return name;
}

/** Saves one table of the shown data as CSV, or all of it as JSON in the dataset schema. */
export function exportData(table: CsvTable | 'json', request: ExportRequest): string {
  const date = request.date ?? new Date();
  if (table === 'json') {
    const name = exportFileName('data', request.slug, date, 'json');
    const json = JSON.stringify(request.shown, null, 2) + '\n';
    saveFile(new Blob([json], { type: 'application/json' }), name);
    return name;
  }
  const name = exportFileName(table, request.slug, date, 'csv');
  saveFile(
    new Blob([datasetToCsv(request.shown, table)], { type: 'text/csv;charset=utf-8' }),
    name,
  );
  return name;
}
