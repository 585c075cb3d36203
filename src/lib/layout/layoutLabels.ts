/**
 * The network's labels where the layout placed them (those it found room for), for the actors
 * drawn: what the picture names when nothing is highlighted (shownLabels.ts places a highlight's).
 */
import type { Box } from './labelPlacement.ts';

/**
 * @example labelsAtLayout(nodes, null).get('japan')?.text // -> 'Japan'
 */
export function labelsAtLayout(
  nodes: readonly {
    id: string;
    actor: { name: string };
    label: Box & { visible: boolean };
  }[],
  shown: ReadonlySet<string> | null,
): Map<string, Box & { id: string; text: string }> {
  return new Map(
    nodes
      .filter((n) => n.label.visible && (!shown || shown.has(n.id)))
      .map(({ id, actor, label: { x, y, width, height } }) => [
        id,
        { id, text: actor.name, x, y, width, height },
      ]),
  );
}
