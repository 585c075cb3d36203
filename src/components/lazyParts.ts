/**
 * The parts of the page that are not needed for its first picture (the views' click and Tab
 * targets, the timeline's zoom and brush, the details panel, the tables, the filter, saved-views,
 * export and Present menus' panels): their code loads after both views are drawn, or on first use if
 * that comes sooner, so the JavaScript the page needs to draw stays small. Each loader makes
 * one request, and once it has answered a part shows at once (ui/Lazy.svelte), without a frame
 * of waiting.
 */
import type { Component } from 'svelte';

/** Any component's props (Svelte's own bound: an interface has no index signature). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProps = Record<string, any>;

export interface Loader<P extends AnyProps> {
  (): Promise<Component<P>>;
  /** The component, once its code has loaded. */
  loaded: Component<P> | null;
}

function once<P extends AnyProps>(load: () => Promise<{ default: Component<P> }>): Loader<P> {
  let loading: Promise<Component<P>> | null = null;
  const loader: Loader<P> = Object.assign(
    () =>
      (loading ??= load().then(
        (m) => (loader.loaded = m.default),
        (error: unknown) => {
          loading = null; // a failed load (the network dropped) is tried again next time
          throw error;
        },
      )),
    { loaded: null },
  );
  return loader;
}

export const loadDetailPanel = once(() => import('./detail/DetailPanel.svelte'));
export const loadActorsTable = once(() => import('./tables/ActorsTable.svelte'));
export const loadRelationsTable = once(() => import('./tables/RelationsTable.svelte'));
export const loadEventsTable = once(() => import('./tables/EventsTable.svelte'));
export const loadSavedViewsPanel = once(() => import('./filters/SavedViewsPanel.svelte'));
export const loadExportPanel = once(() => import('./export/ExportPanel.svelte'));
export const loadPresentPanel = once(() => import('./briefing/PresentPanel.svelte'));
export const loadNetworkHitLayer = once(() => import('./network/NetworkHitLayer.svelte'));
export const loadTimelineOverlay = once(() => import('./timeline/TimelineOverlay.svelte'));
export const loadFacetPanel = once(() => import('./filters/FacetPanel.svelte'));
export const loadPeriodPanel = once(() => import('./filters/PeriodPanel.svelte'));

/**
 * A part that also needs something else loaded before it shows (the saved-views panel: the
 * views read from storage, lazySavedViews.svelte.ts).
 * @example needing(loadSavedViewsPanel, () => saved.load(), () => saved.store !== null)
 */
export function needing<P extends AnyProps>(
  part: Loader<P>,
  other: () => Promise<unknown>,
  ready: () => boolean,
): Loader<P> {
  return Object.defineProperty(() => other().then(() => part()), 'loaded', {
    get: () => (ready() ? part.loaded : null),
  }) as Loader<P>;
}

/**
 * What a part whose code could not be fetched says in its place (Lazy.svelte, the Sources tab).
 * @example loadFailure('the details panel', new TypeError('Failed to fetch'))
 *   // -> 'Could not load the details panel (Failed to fetch). Reload the page to try again.'
 */
export function loadFailure(what: string, error: unknown): string {
  const why = error instanceof Error ? error.message : String(error);
  return `Could not load ${what} (${why}). Reload the page to try again.`;
}

/** Loads every part in the background (called once the first picture is on screen). */
export function prefetchParts(): void {
  for (const load of [
    loadNetworkHitLayer,
    loadTimelineOverlay,
    loadDetailPanel,
    loadActorsTable,
    loadRelationsTable,
    loadEventsTable,
    loadSavedViewsPanel,
    loadExportPanel,
    loadPresentPanel,
    loadFacetPanel,
    loadPeriodPanel,
  ] as Loader<never>[])
    load().catch(() => {
      // Said where the part is shown (ui/Lazy.svelte), if it still fails then.
    });
}
