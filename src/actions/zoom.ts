/**
 * d3-zoom as a Svelte action: wheel/pinch to zoom, drag the background to pan. Reports the
 * transform; `reset` (a counter) animates back to the identity.
 */
import { select, zoom, zoomIdentity, type ZoomTransform } from 'd3';

export interface ZoomParams {
  onzoom: (t: { x: number; y: number; k: number }) => void;
  /** Change it to reset the view. */
  reset: number;
  scaleExtent?: [number, number];
}

export function zoomable(node: SVGSVGElement, params: ZoomParams) {
  let current = params;
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent(params.scaleExtent ?? [0.5, 6])
    // Drags that start on a node move the node, not the view.
    .filter(
      (event: Event) =>
        !(event.target as Element).closest('[data-draggable]') || event.type === 'wheel',
    )
    .on('zoom', (event: { transform: ZoomTransform }) => {
      const { x, y, k } = event.transform;
      current.onzoom({ x, y, k });
    });
  select(node).call(behaviour);
  return {
    update(next: ZoomParams) {
      if (next.reset !== current.reset) select(node).call(behaviour.transform, zoomIdentity);
      current = next;
    },
    destroy() {
      select(node).on('.zoom', null);
    },
  };
}
