/**
 * Keeps the address bar and the dashboard in step: the link is read at start and on
 * back/forward; each change of filters, selection or tab is a new history entry, and panning
 * or zooming only updates the current one. Must be called while a component initialises.
 */
import type { DashboardState } from './dashboard.svelte.ts';
import { parseViewState, serializeViewState, type KnownValues } from './urlState.ts';

const DEFAULT_TAB = 'overview';

/**
 * @example bindUrl(dashboard, known) // in App.svelte's <script>
 */
export function bindUrl(dashboard: DashboardState, known: KnownValues): void {
  const read = () => {
    const { state, notices } = parseViewState(location.search, known);
    dashboard.applyViewState(state);
    dashboard.notify(notices);
  };
  read();
  let last = serializeViewState(dashboard.viewState, { defaultTab: DEFAULT_TAB });
  let lastWithoutZoom = serializeViewState(
    { ...dashboard.viewState, zoom: null },
    { defaultTab: DEFAULT_TAB },
  );

  $effect(() => {
    const query = serializeViewState(dashboard.viewState, { defaultTab: DEFAULT_TAB });
    const withoutZoom = serializeViewState(
      { ...dashboard.viewState, zoom: null },
      { defaultTab: DEFAULT_TAB },
    );
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
      last = serializeViewState(dashboard.viewState, { defaultTab: DEFAULT_TAB });
      lastWithoutZoom = serializeViewState(
        { ...dashboard.viewState, zoom: null },
        { defaultTab: DEFAULT_TAB },
      );
    };
    window.addEventListener('popstate', onpop);
    return () => window.removeEventListener('popstate', onpop);
  });
}
