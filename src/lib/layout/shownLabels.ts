/**
 * Which network labels are drawn, and where, given what a selection (or hover, or search) lights
 * up. The layout placed every label it found room for (labelPlacement.ts); the others are hidden.
 * A highlight must name what it lights up, so its labels are placed again, on top of that:
 *
 * 1. the focus first (the selected or hovered actor, a relation's two ends), always;
 * 2. then the other lit actors, the most mentioned (biggest) first;
 *
 * each at its layout spot when that is still free, else at the first free spot around its node
 * (free of every node, or failing that of the lit ones: a crowded frame has no spot clear of
 * faded nodes), else shortened to fewer whole words and an ellipsis, else not at all (hovering or
 * focusing that actor makes it the focus). The focus's name is never cut: with no free spot at
 * all, it goes where it covers no label and the least of the nodes. Then the dimmed labels that
 * overlap none of those. So no label overlaps another, nor a lit node but for that last resort.
 * Pure and deterministic (the same input, the same labels).
 */
import { candidates, intersects, LABEL_GAPS, type Box } from './labelPlacement.ts';
import { labelsAtLayout } from './layoutLabels.ts';

export interface LabelledNode {
  id: string;
  /** Node centre and radius. */
  x: number;
  y: number;
  r: number;
  actor: { name: string };
  /** Where the layout put the label, and whether it found room for it there. */
  label: Box & { visible: boolean };
}

export interface ShownLabel extends Box {
  id: string;
  /** The actor's name, or its first words and an ellipsis. */
  text: string;
}

export interface ShownLabelsOptions<N extends LabelledNode> {
  /** The plot: labels stay inside it. */
  frame: Box;
  /** Actors drawn (what the filters keep); null: all of them. */
  shown: ReadonlySet<string> | null;
  /** Actors the highlight lights up; null: no highlight. */
  lit: ReadonlySet<string> | null;
  /** Lit actors whose labels win first, in this order. */
  focus: readonly string[];
  /** Width of the label box for `text` on `node` (padding included, as the layout measured it). */
  measure: (node: N, text: string) => number;
}

/** Space kept between two boxes, px (as labelPlacement.ts keeps). */
const PAD = 2;
const ELLIPSIS = '…';

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** The name cut to its first `words` words, without trailing punctuation, and an ellipsis. */
function shorten(name: string, words: number): string {
  const kept = name.split(/\s+/).slice(0, words).join(' ');
  return kept.replace(/[\s,;:–—-]+$/, '') + ELLIPSIS;
}

/**
 * The labels to draw, by actor id (see the module comment for the rule).
 * @example computeShownLabels(nodes, { frame, shown: null, lit: new Set(['japan', 'china']), focus: ['japan'], measure }).get('japan')?.text // -> 'Japan'
 */
export function computeShownLabels<N extends LabelledNode>(
  nodes: readonly N[],
  o: ShownLabelsOptions<N>,
): Map<string, ShownLabel> {
  const drawn = nodes.filter((n) => !o.shown || o.shown.has(n.id));
  const atLayout = (n: N): ShownLabel => {
    const { x, y, width, height } = n.label;
    return { id: n.id, text: n.actor.name, x, y, width, height };
  };
  if (!o.lit) return labelsAtLayout(nodes, o.shown);
  const out = new Map<string, ShownLabel>();
  const lit = o.lit;
  const rank = new Map(o.focus.map((id, i) => [id, i]));
  const last = o.focus.length;
  const order = drawn
    .filter((n) => lit.has(n.id))
    .sort(
      (a, b) =>
        (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last) ||
        b.r - a.r ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const discs = drawn.map((n) => ({
    x: n.x - n.r,
    y: n.y - n.r,
    width: 2 * n.r,
    height: 2 * n.r,
    lit: lit.has(n.id),
  }));
  const placed: ShownLabel[] = [];
  const { frame } = o;
  const inside = (b: Box) =>
    b.x >= frame.x &&
    b.y >= frame.y &&
    b.x + b.width <= frame.x + frame.width &&
    b.y + b.height <= frame.y + frame.height;
  const reach = LABEL_GAPS[LABEL_GAPS.length - 1];

  for (const n of order) {
    const height = n.label.height;
    const widest = Math.max(n.label.width, o.measure(n, n.actor.name));
    // Only boxes near this node can block one of its spots: test against those alone.
    const d = n.r + reach;
    const near: Box = {
      x: n.x - d - widest,
      y: n.y - d - height,
      width: 2 * (d + widest),
      height: 2 * (d + height),
    };
    const nodesNear = discs.filter((b) => intersects(near, b, PAD));
    const labelsNear = placed.filter((b) => intersects(near, b, PAD));
    const clearOfLabels = (b: Box) => !labelsNear.some((p) => intersects(b, p, PAD));
    // A spot over no node; failing that, over dimmed nodes only (faded, they are not what the
    // reader looks at: in a crowded frame every spot near a node covers another one).
    const free = (b: Box) =>
      inside(b) && clearOfLabels(b) && !nodesNear.some((p) => intersects(b, p, PAD));
    const freeOfLit = (b: Box) =>
      inside(b) && clearOfLabels(b) && !nodesNear.some((p) => p.lit && intersects(b, p, PAD));
    const spots = (width: number) =>
      LABEL_GAPS.flatMap((gap) => candidates({ ...n, width, height }, gap));

    let chosen: ShownLabel | null = null;
    const layoutSpot = atLayout(n);
    if (n.label.visible && free(layoutSpot)) chosen = layoutSpot;
    const focus = rank.has(n.id);
    const words = n.actor.name.split(/\s+/).length;
    // The whole name, then fewer and fewer words of it (the focus's is never cut).
    for (let k = words; !chosen && k >= (focus ? words : 1); k--) {
      const text = k === words ? n.actor.name : shorten(n.actor.name, k);
      const width = k === words ? n.label.width : o.measure(n, text);
      const all = spots(width);
      const spot = all.find(free) ?? all.find(freeOfLit);
      if (spot) chosen = { id: n.id, text, ...spot };
    }
    if (!chosen && focus) {
      // The focus is always named in full: where it covers no label and the least of the nodes
      // (a lit one counting ten times a dimmed one).
      const all = [...(n.label.visible ? [layoutSpot] : []), ...spots(n.label.width)];
      const clear = all.filter((b) => inside(b) && clearOfLabels(b));
      const covered = (b: Box) =>
        nodesNear.reduce((sum, p) => sum + overlapArea(b, p) * (p.lit ? 10 : 1), 0);
      const spot = clear.length
        ? clear.reduce((best, b) => (covered(b) < covered(best) ? b : best))
        : (all.find(clearOfLabels) ?? null);
      if (spot) chosen = { ...spot, id: n.id, text: n.actor.name };
    }
    if (chosen) {
      placed.push(chosen);
      out.set(n.id, chosen);
    }
  }
  // The dimmed labels stay where they are, unless a lit label now sits there.
  for (const n of drawn) {
    if (lit.has(n.id) || !n.label.visible) continue;
    const spot = atLayout(n);
    if (!placed.some((p) => intersects(spot, p, PAD))) out.set(n.id, spot);
  }
  return out;
}
