/**
 * The dashboard's shared state: the filters (what is kept), the selection (one actor or event,
 * shown in the detail panel and highlighted in both views), what is hovered, and the search.
 */
import { applyFilters, isUnfiltered } from '../filters/applyFilters.ts';
import { describeFilters } from '../filters/describeFilters.ts';
import { EMPTY_FILTERS, type Filters } from '../filters/types.ts';
import type { Dataset, Evidence } from '../model/schema.ts';
import { keepWhatExists } from './keepWhatExists.ts';
import { highlightOf, matchesOf } from './lazyHighlight.svelte.ts';
import { sameSelection, toggleSelection, type Selection } from './selection.ts';
import type { ViewState, Zoom } from './viewState.ts';

/** A period of time as ISO dates, inclusive: ['2018-01-01', '2020-12-31']. */
export type Period = [string, string];

/** What the dashboard's views read of it (DashboardState.shown). */
export type Shown = Pick<
  DashboardState,
  | 'dataset'
  | 'kept'
  | 'keptAllTime'
  | 'filtered'
  | 'description'
  | 'period'
  | 'selection'
  | 'highlight'
>;

export class DashboardState {
  /** The dataset: the seeds, plus any article added in the browser (see setDataset). */
  dataset = $state.raw<Dataset>() as Dataset;
  filters = $state.raw<Filters>(EMPTY_FILTERS);
  selection = $state<Selection>(null);
  #hovered = $state.raw<Selection>(null);
  /**
   * What the pointer (or the keyboard's focus) is over. Hovering what is already hovered changes
   * nothing: a press on a relation focuses what the pointer is over, and a new highlight then
   * restyled every mark and repainted the relations as the drag began.
   */
  get hovered(): Selection {
    return this.#hovered;
  }
  set hovered(next: Selection) {
    if (!sameSelection(next, this.#hovered)) this.#hovered = next;
  }
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
  matches = $derived.by(() => matchesOf(this.dataset, this.filters.query));
  /** The "Showing: ..." line. */
  description = $derived.by(() => describeFilters(this.dataset, this.filters));
  filtered = $derived.by(() => !isUnfiltered(this.filters));

  /** What the selection (or, while nothing is selected, the hover or the search) lights up. */
  highlight = $derived.by(
    () => highlightOf(this.dataset, this.selection ?? this.hovered) ?? this.matches,
  );

  /** The evidence the Sources reader is open at (its article, scrolled to it), or null. */
  reading = $state.raw<Evidence | null>(null);

  /** Whether the briefing's stage covers the page, hiding the views (App tells it, reactively). */
  covered: () => boolean = () => false;
  /** The values the views last drew, by name (plain: read while covered, never tracked). */
  #drawn: Record<string, unknown> = {};
  /**
   * What the dashboard's two views draw: this state's values, or while covered the ones they
   * last drew, read without tracking, so a step of the briefing changes its stage only (at the
   * corpus's size, the hidden views' highlight took a third of a step); they catch up once, when
   * the briefing ends.
   * @example dashboard.shown.highlight // the selection's highlight, or what it was when covered
   */
  readonly shown: Shown = new Proxy(this, {
    get: (state, name: keyof Shown) =>
      state.covered() && name in state.#drawn
        ? state.#drawn[name]
        : (state.#drawn[name] = state[name]),
  });

  constructor(dataset: Dataset) {
    this.dataset = dataset;
  }

  /**
   * Replaces the dataset (an article was added or removed). The selection, the country filter
   * values and the reader's evidence are kept where they still exist; everything else stays.
   * @example dashboard.setDataset(extractDataset([...articles, added]))
   */
  setDataset(next: Dataset): void {
    const kept = keepWhatExists(next, this.filters, this.selection, this.reading);
    this.dataset = next;
    this.filters = kept.filters;
    this.selection = kept.selection;
    this.reading = kept.reading;
    this.hovered = null;
  }

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
