/**
 * Marks and labels inside one lane. Each event's mark goes where its date is; its label goes
 * right of the mark (or left, when the right has no room), and the pair takes the first row of
 * the lane where its extent [left, right] is free (greedy, in date order), so no label touches
 * another label or mark. Ongoing events draw a line on to the end of the data, split around
 * their label.
 */
import type { TielineEvent } from '../../model/schema.ts';
import { spanOfDate } from './dateSpan.ts';
import { DAY_MS } from './timelineFormat.ts';
import { leastWidth, truncateText } from './timelineText.ts';
import type { LaneKey, MeasureText, TimelineLabel, TimelineMark } from './timelineTypes.ts';

/** Kinds that are diplomacy whatever fields they touch: a declaration on space stays a declaration. */
const DIPLOMATIC_KINDS = new Set(['agreement', 'revision', 'visit']);

/**
 * The one lane an event sits in: diplomacy for agreements, revisions and visits; otherwise its
 * most specific domain (diplomacy only when it has no other), the one its kind implies first.
 * @example laneOf({ kind: 'meeting', domains: ['diplomacy', 'cyber'] }) // -> 'cyber'
 */
export function laneOf(event: Pick<TielineEvent, 'domains' | 'kind'>): LaneKey {
  if (DIPLOMATIC_KINDS.has(event.kind) && event.domains.includes('diplomacy')) return 'diplomacy';
  return event.domains.find((d) => d !== 'diplomacy') ?? event.domains[0] ?? 'other';
}

export interface RowContext {
  /** Time (ms) to px. */
  x: (time: number) => number;
  /** The plot's visible range, px. */
  left: number;
  right: number;
  /** Where ongoing events run to: the end of this day (ISO). */
  dataEnd: string;
  fontSize: number;
  /** Longest label, px: labels longer than this are shortened to stay in a row already open. */
  maxLabel: number;
  /** Shorten every label to `maxLabel`, not only those that would otherwise open a row. */
  uniform: boolean;
  measure: MeasureText;
  /** Only these events are labelled; null labels all. */
  labelled?: ReadonlySet<string> | null;
  /** The weight they are drawn in (measured so). */
  labelledWeight?: number;
  /**
   * What is worked out per event and kept across calls: only for calls whose context differs
   * in `maxLabel` and `uniform` alone (the truncations tried at one type size).
   */
  memo?: RowMemo;
}

/** What a mark's own geometry needs (leastRows asks no more). */
type MarkContext = Pick<RowContext, 'x' | 'left' | 'right' | 'dataEnd' | 'fontSize' | 'memo'>;

/**
 * Each event's geometry and label candidates (by cap), kept across the attempts at one type
 * size: they differ only in how labels are cut, and working each out again was most of a
 * filtered timeline's layout time (up to 41 attempts over the same milestones).
 */
export class RowMemo {
  readonly geometry = new Map<TielineEvent, Geometry>();
  readonly candidates = new Map<TielineEvent, Map<number, Candidate[]>>();
}

/** A mark placed in a row, before the lane knows its y. */
export type PlacedMark = Omit<TimelineMark, 'y' | 'hit' | 'lane'> & { extent: [number, number] };

/** Sizes relative to the font: bar height, point diameter, the arrow, gaps. */
export function markSizes(fontSize: number) {
  return {
    bar: Math.round(fontSize * 0.7),
    point: Math.round(fontSize * 0.8),
    arrow: Math.round(fontSize * 0.6),
    gap: Math.round(fontSize * 0.4),
    between: Math.round(fontSize * 0.75),
  };
}

type Geometry = ReturnType<typeof measureGeometry>;

/** A mark's geometry, from the memo when the context has one. */
function geometry(event: TielineEvent, ctx: MarkContext): Geometry {
  let g = ctx.memo?.geometry.get(event);
  if (!g) {
    g = measureGeometry(event, ctx);
    ctx.memo?.geometry.set(event, g);
  }
  return g;
}

/** A mark's head (the date itself) and, for ongoing events, where its line ends, px. */
function measureGeometry(event: TielineEvent, ctx: MarkContext) {
  const s = markSizes(ctx.fontSize);
  const [from, to] = spanOfDate(event.date as string);
  const shape: 'span' | 'point' = event.precision === 'day' ? 'point' : 'span';
  const x0 = shape === 'point' ? ctx.x(from + DAY_MS / 2) : ctx.x(from);
  const x1 = shape === 'point' ? x0 : ctx.x(to);
  const r = shape === 'point' ? s.point / 2 : 0;
  const head: [number, number] = [x0 - r, x1 + r];
  const tailEnd =
    event.status === 'ongoing'
      ? Math.max(ctx.x(spanOfDate(ctx.dataEnd)[1]), head[1] + s.arrow + s.gap)
      : null;
  return { shape, x0, x1, head, tailEnd, size: shape === 'point' ? s.point : s.bar, s };
}

interface Candidate {
  label: TimelineLabel | null;
  /** Left and right edge of the label box. */
  box: [number, number] | null;
}

function labelAt(text: string, full: string, width: number, side: 'right' | 'left', edge: number) {
  const box: [number, number] = side === 'right' ? [edge, edge + width] : [edge - width, edge];
  const label: TimelineLabel = {
    text,
    full,
    x: edge,
    anchor: side === 'right' ? 'start' : 'end',
    width,
    truncated: text !== full,
  };
  return { label, box };
}

/** candidatesFor an event, from the memo when the context has one. */
function candidatesOf(
  event: TielineEvent,
  maxLabel: number,
  slots: { startR: number; startL: number; limitR: number },
  ctx: RowContext,
): Candidate[] {
  let byCap = ctx.memo?.candidates.get(event);
  let found = byCap?.get(maxLabel);
  if (!found) {
    found = candidatesFor(event.title, maxLabel, slots, ctx);
    if (ctx.memo) {
      if (!byCap) ctx.memo.candidates.set(event, (byCap = new Map()));
      byCap.set(maxLabel, found);
    }
  }
  return found;
}

/**
 * Where a label can go: right of the mark, left of it, or (when neither has room for the text,
 * shortened to `maxLabel`) shortened further to fit the roomier side; null when nothing fits.
 */
function candidatesFor(
  title: string,
  maxLabel: number,
  slots: { startR: number; startL: number; limitR: number },
  ctx: RowContext,
): Candidate[] {
  const { fontSize: f, left } = ctx;
  const weight = ctx.labelled ? ctx.labelledWeight : undefined;
  const measure = (t: string, size: number) => ctx.measure(t, size, weight);
  const { startR, startL, limitR } = slots;
  // Never shorter than the first word: a title led by a pair ("Greece–Turkey coercion") was cut
  // to nothing when the pair alone was wider than the cap, and the milestone lost its label.
  const cap = Math.max(maxLabel, leastWidth(title, f, measure));
  const text = truncateText(title, cap, f, ctx.measure, weight);
  const width = measure(text, f);
  const out: Candidate[] = [];
  if (text && startR + width <= limitR) out.push(labelAt(text, title, width, 'right', startR));
  if (text && startL - width >= left) out.push(labelAt(text, title, width, 'left', startL));
  if (out.length > 0) return out;
  const roomR = limitR - startR;
  const roomL = startL - left;
  const side = roomR >= roomL ? 'right' : 'left';
  const short = truncateText(title, Math.min(Math.max(roomR, roomL), cap), f, ctx.measure, weight);
  if (!short) return [{ label: null, box: null }];
  return [labelAt(short, title, measure(short, f), side, side === 'right' ? startR : startL)];
}

/**
 * The fewest rows placeLane can put a lane's events in, whatever their labels: the most marks
 * whose drawn parts (with the gap between marks) cover one point, as no two of them can share a
 * row and a label only widens what a mark takes. At least 1, as placeLane.
 * @example leastRows(threeOnOneDay, ctx) // -> 3
 */
export function leastRows(events: TielineEvent[], ctx: MarkContext): number {
  const ends: [number, number][] = [];
  for (const event of events) {
    const g = geometry(event, ctx);
    const end = g.tailEnd ?? g.head[1];
    if (end < ctx.left || g.head[0] > ctx.right) continue;
    // placeLane's `free`: a row holds [a, b] and [c, d] only when b + between <= c (or the other way).
    ends.push([Math.max(g.head[0], ctx.left), 1], [Math.min(end, ctx.right) + g.s.between, -1]);
  }
  // Where one mark's room ends and another's starts at the same x, they can share a row.
  ends.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  let open = 0;
  let most = 1;
  for (const [, step] of ends) most = Math.max(most, (open += step));
  return most;
}

/**
 * Places a lane's dated events in rows. Events whose whole extent is out of view are left out.
 * Null when they need more than `maxRows` rows (rows are only ever opened, so it stops there).
 * @example placeLane(events, ctx).rows // -> 2
 */
export function placeLane(
  events: TielineEvent[],
  ctx: RowContext,
  maxRows = Infinity,
): { marks: PlacedMark[]; rows: number } | null {
  const { left, right } = ctx;
  const rows: [number, number][][] = [];
  const marks: PlacedMark[] = [];
  for (const event of events) {
    const g = geometry(event, ctx);
    const end = g.tailEnd ?? g.head[1];
    if (end < left || g.head[0] > right) continue;
    const arrowX = g.tailEnd !== null && g.tailEnd <= right + 0.5 ? g.tailEnd : null;
    const startR = Math.max(g.head[1], left) + g.s.gap;
    const startL = Math.min(g.head[0], right) - g.s.gap;
    const limitR = arrowX !== null ? arrowX - g.s.arrow - g.s.gap : right;
    const slots = { startR, startL, limitR };
    const visible: [number, number] = [Math.max(g.head[0], left), Math.min(end, right)];
    const extentOf = (c: Candidate): [number, number] =>
      c.box ? [Math.min(visible[0], c.box[0]), Math.max(visible[1], c.box[1])] : visible;
    const free = (row: [number, number][], [a, b]: [number, number]) =>
      row.every(([c, d]) => b + g.s.between <= c || a >= d + g.s.between);
    // The whole label in an existing row; else a shortened one there; else a new row.
    const unlabelled = ctx.labelled ? !ctx.labelled.has(event.id) : false;
    const full: Candidate[] = unlabelled
      ? [{ label: null, box: null }]
      : candidatesOf(event, ctx.uniform ? ctx.maxLabel : Infinity, slots, ctx);
    const sets =
      Number.isFinite(ctx.maxLabel) && !ctx.uniform && !unlabelled
        ? [full, candidatesOf(event, ctx.maxLabel, slots, ctx)]
        : [full];
    let row = -1;
    let chosen: Candidate = full[0];
    for (const set of sets) {
      row = rows.findIndex((r) => set.some((c) => free(r, extentOf(c))));
      if (row === -1) continue;
      chosen = set.find((c) => free(rows[row], extentOf(c))) as Candidate;
      break;
    }
    if (row === -1) {
      if (rows.length >= maxRows) return null;
      row = rows.length;
      rows.push([]);
    }
    const extent = extentOf(chosen);
    rows[row].push(extent);
    marks.push({
      id: event.id,
      title: event.title,
      status: event.status,
      shape: g.shape,
      filled: event.status !== 'planned',
      analystDate: hasAnalystDate(event),
      row,
      x0: g.x0,
      x1: g.x1,
      size: g.size,
      tail: g.tailEnd === null ? null : tailOf(g, chosen, arrowX, left, right),
      label: chosen.label,
      extent,
    });
  }
  return { marks, rows: Math.max(1, rows.length) };
}

/** The ongoing line from the head to the arrow, with a gap where the label sits on it. */
function tailOf(
  g: ReturnType<typeof geometry>,
  chosen: Candidate,
  arrowX: number | null,
  left: number,
  right: number,
): NonNullable<TimelineMark['tail']> {
  const from = Math.max(g.head[1], left);
  const to = arrowX !== null ? arrowX - g.s.arrow + 1 : right;
  const segments: [number, number][] = [];
  const box = chosen.box && chosen.box[0] >= from ? chosen.box : null;
  if (box) {
    segments.push([from, box[0] - g.s.gap], [box[1] + g.s.gap, to]);
  } else segments.push([from, to]);
  return { segments: segments.filter(([a, b]) => b - a > 1), arrowX };
}

/** Whether an event's date was supplied by an analyst (the overlay), not read in an article. */
export function hasAnalystDate(event: { analyst?: { field: string }[] }): boolean {
  return event.analyst?.some((n) => n.field === 'date') ?? false;
}
