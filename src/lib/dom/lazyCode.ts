/**
 * Code loaded on demand, once: `load()` imports it (again after a failed attempt, so a network
 * hiccup is not final) and `loaded` holds it once it has come, for code that must act at once
 * when it can. The briefing and the saved views load this way (lazyBriefing, lazySavedViews).
 */
export interface LazyCode<T> {
  load(): Promise<T>;
  readonly loaded: T | null;
}

/** @example const briefing = lazyCode(() => import('./briefingState.svelte.ts')) */
export function lazyCode<T>(importer: () => Promise<T>): LazyCode<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load: () =>
      (loading ??= importer().then(
        (m) => (loaded = m),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    get loaded() {
      return loaded;
    },
  };
}
