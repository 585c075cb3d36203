/**
 * Zooming and panning without repainting the network each frame: while a gesture runs, the
 * picture already painted is moved and scaled as one layer (zoomPreview.ts), and the real
 * transform is committed once, when the gesture ends, so the SVG is drawn again at its new
 * scale (sharp labels, strokes of their true width) and the link is written once. The zoom
 * action (zoom.ts) drives it.
 */
import type { Zoom } from '../../lib/state/viewState.ts';

/**
 * The identity as null, as the dashboard keeps it (links leave it out).
 * @example zoomOrNull({ x: 0, y: 0, k: 1 }) // null
 */
export function zoomOrNull(t: Zoom): Zoom | null {
  return t.x === 0 && t.y === 0 && t.k === 1 ? null : t;
}

/**
 * How long after a wheel zoom has gone idle (d3-zoom waits 150 ms for more wheel events) the
 * picture is drawn again: a busy machine can take longer than that for a frame, and a redraw
 * between two notches of the wheel would make every frame slow.
 */
export const WHEEL_SETTLE_MS = 200;

export interface GestureHandlers {
  /** Each step of a gesture: the transform the user should see now. */
  preview: (t: Zoom) => void;
  /** The transform to draw (null is the identity): once a gesture is over, or a change from
   * outside (a link, Reset, back/forward); any preview ends. */
  commit: (t: Zoom | null) => void;
}

/**
 * Turns d3-zoom's start/zoom/end events into previews and one commit. d3-zoom may overlap
 * gestures (a drag that starts while a wheel zoom still waits for its idle end), each with its
 * own start and end: the commit waits until the last one ends.
 * @example const g = new ZoomGesture(h); g.start(true); g.zoom(t); g.end(t) // h.preview(t), h.commit(t)
 */
export class ZoomGesture {
  #running = 0;
  #moved = false;
  #settling: ReturnType<typeof setTimeout> | null = null;
  #handlers: GestureHandlers;

  constructor(handlers: GestureHandlers) {
    this.#handlers = handlers;
  }

  /** A start event; `byUser` when it has a source event (wheel, pointer, touch, double click). */
  start(byUser: boolean): void {
    if (this.#settling !== null) {
      this.#cancel();
      // A change from outside while a wheel zoom settles replaces it; the user's goes on.
      if (!byUser) this.#moved = false;
    }
    if (byUser || this.#running > 0) this.#running++;
  }

  zoom(t: Zoom): void {
    if (this.#running === 0) {
      this.#handlers.commit(zoomOrNull(t));
      return;
    }
    this.#moved = true;
    this.#handlers.preview(t);
  }

  /** An end event; `settle` (a wheel zoom) waits WHEEL_SETTLE_MS for more before the commit. */
  end(t: Zoom, settle = false): void {
    if (this.#running === 0) return;
    if (--this.#running > 0) return;
    // A click on the background starts and ends a gesture that moves nothing: no commit.
    if (!this.#moved) return;
    const commit = () => {
      this.#settling = null;
      this.#moved = false;
      this.#handlers.commit(zoomOrNull(t));
    };
    if (settle) this.#settling = setTimeout(commit, WHEEL_SETTLE_MS);
    else commit();
  }

  /** Drops a commit still waiting (the view is going away). */
  dispose(): void {
    this.#cancel();
  }

  #cancel() {
    if (this.#settling !== null) clearTimeout(this.#settling);
    this.#settling = null;
  }
}
