/**
 * The dashboard's shared state: the filters (what is kept), the selection (one actor or event,
 * shown in the detail panel and highlighted in both views), what is hovered, and the search.
 */
import { applyFilters, isUnfiltered } from '../filters/applyFilters.ts';
import { describeFilters } from '../filters/describeFilters.ts';
import { searchDataset } from '../filters/search.ts';
import { EMPTY_FILTERS, type Filters } from '../filters/types.ts';
import type { Dataset } from '../model/schema.ts';
import { computeHighlight, toggleSelection, type Selection } from './selection.ts';
import type { ViewState, Zoom } from './urlState.ts';

/** A period of time as ISO dates, inclusive: ['2018-01-01', '2020-12-31']. */
export type Period = [string, string];

export class DashboardState {
  filters = $state.raw<Filters>(EMPTY_FILTERS);
  selection = $state<Selection>(null);
  hovered = $state<Selection>(null);
  /** The network's pan and zoom; null is the whole picture. */
  zoom = $state.raw<Zoom | null>(null);
  /** The open tab. */
  tab = $state('overview');
  /** Things the user should know: a link or saved view that could not be read whole. */
  notices = $state<string[]>([]);

  /** What the filters keep. */
  kept = $derived.by(() => applyFilters(this.dataset, this.filters));
  /** What the filters keep, all time: the timeline shows every date and marks the period. */
  keptAllTime = $derived.by(() =>
    // Without a period it is the same set: do not filter the dataset twice.
    this.filters.period ? applyFilters(this.dataset, { ...this.filters, period: null }) : this.kept,
  );
  /** What the search matches (highlighted in both views), or null with no query. */
  matches = $derived.by(() => searchDataset(this.dataset, this.filters.query));
  /** The "Showing: ..." line. */
  description = $derived.by(() => describeFilters(this.dataset, this.filters));
  filtered = $derived.by(() => !isUnfiltered(this.filters));

  /** What the selection (or, while nothing is selected, the hover or the search) lights up. */
  highlight = $derived.by(
    () => computeHighlight(this.dataset, this.selection ?? this.hovered) ?? this.matches,
  );

  constructor(readonly dataset: Dataset) {}

  get period(): Period | null {
    return this.filters.period;
  }

  set period(period: Period | null) {
    this.filters = { ...this.filters, period };
  }

  setFilters(next: Partial<Filters>): void {
    this.filters = { ...this.filters, ...next };
  }

  clearFilters(): void {
    this.filters = { ...EMPTY_FILTERS };
  }

  /** Everything a link or a saved view holds. */
  get viewState(): ViewState {
    return { filters: this.filters, selection: this.selection, zoom: this.zoom, tab: this.tab };
  }

  applyViewState(state: ViewState): void {
    this.filters = state.filters;
    this.selection = state.selection;
    this.zoom = state.zoom;
    this.tab = state.tab || 'overview';
  }

  notify(messages: string[]): void {
    if (messages.length) this.notices = [...this.notices, ...messages];
  }

  select(next: Selection): void {
    this.selection = toggleSelection(this.selection, next);
  }

  clear(): void {
    this.selection = null;
  }
}
