/**
 * The network's legend as plain data: entries for what the dataset holds (and what the filters
 * keep), the rows in the order drawn, the width of a column, and where each row goes. The view
 * sizes its plot from legendColumnWidth and NetworkLegend draws placeLegendRows: one list of
 * rows for both.
 */
import { paletteFor, rankCountryColors } from '../encoding/palette.ts';
import { edgeStyle, kindLabel, kindPath, type EdgeStyle } from '../encoding/marks.ts';
import type { Dataset } from '../model/schema.ts';
import {
  ACTOR_KINDS,
  RELATION_TYPES,
  type ActorKind,
  type RelationType,
} from '../model/vocabulary.ts';

export interface Legend {
  kinds: { kind: ActorKind; label: string; path: string }[];
  countries: { country: string | null; label: string; color: string }[];
  /** One row per line style; `members` are the relation types drawn with it. */
  types: { type: RelationType; members: RelationType[]; style: EdgeStyle }[];
}

/** Legend entries for what a dataset contains. */
export function buildLegend(dataset: Dataset): Legend {
  const kinds = new Set(dataset.actors.map((a) => a.kind));
  const types = new Set(dataset.relations.map((r) => r.type));
  const names = new Map(
    dataset.actors
      .filter((a) => a.kind === 'country' || a.kind === 'bloc')
      .map((a) => [a.country, a.name]),
  );
  return {
    kinds: ACTOR_KINDS.filter((k) => kinds.has(k)).map((kind) => ({
      kind,
      label: kindLabel(kind),
      path: kindPath(kind, 7),
    })),
    countries: paletteFor(
      dataset.actors.map((a) => a.country),
      rankCountryColors(dataset),
    ).map(({ country, color }) => ({
      country,
      label: country ? (names.get(country) ?? country) : 'Other / none',
      color,
    })),
    // Types drawn alike (office held, member of, located in) share one legend row.
    types: RELATION_TYPES.filter((t) => types.has(t)).reduce<Legend['types']>((rows, type) => {
      const style = edgeStyle(type);
      const same = rows.find(
        (r) =>
          r.style.dash === style.dash &&
          r.style.color === style.color &&
          r.style.arrow === style.arrow,
      );
      if (same) {
        same.style = { ...same.style, label: 'Affiliation' };
        same.members.push(type);
      } else rows.push({ type, members: [type], style });
      return rows;
    }, []),
  };
}

/**
 * The legend rows for what the filters keep, with the colours of the whole legend (a country
 * keeps its colour whatever is filtered).
 * @example shownLegend(legend, dataset, kept).countries.map((c) => c.label) // -> ['Japan', 'China']
 */
export function shownLegend(
  legend: Legend,
  dataset: Dataset,
  kept: { actors: ReadonlySet<string>; relations: ReadonlySet<string> },
): Legend {
  const kinds = new Set<string>();
  const countries = new Set<string | null>();
  for (const a of dataset.actors)
    if (kept.actors.has(a.id)) {
      kinds.add(a.kind);
      countries.add(a.country);
    }
  // A relation type is in or out of the legend: the search stops once every type is found (at
  // 100x, after a few dozen of 10,000 relations rather than at the end, on every filter).
  const members = new Set(legend.types.flatMap((t) => t.members));
  const types = new Set<string>();
  for (const r of dataset.relations) {
    if (types.size === members.size) break;
    if (members.has(r.type) && kept.relations.has(r.id)) types.add(r.type);
  }
  return {
    kinds: legend.kinds.filter((k) => kinds.has(k.kind)),
    countries: legend.countries.filter((c) => countries.has(c.country)),
    types: legend.types.filter((t) => t.members.some((m) => types.has(m))),
  };
}

/** One line of the legend, in the order drawn. */
export type LegendRow =
  | { kind: 'head'; text: string }
  | { kind: 'shape'; text: string; path: string }
  | { kind: 'swatch'; text: string; color: string }
  | { kind: 'line'; text: string; dash: string; color: string; arrow: boolean }
  | { kind: 'note'; text: string };

/**
 * The legend's rows: a heading per encoding, its entries, and the two notes on size and width.
 * @example buildLegendRows(legend)[0] // -> { kind: 'head', text: 'Actor (shape)' }
 */
export function buildLegendRows(legend: Legend): LegendRow[] {
  return [
    { kind: 'head', text: 'Actor (shape)' },
    ...legend.kinds.map((k) => ({ kind: 'shape' as const, text: k.label, path: k.path })),
    { kind: 'head', text: 'Country (colour)' },
    ...legend.countries.map((c) => ({ kind: 'swatch' as const, text: c.label, color: c.color })),
    { kind: 'head', text: 'Relation (line)' },
    ...legend.types.map((t) => ({
      kind: 'line' as const,
      text: t.style.label,
      dash: t.style.dash,
      color: t.style.color,
      arrow: t.style.arrow,
    })),
    { kind: 'note', text: 'Size = mentions' },
    { kind: 'note', text: 'Width = evidence' },
  ];
}

/** A sample (shape, swatch or line) and the gap after it, before the text. */
const SAMPLE_WIDTH = 36;

/**
 * One legend column as wide as its longest row (measured bold, the widest it is drawn), plus
 * the sample before the text and a margin. Computed on the whole legend, so filtering never
 * changes the plot's size (and never moves an actor).
 * @example legendColumnWidth(rows, (t) => t.length * 8) // -> longest text * 8 + 48
 */
export function legendColumnWidth(rows: readonly LegendRow[], measure: (text: string) => number) {
  return Math.ceil(Math.max(...rows.map((r) => measure(r.text)))) + SAMPLE_WIDTH + 12;
}

/**
 * How many columns the legend needs to show every row in `height` px: two, or more when a short
 * frame (1280x720 with a corpus's countries) would cut the list off.
 * @example legendColumns(30, 250, 12) // -> 3
 */
export function legendColumns(rows: number, height: number, fontSize: number): number {
  const perColumn = Math.max(4, Math.floor((height - 8) / Math.round(fontSize * 1.45)));
  return Math.max(2, Math.ceil(rows / perColumn));
}

export interface LegendFrame {
  /** Left edge and available height, in px. */
  x: number;
  height: number;
  columnWidth: number;
  fontSize: number;
  /** Height kept free at the bottom of the second column, in px. */
  reserveBottom?: number;
}

/**
 * Where each row goes: rows fill the first column top to bottom, then the second, which keeps
 * its foot free. `x`, `y` are the sample's left edge and the row's middle.
 * @example placeLegendRows(rows, { x: 800, height: 400, columnWidth: 160, fontSize: 14 })[0] // -> { row, x: 800, y: 16 }
 */
export function placeLegendRows(rows: readonly LegendRow[], frame: LegendFrame) {
  const { x, height, columnWidth, fontSize, reserveBottom = 0 } = frame;
  const rowHeight = Math.round(fontSize * 1.45);
  const fit = Math.floor((height - 8) / rowHeight);
  // Two columns keep the second one's foot free; more (legendColumns) fill each column.
  const perColumn = Math.max(
    4,
    fit,
    rows.length <= 2 * fit ? Math.ceil(rows.length - (height - 8 - reserveBottom) / rowHeight) : 0,
  );
  return rows.map((row, i) => ({
    row,
    x: x + Math.floor(i / perColumn) * columnWidth,
    y: 6 + (i % perColumn) * rowHeight + rowHeight / 2,
  }));
}

export interface LegendArea {
  /** Width kept for the legend right of the plot, px (0 when folded). */
  reserve: number;
  /** Behind a button: the legend would have taken more than a third of the view. */
  folded: boolean;
  /** Where it is drawn (left edge of its first column, top, height, width); null when folded shut. */
  shown: { x: number; y: number; height: number; width: number } | null;
  /** One column's width (legendColumnWidth). */
  columnWidth: number;
}

/**
 * Where the legend goes: its own area right of the plot; or, when that would take more than a
 * third of the view (1024 px wide with the details open, the corpus's plot was about 290x170 px
 * beside it), folded behind a button and drawn over the plot's right side, below the controls
 * strip, while open. Folded or not depends on the frame only, so opening it never moves an actor.
 * @example placeLegend(rows, { width: 630, height: 270, top: 40, fontSize: 12, open: false }, measure).folded // -> true
 */
export function placeLegend(
  rows: readonly LegendRow[],
  o: {
    width: number;
    height: number;
    /** The controls strip's height: an open folded legend starts below it. */
    top: number;
    fontSize: number;
    open: boolean;
  },
  measure: (text: string) => number,
): LegendArea {
  const columnWidth = legendColumnWidth(rows, measure);
  const full = legendColumns(rows.length, o.height, o.fontSize) * columnWidth + 8;
  if (full <= o.width / 3) {
    const x = Math.max(200, o.width - full) + 8;
    return {
      reserve: full,
      folded: false,
      shown: { x, y: 0, height: o.height, width: full },
      columnWidth,
    };
  }
  if (!o.open) return { reserve: 0, folded: true, shown: null, columnWidth };
  const height = Math.max(0, o.height - o.top);
  const width = legendColumns(rows.length, height, o.fontSize) * columnWidth + 8;
  const x = Math.max(8, o.width - width + 8);
  return { reserve: 0, folded: true, shown: { x, y: o.top, height, width }, columnWidth };
}
