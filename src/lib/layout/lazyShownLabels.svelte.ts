/**
 * The network's labels as the page's first load holds them. With no highlight they are where
 * the layout put them; placing a highlight's labels again (shownLabels.ts, and the candidate
 * spots of labelPlacement.ts it uses) is code the first picture does not need, so it loads after
 * both views are drawn (App.svelte) or at the first highlight, whichever comes first. A highlight
 * made before it has come shows the layout's labels until then (a frame or two), and the placed
 * ones once it has: `labels` reads the loaded code as state (lazyModule.svelte.ts).
 */
import { lazyModule } from '../dom/lazyModule.svelte.ts';
import { labelsAtLayout } from './layoutLabels.ts';
import type { LabelledNode, ShownLabel, ShownLabelsOptions } from './shownLabels.ts';

const code = lazyModule(() => import('./shownLabels.ts'));

/** Loads the placement code once (again after a failed attempt). */
export const loadShownLabels = (): Promise<unknown> => code.load();

/**
 * computeShownLabels once its code is there; before, the labels the layout placed.
 * @example labels(nodes, { frame, shown: null, lit: null, focus: [], measure }).get('japan')?.text // -> 'Japan'
 */
export function labels<N extends LabelledNode>(
  nodes: readonly N[],
  o: ShownLabelsOptions<N>,
): Map<string, ShownLabel> {
  // Until the code has come (asked for here), the layout's labels.
  const placement = o.lit ? code.now : null;
  return placement ? placement.computeShownLabels(nodes, o) : labelsAtLayout(nodes, o.shown);
}
