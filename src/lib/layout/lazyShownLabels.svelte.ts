/**
 * The network's labels as the page's first load holds them. With no highlight they are where
 * the layout put them; placing a highlight's labels again (shownLabels.ts, and the candidate
 * spots of labelPlacement.ts it uses) is code the first picture does not need, so it loads after
 * both views are drawn (App.svelte) or at the first highlight, whichever comes first. A highlight
 * made before it has come shows the layout's labels until then (a frame or two), and the placed
 * ones once it has: `labels` reads the loaded code as state, so a derived that calls it runs again.
 */
import { lazyCode } from '../dom/lazyCode.ts';
import { labelsAtLayout } from './layoutLabels.ts';
import type { LabelledNode, ShownLabel, ShownLabelsOptions } from './shownLabels.ts';

const code = lazyCode(() => import('./shownLabels.ts'));
let loaded = $state.raw<typeof import('./shownLabels.ts') | null>(null);

/** Loads the placement code once (again after a failed attempt). */
export const loadShownLabels = (): Promise<unknown> => code.load().then((m) => (loaded = m));

/**
 * computeShownLabels once its code is there; before, the labels the layout placed.
 * @example labels(nodes, { frame, shown: null, lit: null, focus: [], measure }).get('japan')?.text // -> 'Japan'
 */
export function labels<N extends LabelledNode>(
  nodes: readonly N[],
  o: ShownLabelsOptions<N>,
): Map<string, ShownLabel> {
  if (o.lit) {
    if (loaded) return loaded.computeShownLabels(nodes, o);
    void loadShownLabels().catch(() => {
      // Tried again at the next highlight; the layout's labels stay until then.
    });
  }
  return labelsAtLayout(nodes, o.shown);
}
