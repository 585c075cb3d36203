/**
 * Where the painted network goes while a zoom or pan gesture runs (zoomGesture.ts): the
 * picture drawn at the committed transform, moved and scaled as one layer by the compositor.
 */
import type { Zoom } from '../../lib/state/viewState.ts';

/**
 * The screen transform that carries the picture drawn at `committed` to where `live` puts it
 * (both map layout px to screen px: p -> k * p + (x, y); the result applies to screen px).
 * @example previewTransform({ x: 0, y: 0, k: 1 }, { x: 10, y: 0, k: 2 }) // { x: 10, y: 0, k: 2 }
 */
export function previewTransform(committed: Zoom, live: Zoom): Zoom {
  const k = live.k / committed.k;
  return { x: live.x - k * committed.x, y: live.y - k * committed.y, k };
}

/**
 * The CSS `transform` for a layer whose `transform-origin` is the plot's top-left corner.
 * @example cssTransform({ x: 10, y: -5, k: 2 }) // 'translate(10px, -5px) scale(2)'
 */
export function cssTransform(t: Zoom): string {
  return `translate(${t.x}px, ${t.y}px) scale(${t.k})`;
}
