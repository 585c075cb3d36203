/**
 * Keeps the address bar and the dashboard in step: the link is read at start and on
 * back/forward; each change of filters, selection or tab is a new history entry, and panning
 * or zooming only updates the current one. Must be called while a component initialises.
 */
import type { DashboardState } from './dashboard.svelte.ts';
import { parseViewState, serializeViewState, type KnownValues } from './urlState.ts';

const DEFAULT_TAB = 'overview';

/** More of the page in the link (the briefing's step): read at start and on back/forward. */
export interface UrlPart {
  /** Applies the link; returns notices for what it could not use. */
  read(search: string): string[];
  /** This part as a query string ('' when it has nothing to say); read reactively. */
  query(): string;
}

/**
 * @example bindUrl(dashboard, known) // in App.svelte's <script>
 */
export function bindUrl(dashboard: DashboardState, known: KnownValues, part?: UrlPart): void {
  const read = () => {
    const { state, notices } = parseViewState(location.search, known);
    dashboard.applyViewState(state);
    dashboard.notify([...notices, ...(part?.read(location.search) ?? [])]);
  };
  const serialize = (withZoom = true) =>
    [
      serializeViewState(withZoom ? dashboard.viewState : { ...dashboard.viewState, zoom: null }, {
        defaultTab: DEFAULT_TAB,
      }),
      part?.query() ?? '',
    ]
      .filter(Boolean)
      .join('&');
  read();
  let last = serialize();
  let lastWithoutZoom = serialize(false);

  $effect(() => {
    const query = serialize();
    const withoutZoom = serialize(false);
    if (query === last) return;
    const url = query ? `?${query}` : location.pathname;
    if (withoutZoom === lastWithoutZoom) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    last = query;
    lastWithoutZoom = withoutZoom;
  });

  $effect(() => {
    const onpop = () => {
      read();
      last = serialize();
      lastWithoutZoom = serialize(false);
    };
    window.addEventListener('popstate', onpop);
    return () => window.removeEventListener('popstate', onpop);
  });
}
