/**
 * d3-drag as a Svelte action: reports how far the element was dragged, in screen px.
 */
import { drag, select } from 'd3';

export interface DragParams {
  ondrag: (dx: number, dy: number) => void;
  onend?: () => void;
}

export function draggable(node: SVGGElement, params: DragParams) {
  let current = params;
  const behaviour = drag<SVGGElement, unknown>()
    .on('drag', (event: { dx: number; dy: number }) => current.ondrag(event.dx, event.dy))
    .on('end', () => current.onend?.());
  select(node).call(behaviour);
  return {
    update(next: DragParams) {
      current = next;
    },
    destroy() {
      select(node).on('.drag', null);
    },
  };
}
