/**
 * When a zoom or pan gesture ends, the network is drawn again at the transform it ended on: the
 * relations' canvas (painted again, and rastered by the page as it commits the frame) and the
 * SVG of nodes and labels (laid out and painted again). At the corpus's size, on a machine
 * that rasterises in software, the two in one frame took 21 ms: one dropped frame as every
 * gesture ended. So the SVG follows a frame later: for that frame it keeps the picture it had,
 * moved by the layer transform that puts it where the new one will be, which the eye cannot
 * tell from the new one. A change from outside a gesture (a link, Reset, back) moves both at
 * once: there is no moved layer to show in between.
 */
import { afterPaint } from '../../lib/dom/afterPaint.ts';
import { cssTransform, previewTransform } from './zoomPreview.ts';
import type { Zoom } from '../../lib/state/viewState.ts';

/** A layer's CSS transform and its origin, or null when it stays put. */
export type Layer = { transform: string; origin: string } | null;

export class DrawingAfterGesture {
  /** During a gesture, the transform the user sees; null otherwise. */
  live = $state.raw<Zoom | null>(null);
  /** The transform committed when the current gesture began. */
  #from: Zoom | null = null;
  /** Just after a gesture: what the SVG still shows (drawn at `zoom`, moved to `live`). */
  #held = $state.raw<{ zoom: Zoom; live: Zoom } | null>(null);

  /**
   * Each preview step of a gesture (`next`), null when it ends; `committed` is the view's
   * transform (before the gesture, until it ends).
   */
  preview(next: Zoom | null, committed: Zoom): void {
    const live = this.live;
    this.live = next;
    if (next !== null && live === null) {
      this.#from = committed;
      this.#held = null;
    } else if (next === null && live !== null && this.#from) {
      const held = { zoom: this.#from, live };
      this.#held = held;
      afterPaint(() => {
        if (this.#held !== held) return;
        this.#held = null;
        // Laid out now, in the quiet between the canvas's frame and the next (in a microtask
        // queued after the views' update that this change queued): at a new scale every label
        // is shaped again, 5-8 ms on the corpus, which left to the next frame pushed its paint
        // and raster past the vsync. Without a page (unit tests) there is nothing to lay out.
        if (typeof document !== 'undefined')
          queueMicrotask(() => void document.documentElement.getBoundingClientRect());
      });
    }
  }

  /**
   * `handler`, but deaf while a gesture moves the picture: items slide under a still pointer,
   * and each one it crossed lit up and restyled the whole picture, a dropped frame each time.
   */
  unlessMoving<T>(handler: (value: T) => void): (value: T) => void {
    return (value) => {
      if (this.live === null) handler(value);
    };
  }

  /** The transform the SVG is drawn at, given the view's committed one. */
  zoom(committed: Zoom): Zoom {
    return this.#held?.zoom ?? committed;
  }

  /**
   * The CSS transforms (origin: the plot's top-left corner, `top` px down) that move the
   * canvas and the SVG to what the user sees; null for a layer that stays put.
   */
  layers(committed: Zoom, top: number): { canvas: Layer; drawing: Layer } {
    const { live } = this;
    const held = this.#held;
    const css = (t: Zoom | null): Layer =>
      t ? { transform: cssTransform(t), origin: `0 ${top}px` } : null;
    const moving = live && previewTransform(committed, live);
    return {
      canvas: css(moving),
      drawing: css(moving ?? (held && previewTransform(held.zoom, held.live))),
    };
  }
}
