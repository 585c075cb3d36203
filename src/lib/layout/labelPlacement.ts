/**
 * Places node labels so that no label overlaps another label or a node: each label tries
 * positions around its node (below, above, right, left, then the corners, then further out)
 * and takes the first free one inside the frame. Bigger nodes are placed first.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** Node centre and radius. */
  x: number;
  y: number;
  r: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends Box {
  id: string;
  /** False when no free spot was found; the label is then drawn on demand (hover/focus) only. */
  visible: boolean;
}

export const intersects = (a: Box, b: Box, pad = 0) =>
  a.x < b.x + b.width + pad &&
  b.x < a.x + a.width + pad &&
  a.y < b.y + b.height + pad &&
  b.y < a.y + a.height + pad;

/** How far from its node's rim a label may sit, px: nearest first. */
export const LABEL_GAPS = [4, 10, 18, 30, 46];

/**
 * The spots a label can take around its node, `gap` px from its rim, in order of preference.
 * @example candidates({ id: 'a', x: 50, y: 50, r: 10, width: 40, height: 16 }, 4)[0] // -> below: { x: 30, y: 64, ... }
 */
export function candidates(n: LabelRequest, gap: number): Box[] {
  const { x, y, r, width: w, height: h } = n;
  const d = r + gap;
  return [
    { x: x - w / 2, y: y + d, width: w, height: h }, // below
    { x: x - w / 2, y: y - d - h, width: w, height: h }, // above
    { x: x + d, y: y - h / 2, width: w, height: h }, // right
    { x: x - d - w, y: y - h / 2, width: w, height: h }, // left
    { x: x + d * 0.7, y: y + d * 0.7, width: w, height: h }, // below right
    { x: x - d * 0.7 - w, y: y + d * 0.7, width: w, height: h }, // below left
    { x: x + d * 0.7, y: y - d * 0.7 - h, width: w, height: h }, // above right
    { x: x - d * 0.7 - w, y: y - d * 0.7 - h, width: w, height: h }, // above left
    { x: x - w / 6, y: y + d, width: w, height: h }, // below, shifted right
    { x: x - (5 * w) / 6, y: y + d, width: w, height: h }, // below, shifted left
    { x: x - w / 6, y: y - d - h, width: w, height: h }, // above, shifted right
    { x: x - (5 * w) / 6, y: y - d - h, width: w, height: h }, // above, shifted left
    { x: x + d, y: y - h, width: w, height: h }, // right, raised
    { x: x + d, y, width: w, height: h }, // right, lowered
    { x: x - d - w, y: y - h, width: w, height: h }, // left, raised
    { x: x - d - w, y, width: w, height: h }, // left, lowered
  ];
}

/**
 * Places labels without overlaps inside `frame`.
 * @example placeLabels([{ id: 'a', x: 50, y: 50, r: 10, width: 40, height: 16 }], { x: 0, y: 0, width: 100, height: 100 })
 */
export function placeLabels(requests: LabelRequest[], frame: Box, pad = 2): PlacedLabel[] {
  const nodes: Box[] = requests.map((n) => ({
    x: n.x - n.r,
    y: n.y - n.r,
    width: 2 * n.r,
    height: 2 * n.r,
  }));
  const taken: Box[] = [];
  const order = [...requests.keys()].sort((a, b) => requests[b].r - requests[a].r || a - b);
  const out = new Array<PlacedLabel>(requests.length);
  const inside = (b: Box) =>
    b.x >= frame.x &&
    b.y >= frame.y &&
    b.x + b.width <= frame.x + frame.width &&
    b.y + b.height <= frame.y + frame.height;
  const gaps = LABEL_GAPS;
  const reach = gaps[gaps.length - 1];
  for (const i of order) {
    const n = requests[i];
    // Only boxes near this node can block one of its spots: test against those alone.
    const d = n.r + reach;
    const near: Box = {
      x: n.x - d - n.width,
      y: n.y - d - n.height,
      width: 2 * (d + n.width),
      height: 2 * (d + n.height),
    };
    const blocking = [...nodes, ...taken].filter((o) => intersects(near, o, pad));
    let placed: Box | null = null;
    for (const gap of gaps) {
      placed =
        candidates(n, gap).find((b) => inside(b) && !blocking.some((o) => intersects(b, o, pad))) ??
        null;
      if (placed) break;
    }
    if (placed) taken.push(placed);
    const fallback = candidates(n, 4)[0];
    out[i] = { id: n.id, ...(placed ?? fallback), visible: placed !== null };
  }
  return out;
}
