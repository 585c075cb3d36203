/**
 * Boxes and segments for the stage's placement rules: a label never overlaps another label or
 * a mark, and no line (a relation, a leader) crosses a label.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Whether two boxes overlap, with `pad` px kept clear between them. */
export const boxesOverlap = (a: Box, b: Box, pad = 0): boolean =>
  a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

/** Whether a box lies inside a frame with `margin` px to spare. */
export const insideFrame = (b: Box, width: number, height: number, margin: number): boolean =>
  b.x >= margin && b.y >= margin && b.x + b.w <= width - margin && b.y + b.h <= height - margin;

/**
 * Whether the segment (x1,y1)-(x2,y2) passes through the box grown by `pad` (Liang–Barsky).
 * @example segmentCrossesBox(0, 5, 20, 5, { x: 5, y: 0, w: 5, h: 10 }) // -> true
 */
export function segmentCrossesBox(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  b: Box,
  pad = 0,
): boolean {
  const minX = b.x - pad;
  const maxX = b.x + b.w + pad;
  const minY = b.y - pad;
  const maxY = b.y + b.h + pad;
  // Quick reject: both ends on the same outer side.
  if ((x1 < minX && x2 < minX) || (x1 > maxX && x2 > maxX)) return false;
  if ((y1 < minY && y2 < minY) || (y1 > maxY && y2 > maxY)) return false;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const ps = [-dx, dx, -dy, dy];
  const qs = [x1 - minX, maxX - x1, y1 - minY, maxY - y1];
  for (let i = 0; i < 4; i++) {
    const p = ps[i];
    const q = qs[i];
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t0 <= t1;
}

/** Whether a circle reaches into a box. */
export function circleTouchesBox(cx: number, cy: number, r: number, b: Box): boolean {
  const nx = Math.max(b.x, Math.min(cx, b.x + b.w));
  const ny = Math.max(b.y, Math.min(cy, b.y + b.h));
  return (cx - nx) ** 2 + (cy - ny) ** 2 < r * r;
}
