/**
 * Axis ticks from the UTC time scale (timeScale.ts): as many as fit without their labels touching, labelled as
 * years, months or days depending on the step.
 */
import { utcTicks } from './utcTicks.ts';
import type { AxisPiece } from './timeBreaks.ts';
import { DAY_MS, formatTick } from './timelineFormat.ts';
import type { UtcScale } from './timeScale.ts';
import type { MeasureText } from './timelineTypes.ts';

export interface Tick {
  x: number;
  label: string;
}

const GAP = 16;

const piecesOf = (x: UtcScale): AxisPiece[] =>
  'pieces' in x && typeof x.pieces === 'function'
    ? (x.pieces as () => AxisPiece[])()
    : [{ t: x.domain(), px: x.range() }];

/** About `count` ticks inside one piece of the axis (timeBreaks.ts), labelled by their step. */
function pieceTicks(x: UtcScale, p: AxisPiece, count: number, last: boolean): Tick[] {
  // A piece's end is the break's edge: its tick would name a year the piece does not show.
  const dates = utcTicks(new Date(p.t[0]), new Date(p.t[1]), count).filter(
    (d) => last || +d < p.t[1],
  );
  const stepDays = dates.length > 1 ? (dates[1].getTime() - dates[0].getTime()) / DAY_MS : Infinity;
  const step = stepDays >= 365 ? 'year' : stepDays >= 28 ? 'month' : 'day';
  return dates.map((d, i) => ({ x: x(d), label: formatTick(d.getTime(), step, i === 0) }));
}

/**
 * The most ticks whose labels fit between `left` and `right` with a gap between them: each
 * piece of the axis as many as fit in it, then, across pieces, a label that would touch the
 * one before it is left out.
 * @example computeTicks(timelineScaleOf2008to2025, 16, measure, 0, 1200)
 *   // -> [{ x: 0, label: '2008' }, { x: 141.2, label: '2010' }, ...]
 */
export function computeTicks(
  x: UtcScale,
  fontSize: number,
  measure: MeasureText,
  left: number,
  right: number,
): Tick[] {
  const [r0, r1] = x.range();
  const widths = new Map<string, number>();
  const width = (t: Tick) => {
    let w = widths.get(t.label);
    if (w === undefined) widths.set(t.label, (w = measure(t.label, fontSize)));
    return w;
  };
  const inside = (t: Tick) =>
    t.x >= r0 - 0.5 && t.x <= r1 + 0.5 && t.x - width(t) / 2 >= left && t.x + width(t) / 2 <= right;
  const clear = (a: Tick, b: Tick) => b.x - a.x >= (width(a) + width(b)) / 2 + GAP;
  // The ticks inside the axis, or null as soon as two in a row touch: a count too dense for
  // its labels fails at its first pair, with two labels measured, not all of them (each new
  // label is a text measure; this was half a filtered timeline's layout on the corpus).
  const clearRun = (ticks: Tick[]): Tick[] | null => {
    const kept: Tick[] = [];
    for (const t of ticks) {
      if (!inside(t)) continue;
      if (kept.length > 0 && !clear(kept[kept.length - 1], t)) return null;
      kept.push(t);
    }
    return kept;
  };
  const pieces = piecesOf(x);
  const all = pieces.flatMap((p, n) => {
    const last = n === pieces.length - 1;
    for (let count = Math.max(2, Math.ceil((p.px[1] - p.px[0]) / 50)); count >= 1; count--) {
      const ticks = clearRun(pieceTicks(x, p, count, last));
      if (ticks) return ticks;
    }
    return pieceTicks(x, p, 1, last).filter(inside).slice(0, 1);
  });
  const kept: Tick[] = [];
  for (const t of all) if (!kept.length || clear(kept[kept.length - 1], t)) kept.push(t);
  return kept;
}
