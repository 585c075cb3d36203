/**
 * Edge geometry: one path per relation between its two nodes, ending at the node's edge (and
 * short of it by the arrowhead for directed relations). Several relations between the same two
 * actors bow apart so each stays visible.
 */
import type { Relation } from '../model/schema.ts';
import type { NodePosition } from './networkLayout.ts';

export interface EdgePath {
  id: string;
  d: string;
  /** Midpoint of the curve, for hit areas and tooltips. */
  mid: { x: number; y: number };
  /** Where the curve ends, and its unit direction there: where an arrowhead goes. */
  tip: { x: number; y: number; dx: number; dy: number };
}

/**
 * Paths for the relations whose two actors are both positioned.
 * @example computeEdgePaths(relations, nodes, 8)[0].d // -> 'M10,20L100,20' (a pair's second relation bows: 'M10,20Q55,56,100,20')
 */
export function computeEdgePaths(
  relations: Relation[],
  nodes: NodePosition[],
  arrow = 8,
): EdgePath[] {
  const at = new Map(nodes.map((n) => [n.id, n]));
  const pairs = new Map<string, Relation[]>();
  for (const r of relations) {
    if (!at.has(r.source) || !at.has(r.target)) continue;
    const k = [r.source, r.target].sort().join('|');
    pairs.set(k, [...(pairs.get(k) ?? []), r]);
  }
  const out: EdgePath[] = [];
  for (const group of pairs.values()) {
    group.forEach((r, i) => {
      const s = at.get(r.source) as NodePosition;
      const t = at.get(r.target) as NodePosition;
      const dx = t.x - s.x;
      const dy = t.y - s.y;
      const len = Math.hypot(dx, dy) || 1;
      // Offsets 0, +1, -1, +2, ... times 18px, measured from the pair's sorted direction.
      const flip = r.source < r.target ? 1 : -1;
      const k = (i % 2 === 0 ? 1 : -1) * Math.ceil(i / 2) * 18 * flip;
      const nx = -dy / len;
      const ny = dx / len;
      const cx = (s.x + t.x) / 2 + nx * k * 2;
      const cy = (s.y + t.y) / 2 + ny * k * 2;
      const start = toward(s, { x: cx, y: cy }, s.r + 2);
      const end = toward(t, { x: cx, y: cy }, t.r + 2 + (r.directed ? arrow : 0));
      const f = (v: number) => Math.round(v * 10) / 10;
      const from = k === 0 ? start : { x: cx, y: cy };
      const ex = end.x - from.x;
      const ey = end.y - from.y;
      const el = Math.hypot(ex, ey) || 1;
      out.push({
        id: r.id,
        d:
          k === 0
            ? `M${f(start.x)},${f(start.y)}L${f(end.x)},${f(end.y)}`
            : `M${f(start.x)},${f(start.y)}Q${f(cx)},${f(cy)},${f(end.x)},${f(end.y)}`,
        mid: { x: f((start.x + 2 * cx + end.x) / 4), y: f((start.y + 2 * cy + end.y) / 4) },
        tip: { x: f(end.x), y: f(end.y), dx: ex / el, dy: ey / el },
      });
    });
  }
  return out;
}

/** The point `dist` px from `from` toward `to`. */
function toward(from: { x: number; y: number }, to: { x: number; y: number }, dist: number) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: from.x + (dx / len) * dist, y: from.y + (dy / len) * dist };
}
