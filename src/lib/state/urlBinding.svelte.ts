/**
 * Keeps the address bar and the dashboard in step: the link is read at start and on
 * back/forward; each change of filters, selection or tab is a new history entry, and panning
 * or zooming only updates the current one. Must be called while a component initialises.
 * The address bar is written after the change is painted: in Chromium a pushState costs about
 * 10 ms, most of a frame, and nobody reads the address bar in that frame.
 * Reading and writing links (urlState.ts) is code a page opened without a query does not need
 * for its first picture: it loads then once that picture is on screen (or at the first change,
 * if that comes first), and the address is written once it has come. A page opened with a
 * query loads it before mounting (main.ts), so the link is applied in the first picture.
 */
import { afterPaint } from '../dom/afterPaint.ts';
import { afterFirstPicture } from '../dom/pictureDrawn.svelte.ts';
import { lazyCode } from '../dom/lazyCode.ts';
import type { DashboardState } from './dashboard.svelte.ts';
import type { KnownValues } from './urlState.ts';

const code = lazyCode(() => import('./urlState.ts'));

/** Loads the link code once (again after a failed attempt). */
export const loadUrlCode = () => code.load();

const DEFAULT_TAB = 'overview';

/** More of the page in the link (the briefing's step): read at start and on back/forward. */
export interface UrlPart {
  /** Applies the link; returns notices for what it could not use. */
  read(search: string): string[];
  /** This part as a query string ('' when it has nothing to say); read reactively. */
  query(): string;
}

/**
 * Returns `relink`, for when stored articles have been read (`joined`: they changed the data).
 * With `waitForStored`, what the link names that the data lacks (an actor, a country) is not
 * told at start: the stored articles may have it. relink then reads the link again, applies it
 * when the address is still the one the page opened with, and tells what is still missing.
 * @example const relink = bindUrl(dashboard, known, part, { waitForStored: true }) // in App.svelte's <script>
 */
export function bindUrl(
  dashboard: DashboardState,
  known: KnownValues,
  part?: UrlPart,
  { waitForStored = false } = {},
): (joined: boolean) => void {
  const opened = location.search;
  let holding = waitForStored;
  // Only called once the link code has come.
  const url = () => code.loaded as typeof import('./urlState.ts');
  const read = (hold = false) => {
    const { state, notices, missing } = url().parseViewState(location.search, known);
    dashboard.applyViewState(state);
    const told = hold ? notices.filter((n) => !missing.includes(n)) : notices;
    dashboard.notify([...told, ...(part?.read(location.search) ?? [])]);
  };
  const serialize = (withZoom = true) =>
    [
      url().serializeViewState(
        withZoom ? dashboard.viewState : { ...dashboard.viewState, zoom: null },
        {
          defaultTab: DEFAULT_TAB,
        },
      ),
      part?.query() ?? '',
    ]
      .filter(Boolean)
      .join('&');
  // What the address bar says: nothing, for a page opened without a query (the default view).
  let last = '';
  let lastWithoutZoom = '';
  // The link code has come: the address is read (if any) and written from then on.
  let ready = $state(false);
  const begin = () => {
    if (opened) {
      read(holding);
      last = serialize();
      lastWithoutZoom = serialize(false);
    }
    ready = true;
  };
  // Loaded before mounting when there is a query (main.ts). Opened without one, it loads once
  // the first picture is on screen (Vite's requests for it, <link rel=modulepreload> elements,
  // took 1-5 ms of the mount), or at the first change if that comes first (a page whose network
  // could not be laid out never has its picture). Should it fail to load, the address is
  // neither read nor written until it is asked for again.
  let asked = false;
  const load = () => {
    if (asked) return;
    asked = true;
    void code.load().then(begin, () => (asked = false));
  };
  if (code.loaded) begin();
  else if (opened) load();
  else afterFirstPicture(load);

  // The write still to do: at most one; a zoom after a change only updates its address.
  let pending: { url: string; push: boolean } | null = null;
  const write = () => {
    if (!pending) return;
    const { url, push } = pending;
    pending = null;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  let first = true;
  $effect(() => {
    if (!ready) {
      // Read, so that a change before the link code has come runs this again and asks for it.
      void dashboard.viewState;
      void part?.query();
      if (!first) load();
      first = false;
      return;
    }
    const query = serialize();
    const withoutZoom = serialize(false);
    if (query === last) return;
    const url = query ? `?${query}` : location.pathname;
    if (withoutZoom === lastWithoutZoom) pending = { url, push: pending?.push ?? false };
    else {
      // Each change of filters, selection or tab is its own history entry.
      write();
      pending = { url, push: true };
    }
    last = query;
    lastWithoutZoom = withoutZoom;
    afterPaint(write);
  });

  $effect(() => {
    const onpop = () => {
      // Before the link code has come, nothing was written: begin() reads the address.
      if (!ready) return;
      // The browser has moved in history: a write not yet done would undo that.
      pending = null;
      read();
      last = serialize();
      lastWithoutZoom = serialize(false);
    };
    window.addEventListener('popstate', onpop);
    // Leaving or reloading the page at once still keeps the last change in its address.
    window.addEventListener('pagehide', write);
    return () => {
      window.removeEventListener('popstate', onpop);
      window.removeEventListener('pagehide', write);
    };
  });

  return (joined) => {
    const wasHolding = holding;
    holding = false;
    if (!opened || !ready) return;
    const { state, missing } = url().parseViewState(opened, known);
    if (wasHolding) dashboard.notify(missing);
    if (!joined || location.search !== opened || pending) return;
    dashboard.applyViewState(state);
    last = serialize();
    lastWithoutZoom = serialize(false);
  };
}
