/**
 * A time axis that a few far-away dates cannot wreck. The dates the milestones cover are
 * grouped into clusters; a stretch with no milestone that is at least five years long and at
 * least a quarter of the time still shown is cut out of the axis and drawn as a narrow break
 * (the longest such stretch first, at most four). Each cluster keeps a linear, calendar-true
 * scale of its own and at least room for a year's label, so one 1951 treaty sits at the left
 * edge beside a break, and 2008-2025 fills the rest. Pure: times in, pieces of axis out.
 */
import { utcTicks, utcYear } from './utcTicks.ts';
import { linearMap } from '../linearMap.ts';
import type { UtcScale } from './timeScale.ts';

/** One linear stretch of the axis: times `t` drawn across pixels `px`. */
export interface AxisPiece {
  t: [number, number];
  px: [number, number];
  /** Drawn narrower than the focus (timeFocus.ts): a year here is fewer px than there. */
  compressed?: boolean;
}

const YEAR_MS = 365.25 * 86_400_000;
/** A gap shorter than this is always drawn to scale. */
const MIN_GAP_YEARS = 5;
/** ...and so is one shorter than this share of the time the axis still shows. */
const MIN_GAP_SHARE = 0.25;
const MAX_BREAKS = 4;

/**
 * The clusters of time to draw, as [start, end] (ms), from the intervals the milestones cover;
 * one cluster (`span`) when no gap is worth cutting.
 * @example computeClusters([[Date.UTC(1951, 8, 8), Date.UTC(1951, 8, 9)], [Date.UTC(2008, 9, 22), Date.UTC(2025, 0, 1)]], span)
 *   // -> [[1951-01-01, 1952-01-01], [2008-01-01, 2025-01-01]] (years, UTC)
 */
export function computeClusters(
  intervals: readonly [number, number][],
  span: [number, number],
): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const runs: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = runs.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else runs.push([a, b]);
  }
  if (runs.length < 2) return [span];
  const gaps = runs
    .slice(1)
    .map((r, i) => ({ after: i, length: r[0] - runs[i][1] }))
    .sort((a, b) => b.length - a.length);
  let shown = runs.at(-1)![1] - runs[0][0];
  const cut = new Set<number>();
  for (const g of gaps) {
    if (cut.size >= MAX_BREAKS) break;
    if (g.length < MIN_GAP_YEARS * YEAR_MS || g.length < MIN_GAP_SHARE * shown) break;
    cut.add(g.after);
    shown -= g.length;
  }
  if (cut.size === 0) return [span];
  const clusters: [number, number][] = [];
  let start = runs[0][0];
  for (const [i, run] of runs.entries()) {
    if (i === runs.length - 1 || cut.has(i)) {
      // Whole years (and a month's margin), so each cluster shows its year on the axis.
      clusters.push([
        utcYear.floor(new Date(start - 30 * 86_400_000)).getTime(),
        utcYear.ceil(new Date(run[1] + 30 * 86_400_000)).getTime(),
      ]);
      if (i < runs.length - 1) start = runs[i + 1][0];
    }
  }
  return clusters;
}

/** A stretch of time to draw: after a break or not, and how much wider than to scale. */
export interface AxisSegment {
  t: [number, number];
  breakBefore: boolean;
  /** Px per unit of time relative to the other segments (the focus is drawn wider). */
  stretch: number;
}

/**
 * Pixels for each segment across `range`, a break of `breakPx` before each segment that has
 * one: widths by duration times stretch, but never under `minPx`.
 * @example computePieces([{ t: [a, b], breakBefore: false, stretch: 1 }], [0, 100], 20, 40) // -> [{ t: [a, b], px: [0, 100] }]
 */
export function computePieces(
  segments: readonly AxisSegment[],
  range: [number, number],
  breakPx: number,
  minPx: number,
): AxisPiece[] {
  const breaks = segments.filter((g) => g.breakBefore).length;
  const avail = range[1] - range[0] - breakPx * breaks;
  const lengths = segments.map((g) => (g.t[1] - g.t[0]) * g.stretch);
  const widths = lengths.map(() => 0);
  const fixed = new Set<number>();
  // Water-filling: pieces below the minimum get it, the rest share what is left by duration.
  for (let pass = 0; pass <= segments.length; pass++) {
    const left = avail - fixed.size * minPx;
    const total = lengths.reduce((s, l, i) => s + (fixed.has(i) ? 0 : l), 0);
    let changed = false;
    for (const [i, l] of lengths.entries()) {
      widths[i] = fixed.has(i) ? minPx : (left * l) / total;
      if (!fixed.has(i) && widths[i] < minPx) {
        fixed.add(i);
        changed = true;
      }
    }
    if (!changed) break;
  }
  let x = range[0];
  const stretched = segments.some((g) => g.stretch !== 1);
  return segments.map((g, i) => {
    if (g.breakBefore) x += breakPx;
    const piece: AxisPiece = {
      t: [g.t[0], g.t[1]],
      px: [x, x + widths[i]],
      ...(stretched && g.stretch === 1 ? { compressed: true } : {}),
    };
    x += widths[i];
    return piece;
  });
}

/**
 * The pieces after a zoom `{k, x}` in pixel space (px -> px * k + x).
 * @example zoomPieces(pieces, { k: 2, x: -100 })
 */
export function zoomPieces(pieces: readonly AxisPiece[], z: { k: number; x: number }): AxisPiece[] {
  return pieces.map((p) => ({ ...p, px: [p.px[0] * z.k + z.x, p.px[1] * z.k + z.x] }));
}

/**
 * The pieces as far as they show between `range`'s ends (a piece cut at an end keeps its scale).
 * @example clipPieces([{ t: [0, 100], px: [-100, 100] }], [0, 100]) // -> [{ t: [50, 100], px: [0, 100] }]
 */
export function clipPieces(pieces: readonly AxisPiece[], range: [number, number]): AxisPiece[] {
  const at = (p: AxisPiece, px: number) =>
    p.t[0] + ((px - p.px[0]) / (p.px[1] - p.px[0])) * (p.t[1] - p.t[0]);
  return pieces
    .filter((p) => p.px[1] > range[0] && p.px[0] < range[1])
    .map((p) => {
      const px: [number, number] = [Math.max(p.px[0], range[0]), Math.min(p.px[1], range[1])];
      return { ...p, t: [at(p, px[0]), at(p, px[1])], px };
    });
}

/**
 * A time scale over the pieces: linear inside each, linear across a break (a date in a cut-out
 * gap lands in the break), extrapolated past the ends. Ticks are each piece's own, by its width.
 * @example pieceScale([{ t: [a, b], px: [0, 100] }])(a) // -> 0
 */
export function pieceScale(pieces: readonly AxisPiece[]): UtcScale & { pieces(): AxisPiece[] } {
  // Pieces without a break between them share a knot: keep it once.
  const knots = pieces
    .flatMap((p) => [0, 1].map((i) => [p.t[i], p.px[i]]))
    .filter(([t], i, all) => i === 0 || t > all[i - 1][0]);
  const linear = linearMap(
    knots.map((k) => k[0]),
    knots.map((k) => k[1]),
  );
  const first = pieces[0];
  const last = pieces.at(-1)!;
  const scale = ((time: number | Date) => linear(+time)) as UtcScale & { pieces(): AxisPiece[] };
  scale.invert = (px) => new Date(linear.invert(px));
  scale.ticks = (count = 10) => {
    const total = last.px[1] - first.px[0];
    // A piece's end is the break's edge: its tick would name a year the piece does not show.
    return pieces.flatMap((p) =>
      utcTicks(
        new Date(p.t[0]),
        new Date(p.t[1]),
        Math.max(1, Math.round((count * (p.px[1] - p.px[0])) / total)),
      ).filter((d) => p === last || +d < p.t[1]),
    );
  };
  scale.domain = () => [first.t[0], last.t[1]];
  scale.range = () => [first.px[0], last.px[1]];
  scale.pieces = () => pieces.map((p) => ({ ...p, t: [...p.t], px: [...p.px] }) as AxisPiece);
  return scale;
}
