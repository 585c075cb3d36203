/**
 * d3-drag as a Svelte action: reports how far the element was dragged, in screen px.
 */
import { lazyAction, type D3Interaction } from './lazyAction.ts';

export interface DragParams {
  ondrag: (dx: number, dy: number) => void;
  onend?: () => void;
}

export const draggable = lazyAction(setup);

function setup(d3: D3Interaction, node: SVGGElement, params: DragParams) {
  const { drag, select } = d3;
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
