/**
 * A milestone's mark as SVG path data, whatever its shape: a point's circle, a span's rounded
 * bar, an ongoing milestone's line. The timeline reuses each mark's elements for whichever
 * milestone comes to that place after a filter (TimelineMarks.svelte), so one element per part,
 * its `d` changed, rather than a <circle> or a <rect> swapped for the other: at 100 times the
 * corpus a filter swapped 60 of them, and made and dropped their elements.
 */

/** A number written with three decimals at most, as d3-path writes it. */
const n = (v: number) => Math.round(v * 1000) / 1000;

/**
 * A circle of radius `r` centred on `cx`, `cy`, drawn as <circle> is (SVG 2's equivalent path:
 * from its right-hand point, clockwise in four quarter arcs), so a dashed ring's dashes fall
 * where they did.
 * @example pointPath(10, 20, 5) // -> 'M15,20A5,5,0,0,1,10,25A5,5,0,0,1,5,20A5,5,0,0,1,10,15A5,5,0,0,1,15,20Z'
 */
export function pointPath(cx: number, cy: number, r: number): string {
  const arc = (x: number, y: number) => `A${n(r)},${n(r)},0,0,1,${n(x)},${n(y)}`;
  return `M${n(cx + r)},${n(cy)}${arc(cx, cy + r)}${arc(cx - r, cy)}${arc(cx, cy - r)}${arc(cx + r, cy)}Z`;
}

/**
 * A `width` x `height` rectangle at `x`, `y` with corners rounded by `radius`, as <rect rx>
 * draws it: the corners' height is the radius too, at most half the height, and their width at
 * most half the width.
 * @example spanPath(0, 0, 20, 10, 4) // -> 'M4,0H16A4,4,0,0,1,20,4V6A4,4,0,0,1,16,10H4A4,4,0,0,1,0,6V4A4,4,0,0,1,4,0Z'
 */
export function spanPath(x: number, y: number, width: number, height: number, radius: number) {
  const rx = Math.max(0, Math.min(radius, width / 2));
  const ry = Math.max(0, Math.min(radius, height / 2));
  const [l, r, t, b] = [x, x + width, y, y + height];
  const [a, c] = [n(rx), n(ry)];
  const arc = (ex: number, ey: number) => `A${a},${c},0,0,1,${n(ex)},${n(ey)}`;
  return (
    `M${n(l + rx)},${n(t)}H${n(r - rx)}${arc(r, t + ry)}V${n(b - ry)}${arc(r - rx, b)}` +
    `H${n(l + rx)}${arc(l, b - ry)}V${n(t + ry)}${arc(l + rx, t)}Z`
  );
}

/**
 * Horizontal lines at `y`, one per [from, to] pair, as <line>s draw them.
 * @example linesPath([[0, 10], [14, 30]], 5) // -> 'M0,5H10M14,5H30'
 */
export function linesPath(segments: readonly (readonly [number, number])[], y: number): string {
  return segments.map(([a, b]) => `M${n(a)},${n(y)}H${n(b)}`).join('');
}
