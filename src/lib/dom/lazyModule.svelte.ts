/**
 * Code the first picture does not need, read as state: `now` is the module once it has come,
 * and before that starts loading it and is null. A derived that reads `now` runs again when the
 * module arrives, so what it shows catches up a frame or two later. The labels' placement, the
 * timeline's callout and what a selection lights up load this way (App.svelte prefetches them
 * once both views are painted).
 */
import { lazyCode } from './lazyCode.ts';

export interface LazyModule<T> {
  /** Loads the module once (again after a failed attempt). */
  load(): Promise<T>;
  /** The module, or null while it has not come (asking starts loading it; a failure is tried again at the next ask). */
  readonly now: T | null;
}

/** @example const placement = lazyModule(() => import('./shownLabels.ts')); placement.now?.computeShownLabels(...) */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  const code = lazyCode(importer);
  let loaded = $state.raw<T | null>(null);
  const load = () => code.load().then((m) => (loaded = m));
  return {
    load,
    get now() {
      if (!loaded) void load().catch(() => {});
      return loaded;
    },
  };
}
