/**
 * (Loaded with the d3 interaction chunk, after the first draw: plotBrush.ts.)
 * A drag anywhere on the timeline's plot chooses a period, even one that starts on a milestone:
 * past a few px of movement the drag is a brush (the click that would follow is swallowed);
 * less, and it stays a click. Shift-drag is left to the zoom's pan. Plain pointer events, so
 * nothing waits for d3 to load.
 */
import type { ActionReturn } from 'svelte/action';

export interface PlotBrushParams {
  /** The plot's x range [left, right] and y range [top, bottom] in the element's px. */
  x: [number, number];
  y: [number, number];
  /** The band while dragging (null when it ends). */
  onmove: (band: [number, number] | null) => void;
  /** The band chosen, in px. */
  onbrush: (band: [number, number]) => void;
}

/** Movement (px) after which a press is a drag, not a click. */
const THRESHOLD = 4;

/**
 * @example setupPlotBrush(svg, { x: [100, 900], y: [40, 300], onmove, onbrush })
 */
export function setupPlotBrush(
  node: SVGSVGElement,
  initial: PlotBrushParams,
): ActionReturn<PlotBrushParams> {
  let params = initial;
  let start: number | null = null;
  let band: [number, number] | null = null;
  const local = (e: PointerEvent) => {
    const box = node.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  };
  const clamp = (x: number) => Math.min(params.x[1], Math.max(params.x[0], x));

  function down(e: PointerEvent) {
    if (e.button !== 0 || e.shiftKey || e.pointerType === 'touch') return;
    const [x, y] = local(e);
    if (x < params.x[0] || x > params.x[1] || y < params.y[0] || y > params.y[1]) return;
    start = clamp(x);
    band = null;
  }
  function move(e: PointerEvent) {
    if (start === null) return;
    const x = clamp(local(e)[0]);
    if (!band && Math.abs(x - start) < THRESHOLD) return;
    if (!band) node.setPointerCapture?.(e.pointerId);
    band = [Math.min(start, x), Math.max(start, x)];
    params.onmove(band);
  }
  function up() {
    if (start !== null && band) {
      params.onbrush(band);
      params.onmove(null);
      // The click a drag ends with is not a click on the milestone under it.
      node.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => node.removeEventListener('click', swallow, { capture: true }), 0);
    }
    start = null;
    band = null;
  }
  function swallow(e: Event) {
    e.stopPropagation();
    e.preventDefault();
  }
  node.addEventListener('pointerdown', down);
  node.addEventListener('pointermove', move);
  node.addEventListener('pointerup', up);
  node.addEventListener('pointercancel', up);
  return {
    update(next) {
      params = next;
    },
    destroy() {
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointermove', move);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', up);
    },
  };
}
