/**
 * The briefing as the page's first load holds it: its code (BriefingState, the steps it builds
 * from the dataset, their key map) loads after both views are drawn, on first use (P, the
 * Present menu), or before the page mounts when the link opens at a step (main.ts). Until then
 * the briefing is off, and the link part says nothing. It starts from the stored briefs, so it
 * waits for them to be read too (state/lazySavedViews.svelte.ts).
 */
import { lazyCode } from '../dom/lazyCode.ts';
import { linkHasBriefing } from '../state/briefingLink.ts';
import type { DashboardState } from '../state/dashboard.svelte.ts';
import type { UrlPart } from '../state/urlBinding.svelte.ts';
import type { BriefingState } from './briefingState.svelte.ts';
import type { Brief } from './types.ts';

const code = lazyCode(() => import('./briefingState.svelte.ts'));

/** Loads the briefing's code once (again after a failed attempt). */
export const loadBriefingCode = () => code.load();

/** Where the briefs come from: the store once read, and how to read it (LazySavedViews). */
export interface BriefSource {
  readonly store: { readonly briefs: Brief[] } | null;
  load(): Promise<unknown>;
}

export class LazyBriefing {
  /** The briefing, once its code has loaded. */
  state = $state.raw<BriefingState | null>(null);

  constructor(
    private readonly dashboard: DashboardState,
    private readonly saved: BriefSource,
  ) {}

  /** Briefing mode is on (never before the code has loaded). */
  get active(): boolean {
    return this.state?.active ?? false;
  }

  /** The briefing, made once its code and the briefs are there; null before. */
  #made(): BriefingState | null {
    const briefs = this.saved.store?.briefs;
    if (!this.state && code.loaded && briefs)
      this.state = new code.loaded.BriefingState(this.dashboard, briefs);
    return this.state;
  }

  /** The briefing, loading its code (and reading the briefs) first if need be. */
  load(): Promise<BriefingState> {
    return Promise.all([loadBriefingCode(), this.saved.load()]).then(
      () => this.#made() as BriefingState,
    );
  }

  /** The step in the address bar (BriefingState's own part, once it exists). */
  readonly urlPart: UrlPart = {
    read: (search) => {
      const briefing = this.#made();
      if (briefing) return briefing.urlPart.read(search);
      // Back or forward to a briefing step before the code came: read it once it has.
      if (linkHasBriefing(search))
        void this.load().then((b) => this.dashboard.notify(b.urlPart.read(location.search)));
      return [];
    },
    query: () => this.state?.urlPart.query() ?? '',
  };
}
