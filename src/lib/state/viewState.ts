/**
 * What a view is, shared by the link codec (urlState.ts), saved views and briefs: filters,
 * selection, zoom and tab. Types and plain helpers only, so every module that speaks of a view
 * can import it without importing each other.
 */
import { EMPTY_FILTERS, type Filters } from '../filters/types.ts';
import type { Selection } from './selection.ts';

/** The network's pan and zoom, as d3-zoom reports it. */
export interface Zoom {
  x: number;
  y: number;
  k: number;
}

export interface ViewState {
  filters: Filters;
  selection: Selection;
  zoom: Zoom | null;
  /** The open tab; '' is the default one (links leave it out). */
  tab: string;
}

/** A named snapshot of a view, as saved in the browser and exchanged in files. */
export interface SavedView {
  id: string;
  name: string;
  /** ISO timestamp. */
  created: string;
  state: ViewState;
}

export const EMPTY_VIEW_STATE: ViewState = {
  filters: EMPTY_FILTERS,
  selection: null,
  zoom: null,
  tab: '',
};

/** The longest search text a view keeps. */
export const MAX_QUERY_LENGTH = 200;

/** A fresh copy, so a saved view never shares arrays with live (possibly proxied) state. */
export const cloneViewState = (s: ViewState): ViewState => ({
  filters: {
    domains: [...s.filters.domains],
    countries: [...s.filters.countries],
    ...(s.filters.betweenOnly ? { betweenOnly: true } : {}),
    kinds: [...s.filters.kinds],
    relationTypes: [...s.filters.relationTypes],
    statuses: [...s.filters.statuses],
    period: s.filters.period ? [s.filters.period[0], s.filters.period[1]] : null,
    query: s.filters.query,
  },
  selection: s.selection ? { kind: s.selection.kind, id: s.selection.id } : null,
  zoom: s.zoom ? { x: s.zoom.x, y: s.zoom.y, k: s.zoom.k } : null,
  tab: s.tab,
});
