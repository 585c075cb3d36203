/**
 * What a selection, a hover or a search lights up, as the page's first load holds it: the code
 * that works it out (highlight.ts, with the index of each actor's relations and events, and the
 * search) is not needed for the first picture, so it loads after both views are drawn (App.svelte)
 * or at the first need, whichever comes first. What a link names before it has come is lit once
 * it has, a frame or two later: `highlightOf` and `matchesOf` read the loaded code as state, so a
 * derived that calls them runs again.
 */
import { lazyCode } from '../dom/lazyCode.ts';
import type { Dataset } from '../model/schema.ts';
import type { SearchMatches } from '../filters/types.ts';
import type { Highlight, Selection } from './selection.ts';

const code = lazyCode(() => import('./highlight.ts'));
let loaded = $state.raw<typeof import('./highlight.ts') | null>(null);

/** Loads the code once (again after a failed attempt). */
export const loadHighlight = (): Promise<unknown> => code.load().then((m) => (loaded = m));

/**
 * computeHighlight once its code is there; before, nothing lit.
 * @example highlightOf(dataset, { kind: 'actor', id: 'japan' })?.events.size // -> 9, once loaded
 */
export function highlightOf(dataset: Dataset, selection: Selection): Highlight | null {
  if (!selection) return null;
  if (loaded) return loaded.computeHighlight(dataset, selection);
  void loadHighlight().catch(() => {
    // Tried again at the next selection; nothing is lit until then.
  });
  return null;
}

/**
 * What the search `query` matches once the code is there; before, and for an empty query, null.
 * @example matchesOf(dataset, 'galwan')?.events.size // -> 1, once loaded
 */
export function matchesOf(dataset: Dataset, query: string): SearchMatches | null {
  if (!query.trim()) return null;
  if (loaded) return loaded.searchDataset(dataset, query);
  void loadHighlight().catch(() => {
    // Tried again at the next search; nothing is lit until then.
  });
  return null;
}
