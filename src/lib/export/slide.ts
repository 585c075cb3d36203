/**
 * The 16:9 slide: title and what it shows at the top, the stage's network (the briefing's own
 * layout, so labels never cross lines) with its legend beside it, the story's timeline strip
 * across the full width, sources and export date at the foot. One type scale: 24 px labels in
 * both pictures on a 1920-wide slide, nothing under 18 px. Pure: text is measured by the caller.
 */
import { computeStageNetwork } from '../briefing/stageNetwork.ts';
import { networkLayers, timelineLayers } from '../briefing/stageSvg.ts';
import { computeStageTimeline, shortTitle } from '../briefing/stageTimeline.ts';
import { edgeStyle, kindLabel, kindPath } from '../encoding/marks.ts';
import { paletteFor, rankCountryColors } from '../encoding/palette.ts';
import type { Dataset } from '../model/schema.ts';
import type { ExportContext } from './context.ts';
import { corpusPair } from './corpusName.ts';
import { EXPORT_FONT } from './frame.ts';
import { escapeXml, num } from './svgText.ts';
import { wrapText, type Measure } from './wrapText.ts';

export const SLIDE = { width: 1920, height: 1080, margin: 48, font: 24, small: 20, title: 44 };

export interface SlideInput {
  /** The whole dataset (colours, the corpus's pair). */
  dataset: Dataset;
  /** What the slide shows (the filtered subset). */
  shown: Dataset;
  context: ExportContext;
  measure: Measure;
  /** Actors the selection lights (none: all at full strength). */
  focus?: string[];
  /** A milestone to emphasise. */
  lit?: string | null;
}

interface Line {
  text: string;
  size: number;
  weight: number;
}

const lineHeight = (size: number) => Math.round(size * 1.3);

function drawLines(id: string, lines: Line[], x: number, top: number): string {
  let y = top;
  const out = lines.map((l) => {
    const t = `<text x="${num(x)}" y="${num(y + l.size)}" font-size="${l.size}"${l.weight !== 400 ? ` font-weight="${l.weight}"` : ''} fill="#000000">${escapeXml(l.text)}</text>`;
    y += lineHeight(l.size);
    return t;
  });
  return `<g id="${id}">${out.join('')}</g>`;
}

const height = (lines: Line[]) => lines.reduce((h, l) => h + lineHeight(l.size), 0);

/** The legend's rows for what the network shows: kinds, countries, relation types. */
function legendRows(dataset: Dataset, shown: Dataset) {
  const colors = rankCountryColors(dataset);
  const kinds = [...new Set(shown.actors.map((a) => a.kind))];
  const countries = paletteFor(
    shown.actors.map((a) => a.country),
    colors,
  ).map(({ country, color }) => ({
    color,
    name: country
      ? (dataset.actors.find((a) => a.kind === 'country' && a.country === country)?.name ?? country)
      : 'Other or none',
  }));
  const types = [...new Set(shown.relations.map((r) => r.type))];
  return [
    { heading: 'Actors' },
    ...kinds.map((k) => ({
      text: kindLabel(k),
      icon: `<path d="${kindPath(k, 10)}" fill="#ffffff" stroke="#000000" stroke-width="2"/>`,
    })),
    { heading: 'Countries' },
    ...countries.map((c) => ({
      text: c.name,
      icon: `<circle r="10" fill="${c.color}" stroke="#000000" stroke-width="1.5"/>`,
    })),
    { heading: 'Relations' },
    ...types.map((t) => {
      const s = edgeStyle(t);
      return {
        text: s.label,
        icon: `<line x1="-14" x2="14" stroke="#000000" stroke-width="3"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
      };
    }),
  ] as ({ heading: string } | { text: string; icon: string })[];
}

/**
 * @example buildSlide({ dataset, shown: dataset, context, measure }).width // -> 1920
 */
export function buildSlide(input: SlideInput): { svg: string; width: number; height: number } {
  const { dataset, shown, context, measure } = input;
  const { width, height: H, margin, font, small } = SLIDE;
  const inner = width - 2 * margin;
  const wrap = (text: string, size: number, weight: number): Line[] =>
    wrapText(text, inner, measure, size, weight).map((t) => ({ text: t, size, weight }));
  const header = [...wrap(context.title, SLIDE.title, 700), ...wrap(context.shown, small, 400)];
  // A long list of articles would crowd the picture out: past three lines it is counted, and the
  // file's description names them all.
  let sources = wrap(context.sources, 18, 400);
  if (sources.length > 3) {
    const n = shown.documents.length || dataset.documents.length;
    sources = wrap(`Sources: ${n} articles, each named in this file's description`, 18, 400);
  }
  const footer = [...sources, ...wrap(context.exported, 18, 400)].slice(0, 6);
  const top = margin + height(header) + 16;
  const footerTop = H - margin - height(footer);
  const bottom = footerTop - 16;
  const stripHeight = Math.max(font * 9, Math.round((bottom - top) * 0.34));
  const pictureBottom = bottom - stripHeight;
  // The legend beside the network, in as many columns as its rows need.
  const rows = legendRows(dataset, shown);
  const rowH = Math.round(small * 1.5);
  const perColumn = Math.max(1, Math.floor((pictureBottom - top) / rowH));
  const textWidth = (r: (typeof rows)[number]) =>
    'heading' in r ? measure(r.heading, small, 700) : 34 + measure(r.text, small, 400);
  const columns: (typeof rows)[] = [];
  for (let i = 0; i < rows.length;) {
    let column = rows.slice(i, i + perColumn);
    // A heading never ends a column: it moves on with its rows.
    while (column.length > 1 && 'heading' in column[column.length - 1])
      column = column.slice(0, -1);
    columns.push(column);
    i += column.length;
  }
  const columnWidths = columns.map((c) => Math.ceil(Math.max(...c.map(textWidth))) + 24);
  const legendWidth = columnWidths.reduce((a, b) => a + b, 0);
  const networkWidth = inner - legendWidth - 24;
  const net = computeStageNetwork(shown, {
    width: networkWidth,
    height: pictureBottom - top,
    font,
    measure,
    colors: rankCountryColors(dataset),
  });
  const pair = corpusPair(dataset)?.split('–') ?? [];
  const strip = computeStageTimeline(shown.events, {
    width: inner,
    height: stripHeight,
    font,
    measure,
    lit: input.lit ?? null,
    shorten: (t) => shortTitle(t, pair),
  });
  let lx = margin + networkWidth + 24;
  const legend = columns
    .map((column, c) => {
      const x0 = lx;
      lx += columnWidths[c];
      return column
        .map((r, i) => {
          const y = top + i * rowH + small;
          return 'heading' in r
            ? `<text x="${num(x0)}" y="${num(y)}" font-size="${small}" font-weight="700" fill="#000000">${escapeXml(r.heading)}</text>`
            : `<g transform="translate(${num(x0 + 14)},${num(y - small * 0.35)})">${r.icon}</g><text x="${num(x0 + 34)}" y="${num(y)}" font-size="${small}" fill="#000000">${escapeXml(r.text)}</text>`;
        })
        .join('');
    })
    .join('');
  const desc = [context.shown, context.sources, context.exported].join(' ');
  const body =
    drawLines('header', header, margin, margin) +
    `<g id="network" transform="translate(${margin},${num(top)})">${networkLayers(net, 'light', new Set(input.focus ?? []))}</g>` +
    `<g id="legend">${legend}</g>` +
    `<g id="timeline" transform="translate(${margin},${num(pictureBottom)})">${timelineLayers(strip, 'light')}</g>` +
    drawLines('footer', footer, margin, footerTop);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H}" viewBox="0 0 ${width} ${H}" font-family="${EXPORT_FONT}">` +
    `<title>${escapeXml(context.title)}</title><desc>${escapeXml(desc)}</desc>` +
    `<rect id="background" x="0" y="0" width="${width}" height="${H}" fill="#ffffff"/>${body}</svg>\n`;
  return { svg, width, height: H };
}
