/**
 * The briefing stage's timeline: one axis across the bottom of the screen, a mark per dated
 * milestone of the story, each labelled by a short title (wrapped, stacked above the axis so no
 * label overlaps another and no leader line crosses one), the current one emphasised. Years are
 * short ticks on the axis: no gridline runs through text. Pure: text is measured by the caller.
 */
import { dateRange } from '../model/period.ts';
import { dayTime } from '../layout/timeline/timelineFormat.ts';
import type { Measure } from '../export/wrapText.ts';
import { wrapText } from '../export/wrapText.ts';
import type { TielineEvent } from '../model/schema.ts';
import { utcScale } from '../layout/timeline/timeScale.ts';
import { boxesOverlap, type Box } from './stageGeometry.ts';

export interface StageMilestone {
  id: string;
  /** The mark on the axis. */
  x: number;
  lit: boolean;
  planned: boolean;
  /** The label, or null when there is no room for it (never the lit one). */
  label: (Box & { lines: string[]; cx: number }) | null;
}

export interface StageTick extends Box {
  x0: number;
  text: string;
}

export interface StageTimeline {
  width: number;
  height: number;
  font: number;
  /** The axis line's y. */
  axis: number;
  left: number;
  right: number;
  ticks: StageTick[];
  milestones: StageMilestone[];
}

export interface StageTimelineOptions {
  width: number;
  height: number;
  font: number;
  measure: Measure;
  /** The milestone lit (the current step's), if any. */
  lit: string | null;
  /** Shortens a title for the strip ("India–Japan joint drills" -> "Joint drills"). */
  shorten?: (title: string) => string;
}

const LINE = 1.2;

/**
 * A title without a leading pair the whole corpus is about: on the strip, "India–Japan" before
 * every label says nothing.
 * @example shortTitle('India–Japan joint drills', ['India', 'Japan']) // -> 'Joint drills'
 */
export function shortTitle(title: string, pair: readonly string[]): string {
  if (pair.length !== 2) return title;
  for (const [a, b] of [pair, [...pair].reverse()]) {
    const prefix = `${a}–${b} `;
    if (title.startsWith(prefix) && title.length > prefix.length) {
      const rest = title.slice(prefix.length);
      return rest[0].toUpperCase() + rest.slice(1);
    }
  }
  return title;
}

export interface StripItem {
  id: string;
  mx: number;
  lines: string[];
  w: number;
  h: number;
}

/** Where a label may sit on its mark: centred, ending at it, starting at it, then between. */
const SPOTS = [0.5, 1, 0, 0.75, 0.25];

/**
 * Places strip labels in the given order; a label with no room gets null. Every milestone is
 * tried at five places and several heights, twelve times a step (two widths, six orders): with a
 * long story (4,510 milestones at 100x) each briefing step was a 350 ms task. So the loops build
 * no arrays, boxes or closures as they go, a label is searched for a height only against the
 * labels it could meet, and a milestone with every height taken at every place is given up at
 * once (together under 50 ms a step in the page).
 */
export function placeStripLabels(
  order: readonly StripItem[],
  f: { axis: number; margin: number; width: number; font: number },
): Map<string, StageMilestone['label']> {
  const { axis, margin, width, font } = f;
  const boxes: { box: Box; x: number }[] = [];
  const labels = new Map<string, StageMilestone['label']>();
  const gap = font * 0.4;
  const floor = axis - font * 0.9;
  /**
   * The placed labels this milestone's label could meet at some height, at any of its places, in
   * the order they were placed. Each test in lowestFree holds only where the two labels, or a
   * label and a leader, share some x, so the others are left out of the search for a height:
   * once the strip is full, most milestones meet none or one of the labels placed.
   */
  const near: { box: Box; x: number }[] = [];
  let nearCount = 0;
  /** The lowest place above the axis for a label box at bx, clear of labels and leaders. */
  const lowestFree = (bx: number, w: number, h: number, mx: number): Box | null => {
    let bottom = floor;
    for (let tries = 0; tries < 40; tries++) {
      const y = bottom - h;
      if (y < margin * 0.5) return null;
      // The first label placed that this one would meet at this height.
      let hit: Box | null = null;
      for (let i = 0; i < nearCount; i++) {
        const b = near[i];
        const o = b.box;
        if (
          // The two labels overlap...
          (o.x < bx + w + gap &&
            bx < o.x + o.w + gap &&
            o.y < y + h + gap &&
            y < o.y + o.h + gap) ||
          // ...its leader (from the mark up to the label) crosses the other label...
          (mx > o.x - gap && mx < o.x + o.w + gap && o.y > y) ||
          // ...or it sits across the other's leader.
          (b.x > bx - gap && b.x < bx + w + gap && y > o.y)
        ) {
          hit = o;
          break;
        }
      }
      if (!hit) return { x: bx, y, w, h };
      bottom = Math.min(bottom - font * 0.5, hit.y - gap);
    }
    return null;
  };
  const spotX = (k: number, mx: number, w: number) =>
    Math.min(Math.max(mx - 2 - k * (w - 4), margin), width - margin - w);
  const unplaced = new Set(order.map((i) => i.mx));
  for (const { id, mx, lines, w, h } of order) {
    unplaced.delete(mx);
    let lo = Infinity;
    let hi = -Infinity;
    for (const k of SPOTS) {
      const bx = spotX(k, mx, w);
      lo = Math.min(lo, bx);
      hi = Math.max(hi, bx + w);
    }
    nearCount = 0;
    let blocked = false;
    for (const b of boxes) {
      const o = b.box;
      const over = mx > o.x - gap && mx < o.x + o.w + gap;
      // A label over its mark and too low to pass under, across all five places (each place
      // spans the mark, unless the frame's edge pushed it off): every height is taken at every
      // place, above that label by the leader, level with it by the label itself. Once the
      // strip is full, most milestones stop here.
      if (over && floor - h < o.y + o.h + gap && o.x < lo + w + gap && hi - w < o.x + o.w + gap) {
        blocked = true;
        break;
      }
      if ((o.x < hi + gap && lo < o.x + o.w + gap) || over || (b.x > lo - gap && b.x < hi + gap))
        near[nearCount++] = b;
    }
    if (blocked) {
      labels.set(id, null);
      continue;
    }
    // Centred on its mark, or ending or starting at it: the lowest wins, and of those the one
    // that covers fewest marks still to be labelled (their leaders must pass).
    let placed: Box | null = null;
    let bestCost = Infinity;
    for (const k of SPOTS) {
      const box = lowestFree(spotX(k, mx, w), w, h, mx);
      if (!box) continue;
      let covered = 0;
      for (const x of unplaced) if (x > box.x - gap && x < box.x + box.w + gap) covered++;
      const cost = axis - box.y + covered * font * 3;
      if (cost < bestCost) [placed, bestCost] = [box, cost];
    }
    if (placed) boxes.push({ box: placed, x: mx });
    labels.set(id, placed ? { ...placed, lines, cx: placed.x + 2 } : null);
  }
  return labels;
}

/**
 * Each measure's wrapped titles, by size, weight and width: every step of a briefing lays out
 * the same titles again (only the lit one changes weight). A measure is pure, so they hold.
 */
const wraps = new WeakMap<Measure, Map<string, { lines: string[]; w: number }>>();

/** A title wrapped to `maxWidth` and its widest line (+4 px), remembered per measure. */
function wrapped(text: string, maxWidth: number, measure: Measure, font: number, weight: number) {
  let memo = wraps.get(measure);
  if (!memo || memo.size > 20_000) wraps.set(measure, (memo = new Map()));
  const key = `${font} ${weight} ${maxWidth} ${text}`;
  let found = memo.get(key);
  if (!found) {
    const lines = wrapText(text, maxWidth, measure, font, weight);
    const w = Math.max(...lines.map((l) => measure(l, font, weight))) + 4;
    memo.set(key, (found = { lines, w }));
  }
  return found;
}

const mids = new WeakMap<TielineEvent, number>();
/** Middle of an event's date range, in ms (remembered: every briefing step asks again). */
const midTime = (e: TielineEvent) => {
  let t = mids.get(e);
  if (t === undefined) {
    const [from, to] = dateRange(e.date!);
    mids.set(e, (t = (dayTime(from) + dayTime(to)) / 2));
  }
  return t;
};

/**
 * The strip for the story's dated milestones.
 * @example computeStageTimeline(events, { width: 1800, height: 260, font: 24, measure, lit: null }).ticks[0].text // -> '2008'
 */
export function computeStageTimeline(
  events: readonly TielineEvent[],
  o: StageTimelineOptions,
): StageTimeline {
  const { width, height, font, measure } = o;
  const dated = events.filter((e) => e.date);
  const margin = font;
  const axis = height - font * 2;
  const left = margin + font * 1.5;
  const right = width - margin - font * 1.5;
  const times = dated.map(midTime);
  const year = (t: number) => new Date(t).getUTCFullYear();
  const [first, last] = times.length ? [Math.min(...times), Math.max(...times)] : [0, 0];
  const lo = new Date(Date.UTC(year(first), 0));
  const hi = new Date(Date.UTC(year(last) + 1, 0));
  // The dashboard timeline's scale (d3 scaleUtc's numbers): d3-scale would bring its date
  // formats, and d3-time's local-time intervals into the page's first-load chunk with them.
  const x = utcScale([+lo, +hi], [left, right]);
  // Year ticks under the axis, as many as fit without touching.
  const ticks: StageTick[] = [];
  // Whole years only (every 1, 2, 5, 10... as room allows): a strip this coarse has no use for
  // months, and a month tick must never read as a year.
  const span = year(last) + 1 - year(first);
  const room = Math.max(2, Math.floor((right - left) / (font * 3.5)));
  const every = [1, 2, 5, 10, 20, 25, 50, 100].find((k) => span / k <= room) ?? 100;
  for (let y = Math.ceil(year(first) / every) * every; y <= year(last) + 1; y += every) {
    const t = new Date(Date.UTC(y, 0));
    const text = String(y);
    const w = measure(text, font, 400);
    const box = { x: x(t) - w / 2, y: axis + font * 0.35, w, h: font * LINE, x0: x(t), text };
    if (box.x < margin || box.x + w > width - margin) continue;
    if (ticks.some((k) => boxesOverlap(k, box, font * 0.5))) continue;
    ticks.push(box);
  }
  // Labels, each as low above the axis as it can go without covering another label or
  // crossing a leader. Greedy placement depends on the order: a few orders are tried and the
  // one that labels the lit milestone and the most others wins.
  const lay = (maxWidth: number) =>
    dated.map((e, i) => {
      const weight = e.id === o.lit ? 700 : 400;
      const text = (o.shorten ?? ((t: string) => t))(e.title);
      const { lines, w } = wrapped(text, maxWidth, measure, font, weight);
      return { id: e.id, mx: x(times[i]), lines, w, h: lines.length * font * LINE };
    });
  let labels = new Map<string, StageMilestone['label']>();
  let bestScore = -Infinity;
  // Wide labels (fewer lines) first, narrow ones (less to cover) when those leave some out.
  for (const maxWidth of [(right - left) / 6, (right - left) / 9].map((m) =>
    Math.max(font * 7, m),
  )) {
    const items = lay(maxWidth);
    const byX = [...items].sort((p, q) => p.mx - q.mx);
    const outsideIn = byX.map((_, i) => byX[i % 2 ? byX.length - 1 - (i >> 1) : i >> 1]);
    const litFirst = (list: StripItem[]) =>
      [...list].sort((p, q) => (q.id === o.lit ? 1 : 0) - (p.id === o.lit ? 1 : 0));
    const orders = [
      outsideIn,
      byX,
      [...byX].reverse(),
      litFirst(items),
      litFirst(byX),
      litFirst([...byX].reverse()),
    ];
    for (const order of orders) {
      const placed = placeStripLabels(order, { axis, margin, width, font });
      const score =
        [...placed.values()].filter(Boolean).length + (o.lit && placed.get(o.lit) ? 100 : 0);
      if (score > bestScore) [labels, bestScore] = [placed, score];
    }
    if (bestScore >= items.length + (o.lit ? 100 : 0)) break;
  }
  return {
    width,
    height,
    font,
    axis,
    left,
    right,
    ticks,
    milestones: dated.map((e, i) => ({
      id: e.id,
      x: x(times[i]),
      lit: e.id === o.lit,
      planned: e.status === 'planned',
      label: labels.get(e.id) ?? null,
    })),
  };
}
