/**
 * The saved views and briefs as the page's first load holds them: reading them (storage.ts, the
 * stored document's migrations, its valibot schema) is code the first picture does not need, so
 * it loads after both views are drawn, on first use (the Saved views menu, the briefing), or
 * before the page mounts when the link opens at a briefing step (main.ts). Until then there are
 * no views and no briefs; once loaded, the one SavedViewsStore is made, tells what went wrong
 * reading storage, and follows other tabs.
 */
import { lazyCode } from '../dom/lazyCode.ts';
import type { Brief } from '../briefing/types.ts';
import type { SavedViewsStore } from './savedViewsStore.svelte.ts';
import type { SavedView } from './viewState.ts';

const code = lazyCode(() => import('./savedViewsStore.svelte.ts'));

/** Loads the store's code once (again after a failed attempt). */
export const loadSavedViewsCode = () => code.load();

type Target = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export class LazySavedViews {
  /** The store, once its code has loaded. */
  store = $state.raw<SavedViewsStore | null>(null);

  /**
   * @param tell where the store's notices go (a damaged store, an upgrade), once
   * @param events the window whose `storage` events (other tabs' changes) it follows
   */
  constructor(
    private readonly tell: (notices: string[]) => void,
    private readonly events?: Target,
    private readonly storage?: Storage,
  ) {
    this.#made();
  }

  /** The saved views ([] before the code has loaded). */
  get views(): SavedView[] {
    return this.store?.views ?? [];
  }

  /** The briefs ([] before the code has loaded). */
  get briefs(): Brief[] {
    return this.store?.briefs ?? [];
  }

  #made(): SavedViewsStore | null {
    if (!this.store && code.loaded) {
      const store = new code.loaded.SavedViewsStore(this.storage);
      this.store = store;
      this.tell(store.notices);
      if (this.events) store.follow(this.events);
    }
    return this.store;
  }

  /** The store, loading its code first if need be. */
  load(): Promise<SavedViewsStore> {
    return loadSavedViewsCode().then(() => this.#made() as SavedViewsStore);
  }

  /** SavedViewsStore.setViews; only called once loaded (the panels that change views wait). */
  setViews(next: readonly SavedView[]): string[] {
    return this.#loaded().setViews(next);
  }

  /** SavedViewsStore.setBriefs, the same. */
  setBriefs(next: readonly Brief[]): string[] {
    return this.#loaded().setBriefs(next);
  }

  #loaded(): SavedViewsStore {
    if (!this.store) throw new Error('the saved views have not been read yet');
    return this.store;
  }
}
