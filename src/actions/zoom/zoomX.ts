/**
 * d3-zoom on the time axis only, as a Svelte action. The transform is controlled: the caller
 * keeps it in state, receives the user's changes through `onzoom`, and sets it back (e.g. to
 * identity for "Reset zoom") through the parameters. Only k and x matter; y is ignored.
 */
import type { D3ZoomEvent } from 'd3';
import type { ActionReturn } from 'svelte/action';
import { lazyAction, type D3Interaction } from '../lazyAction.ts';
import type { ZoomX } from '../../lib/layout/timeline/timelineTypes.ts';

export interface ZoomXParams {
  /** The plot's pixel range [left, right]; panning stops at its ends. */
  range: [number, number];
  /** The current transform (identity: { k: 1, x: 0 }). */
  transform: ZoomX;
  /** Smallest and largest zoom (default [1, 20]). */
  scaleExtent?: [number, number];
  /** Drags that start inside an element matching this selector do not pan (e.g. a brush). */
  ignore?: string;
  /** Called with the new transform when the user zooms or pans. */
  onzoom: (transform: ZoomX) => void;
}

export const IDENTITY: ZoomX = { k: 1, x: 0 };

/**
 * The transform after zooming by `factor` around the middle of `range`, kept inside the range.
 * @example zoomBy({ k: 1, x: 0 }, 2, [0, 1000]) // -> { k: 2, x: -500 }
 */
export function zoomBy(t: ZoomX, factor: number, range: [number, number], extent = [1, 20]): ZoomX {
  const k = Math.min(extent[1], Math.max(extent[0], t.k * factor));
  const mid = (range[0] + range[1]) / 2;
  const x = mid - ((mid - t.x) * k) / t.k;
  // The zoomed range [l*k + x, r*k + x] must still cover [l, r].
  const clamped = Math.min(range[0] - range[0] * k, Math.max(range[1] - range[1] * k, x));
  return { k, x: clamped };
}

export const zoomX = lazyAction(setup);

function setup(
  d3: D3Interaction,
  node: SVGSVGElement,
  initial: ZoomXParams,
): ActionReturn<ZoomXParams> {
  const { select, zoom, zoomIdentity, zoomTransform } = d3;
  let params = initial;
  const selection = select<SVGSVGElement, unknown>(node);
  const behaviour = zoom<SVGSVGElement, unknown>()
    // d3's default filter, plus: a drag on the brush is the brush's, not a pan; with a mouse,
    // a plain drag chooses a period (plotBrush.ts) and Shift-drag pans.
    .filter((event: MouseEvent) => {
      if (event.type === 'wheel') return true;
      if (event.ctrlKey || event.button) return false;
      if (event.type === 'mousedown' && !event.shiftKey) return false;
      const target = event.target as Element | null;
      return !(params.ignore && target?.closest?.(params.ignore));
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { k, x } = event.transform;
      if (k !== params.transform.k || x !== params.transform.x) params.onzoom({ k, x });
    });

  function configure() {
    const [left, right] = params.range;
    behaviour
      .scaleExtent(params.scaleExtent ?? [1, 20])
      // Read when a gesture needs it, not on every update: reading the height here, right after
      // the timeline's DOM changed, forced a layout on each filter or selection (10-20 ms).
      .extent(() => [
        [left, 0],
        [right, Math.max(1, node.clientHeight)],
      ])
      .translateExtent([
        [left, -Infinity],
        [right, Infinity],
      ]);
    const current = zoomTransform(node);
    const wanted = params.transform;
    if (current.k !== wanted.k || current.x !== wanted.x) {
      behaviour.transform(selection, zoomIdentity.translate(wanted.x, 0).scale(wanted.k));
    }
  }

  // Double-click would zoom with an animation; clicks here select events instead.
  selection.call(behaviour).on('dblclick.zoom', null);
  configure();
  return {
    update(next) {
      params = next;
      configure();
    },
    destroy() {
      selection.on('.zoom', null);
    },
  };
}
