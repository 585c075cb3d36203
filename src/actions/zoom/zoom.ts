/**
 * d3-zoom as a Svelte action: wheel/pinch to zoom, drag the background to pan. Reports the
 * transform; when `transform` changes from outside (reset, a link, back/forward) it is applied.
 * With `onpreview`, a gesture reports each step there and `onzoom` only once, when it ends
 * (zoomGesture.ts); without, every step goes to `onzoom`.
 */
import type { ZoomTransform } from 'd3';
import type { Zoom } from '../../lib/state/viewState.ts';
import { lazyAction, type D3Interaction } from '../lazyAction.ts';
import { ZoomGesture, zoomOrNull } from './zoomGesture.ts';

export interface ZoomParams {
  /** The transform to show; null is the identity. */
  transform: Zoom | null;
  onzoom: (t: Zoom | null) => void;
  /** During a gesture, the transform the user sees, at each step; null once it has ended. */
  onpreview?: (t: Zoom | null) => void;
  scaleExtent?: [number, number];
}

interface ZoomEvent {
  transform: ZoomTransform;
  sourceEvent: Event | null;
}

const plain = ({ x, y, k }: ZoomTransform): Zoom => ({ x, y, k });
const same = (a: Zoom, b: ZoomTransform) =>
  Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01 && Math.abs(a.k - b.k) < 1e-4;

export const zoomable = lazyAction(setup);

function setup(d3: D3Interaction, node: SVGSVGElement, params: ZoomParams) {
  const { select, zoom, zoomIdentity, zoomTransform } = d3;
  let current = params;
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent(params.scaleExtent ?? [0.5, 6])
    // Drags that start on a node move the node, not the view.
    .filter(
      (event: Event) =>
        !(event.target as Element).closest('[data-draggable]') || event.type === 'wheel',
    )
    .on('start', (event: ZoomEvent) => gesture.start(Boolean(event.sourceEvent)))
    .on('zoom', (event: ZoomEvent) => gesture.zoom(plain(event.transform)))
    .on('end', (event: ZoomEvent) =>
      gesture.end(plain(event.transform), event.sourceEvent?.type === 'wheel'),
    );
  const gesture = new ZoomGesture({
    preview: (t) => (current.onpreview ? current.onpreview(t) : current.onzoom(zoomOrNull(t))),
    commit: (t) => {
      current.onzoom(t);
      current.onpreview?.(null);
    },
  });
  const apply = (t: ZoomParams['transform']) => {
    const want = t ?? { x: 0, y: 0, k: 1 };
    if (!same(want, zoomTransform(node))) {
      select(node).call(behaviour.transform, zoomIdentity.translate(want.x, want.y).scale(want.k));
    }
  };
  select(node).call(behaviour);
  apply(params.transform);
  return {
    update(next: ZoomParams) {
      current = next;
      apply(next.transform);
    },
    destroy() {
      select(node).on('.zoom', null);
      gesture.dispose();
    },
  };
}
