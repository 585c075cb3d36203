/**
 * d3-zoom as a Svelte action: wheel/pinch to zoom, drag the background to pan. Reports the
 * transform; when `transform` changes from outside (reset, a link, back/forward) it is applied.
 */
import type { ZoomTransform } from 'd3';
import { lazyAction, type D3Interaction } from './lazyAction.ts';

export interface ZoomParams {
  /** The transform to show; null is the identity. */
  transform: { x: number; y: number; k: number } | null;
  onzoom: (t: { x: number; y: number; k: number } | null) => void;
  scaleExtent?: [number, number];
}

const same = (a: { x: number; y: number; k: number }, b: ZoomTransform) =>
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
    .on('zoom', (event: { transform: ZoomTransform }) => {
      const { x, y, k } = event.transform;
      current.onzoom(x === 0 && y === 0 && k === 1 ? null : { x, y, k });
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
    },
  };
}
