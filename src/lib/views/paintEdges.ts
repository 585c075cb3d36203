/**
 * The network's relations painted on a canvas under the SVG of its nodes and labels. Hundreds of
 * dashed SVG paths cost 80-100 ms of raster each time a zoom ended at 10x (Chromium replays the
 * whole path list for every tile), and every highlight or filter restyled them all; one canvas
 * bitmap costs a frame. Export writes the same marks as SVG (edgesSvg.ts).
 */
import type { Zoom } from '../state/viewState.ts';
import type { DrawnEdge } from './networkModel.ts';
import { strengthOf, type Emphasis } from './markStrength.ts';

/** One relation as the canvas paints it. */
export interface EdgeMark {
  id: string;
  d: string;
  color: string;
  width: number;
  dash: number[];
  alpha: number;
  /** The arrowhead's three corners, or null for an undirected relation. */
  arrow: [number, number][] | null;
}

/**
 * The arrowhead: a triangle drawn in a 10x10 box at 9 px, its box's point (1, 5) on the path's
 * end (computeEdgePaths stops directed paths short of the node by the arrow's length).
 */
const MARKER = {
  size: 9 / 10,
  refX: 1,
  refY: 5,
  corners: [
    [0, 0],
    [10, 5],
    [0, 10],
  ] as const,
};

/**
 * The marks for the relations the filters keep, in drawing order (faded ones first).
 * @example edgeMarks(model.edges, { highlight: null, keep: null, dimmed: 0.18 })[0].alpha // -> 1
 */
export function edgeMarks(edges: readonly DrawnEdge[], emphasis: Emphasis): EdgeMark[] {
  const kept = emphasis.keep?.relations;
  const lit = emphasis.highlight?.relations;
  return edges
    .filter((e) => !kept || kept.has(e.id))
    .map((e) => ({
      id: e.id,
      d: e.d,
      color: e.style.color,
      width: e.width,
      dash: e.style.dash ? e.style.dash.split(' ').map(Number) : [],
      alpha: strengthOf(emphasis, e.minor, lit, e.id),
      arrow: e.style.arrow ? arrowHead(e.tip) : null,
    }));
}

/**
 * The marker's triangle at the end of a path, turned to the direction it arrives in.
 * @example arrowHead({ x: 10, y: 0, dx: 1, dy: 0 }) // -> [[9.1, -4.5], [18.1, 0], [9.1, 4.5]]
 */
export function arrowHead(tip: DrawnEdge['tip']): [number, number][] {
  const { size, refX, refY, corners } = MARKER;
  return corners.map(([mx, my]) => {
    const u = (mx - refX) * size;
    const v = (my - refY) * size;
    return [tip.x + u * tip.dx - v * tip.dy, tip.y + u * tip.dy + v * tip.dx];
  });
}

/** What paintEdges needs of a 2D context (a recording fake in tests). */
export type EdgeContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'setLineDash'
  | 'stroke'
  | 'fill'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'strokeStyle'
  | 'fillStyle'
  | 'lineWidth'
  | 'globalAlpha'
>;

export interface Surface {
  /** Size in CSS px, and device pixels per CSS px. */
  width: number;
  height: number;
  ratio: number;
  /** The plot's top inside the surface (the controls strip above it), CSS px. */
  top: number;
  zoom: Zoom;
}

/**
 * Clears the canvas and paints `marks` at the view's zoom, as the SVG's
 * `translate(0,top) translate(x,y) scale(k)` places them.
 * @example paintEdges(canvas.getContext('2d'), marks, surface, (d) => new Path2D(d))
 */
export function paintEdges(
  ctx: EdgeContext,
  marks: readonly EdgeMark[],
  s: Surface,
  path: (d: string) => Path2D,
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, s.width * s.ratio, s.height * s.ratio);
  const k = s.zoom.k * s.ratio;
  ctx.setTransform(k, 0, 0, k, s.zoom.x * s.ratio, (s.top + s.zoom.y) * s.ratio);
  for (const m of marks) {
    ctx.globalAlpha = m.alpha;
    ctx.strokeStyle = m.color;
    ctx.lineWidth = m.width;
    ctx.setLineDash(m.dash);
    ctx.stroke(path(m.d));
    if (m.arrow) {
      ctx.fillStyle = m.color;
      ctx.beginPath();
      ctx.moveTo(...m.arrow[0]);
      for (const p of m.arrow.slice(1)) ctx.lineTo(...p);
      ctx.closePath();
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}

/**
 * A path parser that keeps what it parsed while the layout stays: a highlight or a filter
 * repaints the same paths. `forget` drops the cache once it holds far more than is painted.
 * @example const paths = pathCache((d) => new Path2D(d)); paintEdges(ctx, marks, s, paths.get)
 */
export function pathCache(parse: (d: string) => Path2D) {
  let parsed = new Map<string, Path2D>();
  return {
    get: (d: string) => {
      let p = parsed.get(d);
      if (!p) parsed.set(d, (p = parse(d)));
      return p;
    },
    forget(painted: number) {
      if (parsed.size > 4 * painted + 64) parsed = new Map();
    },
  };
}

/**
 * The marks part of the way through a fade from the opacities on screen (`from`, by id) to
 * theirs, at `t` from 0 to 1 (eased). A relation not on screen before shows at once, as a node
 * the filters bring back does.
 * @example fadeMarks(new Map([['a', 1]]), [{ ...mark, id: 'a', alpha: 0.18 }], 0.5)[0].alpha // -> 0.59
 */
export function fadeMarks(
  from: ReadonlyMap<string, number>,
  to: readonly EdgeMark[],
  t: number,
): EdgeMark[] {
  return to.map((m) => {
    const a = from.get(m.id);
    return a === undefined || a === m.alpha || t >= 1 ? m : { ...m, alpha: a + (m.alpha - a) * t };
  });
}

/** Whether a fade from `from` to `to` would change anything. */
export const fades = (from: ReadonlyMap<string, number>, to: readonly EdgeMark[]) =>
  to.some((m) => from.has(m.id) && from.get(m.id) !== m.alpha);
