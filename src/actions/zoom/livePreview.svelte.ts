/**
 * The network's live zoom while a gesture runs: the transform the user sees (null between
 * gestures), and the drawing's background colour to show behind the moving layer (it uncovers
 * the frame's edges). The drawing keeps its SVG transform and moves as one composited layer
 * (zoomPreview.ts); the dashboard's zoom, hence the link, changes once, when the gesture ends.
 */
import type { Zoom } from '../../lib/state/viewState.ts';

export class LivePreview {
  live = $state.raw<Zoom | null>(null);
  paper = $state<string | null>(null);

  /** The zoom action's `onpreview`: a step of the gesture, or null once it has ended. */
  preview(z: Zoom | null, drawing: SVGSVGElement | undefined): void {
    if (z && !this.live) {
      const rect = drawing?.querySelector(':scope > rect');
      this.paper = rect ? getComputedStyle(rect).fill : null;
    }
    this.live = z;
  }
}
