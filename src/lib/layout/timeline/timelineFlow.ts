/**
 * Things laid out like words in a paragraph: the legend's items and the undated events' chips,
 * left to right, wrapping onto new rows.
 */
import type { TielineEvent } from '../../model/schema.ts';
import { leastWidth, truncateText } from './timelineText.ts';
import type {
  LegendItem,
  LegendSymbol,
  MeasureText,
  TimelineChip,
  TimelineOptions,
} from './timelineTypes.ts';

/** What each symbol means; the legend's own words. */
export const LEGEND: { symbol: LegendSymbol; text: string }[] = [
  { symbol: 'span', text: 'Known to year/month' },
  { symbol: 'point', text: 'Exact day' },
  { symbol: 'hollow', text: 'Planned' },
  { symbol: 'filled', text: 'Occurred' },
  { symbol: 'ongoing', text: 'Ongoing' },
];

/** Added to the legend when a drawn date comes from an analyst rather than an article. */
export const ANALYST_LEGEND: { symbol: LegendSymbol; text: string } = {
  symbol: 'analyst',
  text: 'Analyst date',
};

// Tight enough that the six entries still fit beside the toolbar at 1280 px.
export const LEGEND_ICON = 24;
const ICON_GAP = 5;
const ITEM_GAP = 12;
/** Between the toolbar and a legend beside it. */
const BESIDE_GAP = 20;

/**
 * The legend: one row right-aligned beside the caller's toolbar when it fits there, else rows
 * below the toolbar. Returns the items and the height of the header band.
 * @example flowLegend(14, measure, 1920, 8, { width: 400, height: 36 }).height // -> 36
 * (`entries` defaults to LEGEND; the layout adds ANALYST_LEGEND when it draws such a date)
 */
export function flowLegend(
  fontSize: number,
  measure: MeasureText,
  width: number,
  pad: number,
  toolbar: NonNullable<TimelineOptions['toolbar']>,
  entries: { symbol: LegendSymbol; text: string }[] = LEGEND,
): { items: LegendItem[]; height: number } {
  const rowH = Math.round(fontSize * 1.2 + 8);
  const sizes = entries.map((l) => LEGEND_ICON + ICON_GAP + measure(l.text, fontSize));
  const total = sizes.reduce((a, b) => a + b, 0) + ITEM_GAP * (sizes.length - 1);
  const beside = toolbar.width > 0 ? toolbar.width + BESIDE_GAP : 0;
  const place = (x: number, y: number, i: number): LegendItem => ({
    ...entries[i],
    x,
    y,
    textX: x + LEGEND_ICON + ICON_GAP,
  });
  if (total <= width - 2 * pad - beside) {
    const height = Math.max(toolbar.height, rowH);
    let x = width - pad - total;
    const items = entries.map((_, i) => {
      const item = place(x, height / 2, i);
      x += sizes[i] + ITEM_GAP;
      return item;
    });
    return { items, height };
  }
  const items: LegendItem[] = [];
  let x = pad;
  let row = 0;
  entries.forEach((_, i) => {
    if (x > pad && x + sizes[i] > width - pad) {
      row += 1;
      x = pad;
    }
    items.push(place(x, toolbar.height + row * rowH + rowH / 2, i));
    x += sizes[i] + ITEM_GAP;
  });
  return { items, height: toolbar.height + (row + 1) * rowH };
}

export interface ChipFlow {
  left: number;
  right: number;
  y: number;
  fontSize: number;
  chipHeight: number;
  /** Longest label, px, before truncation. */
  maxLabel: number;
  measure: MeasureText;
  /** Only these chips carry their title (the others show their status symbol); null: all. */
  labelled?: ReadonlySet<string> | null;
  /** The weight those titles are drawn in (measured so). */
  labelledWeight?: number;
}

/** Padding inside a chip: before the status symbol, the symbol, after it, and after the text. */
export const CHIP = { padLeft: 8, icon: 20, gap: 6, padRight: 12, between: 10, rowGap: 6 };

/**
 * Chips for undated events, in the order given, wrapping at `right`.
 * @example flowChips(undated, { left: 200, right: 1900, y: 300, ... }).rows // -> 1
 */
export function flowChips(
  events: TielineEvent[],
  flow: ChipFlow,
): { chips: TimelineChip[]; rows: number } {
  const { left, right, fontSize, chipHeight: h } = flow;
  const weight = flow.labelled ? flow.labelledWeight : undefined;
  const measure = (t: string, size: number) => flow.measure(t, size, weight);
  const chrome = CHIP.padLeft + CHIP.icon + CHIP.gap + CHIP.padRight;
  const maxText = Math.max(0, Math.min(flow.maxLabel, right - left - chrome));
  let x = left;
  let row = 0;
  const chips = events.map((event): TimelineChip => {
    // As on the axis, never shorter than the first word (a pair like "Greece–Turkey…").
    const room =
      flow.labelled && !flow.labelled.has(event.id)
        ? 0
        : Math.min(
            Math.max(maxText, leastWidth(event.title, fontSize, measure)),
            right - left - chrome,
          );
    const text = truncateText(event.title, room, fontSize, measure);
    const textWidth = measure(text, fontSize);
    const width = chrome + textWidth;
    if (x > left && x + width > right) {
      row += 1;
      x = left;
    }
    const box = { x, y: flow.y + row * (h + CHIP.rowGap), width, height: h };
    x += width + CHIP.between;
    const textX = box.x + CHIP.padLeft + CHIP.icon + CHIP.gap;
    return {
      id: event.id,
      title: event.title,
      status: event.status,
      box,
      label: {
        text,
        full: event.title,
        x: textX,
        anchor: 'start',
        width: textWidth,
        truncated: text !== event.title,
      },
    };
  });
  return { chips, rows: events.length ? row + 1 : 0 };
}
