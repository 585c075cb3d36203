/**
 * What a selection, a hover or a search lights up, as the page's first load holds it: the code
 * that works it out (highlight.ts, with the index of each actor's relations and events, and the
 * search) is not needed for the first picture, so it loads after both views are drawn (App.svelte)
 * or at the first need, whichever comes first (lazyModule.svelte.ts). What a link names before it
 * has come is lit once it has, a frame or two later.
 */
import { lazyModule } from '../dom/lazyModule.svelte.ts';
import type { SearchMatches } from '../filters/types.ts';
import type { Dataset } from '../model/schema.ts';
import type { Highlight, Selection } from './selection.ts';

const code = lazyModule(() => import('./highlight.ts'));

/** Loads the code once (again after a failed attempt). */
export const loadHighlight = (): Promise<unknown> => code.load();

/**
 * computeHighlight once its code is there; before, nothing lit.
 * @example highlightOf(dataset, { kind: 'actor', id: 'japan' })?.events.size // -> 9, once loaded
 */
export const highlightOf = (dataset: Dataset, selection: Selection): Highlight | null =>
  selection ? (code.now?.computeHighlight(dataset, selection) ?? null) : null;

/**
 * What the search `query` matches once the code is there; before, and for an empty query, null.
 * @example matchesOf(dataset, 'galwan')?.events.size // -> 1, once loaded
 */
export const matchesOf = (dataset: Dataset, query: string): SearchMatches | null =>
  query.trim() ? (code.now?.searchDataset(dataset, query) ?? null) : null;
