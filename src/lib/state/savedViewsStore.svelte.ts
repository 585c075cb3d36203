/**
 * The one store of saved views and briefs in this tab: the Saved views menu and the brief editor
 * both read and change it. Every change is read-modify-write (mergeById over what storage holds
 * now), so a view saved in another tab is never overwritten, and another tab's change reaches
 * this one through the `storage` event.
 */
import type { Brief } from '../briefing/types.ts';
import { mergeById } from './mergeById.ts';
import { SAVED_VIEWS_KEY } from './savedViewsSchema.ts';
import { loadSavedViews, updateSavedViews } from './storage.ts';
import type { SavedView } from './viewState.ts';

export class SavedViewsStore {
  views = $state.raw<SavedView[]>([]);
  briefs = $state.raw<Brief[]>([]);
  /** What went wrong reading storage at start (told once by whoever made the store). */
  readonly notices: string[];

  constructor(private readonly storage?: Storage) {
    const loaded = loadSavedViews(storage);
    this.views = loaded.views;
    this.briefs = loaded.briefs;
    this.notices = loaded.notices;
  }

  /**
   * Stores the views this tab now has, merged with what other tabs stored since; returns notices.
   * @example dashboard.notify(store.setViews([...store.views, view]))
   */
  setViews(next: readonly SavedView[]): string[] {
    const base = this.views;
    return this.write((stored) => ({
      views: mergeById(base, next, stored.views),
      briefs: stored.briefs,
    }));
  }

  /** The same for briefs. @example notices = store.setBriefs(deleteBrief(store.briefs, id)) */
  setBriefs(next: readonly Brief[]): string[] {
    const base = this.briefs;
    return this.write((stored) => ({
      views: stored.views,
      briefs: mergeById(base, next, stored.briefs),
    }));
  }

  private write(next: Parameters<typeof updateSavedViews>[0]): string[] {
    const written = updateSavedViews(next, this.storage);
    this.views = written.views;
    this.briefs = written.briefs;
    return written.notices;
  }

  /**
   * Follows changes other tabs make (the `storage` event fires only in the other tabs).
   * @example $effect(() => store.follow(window))
   */
  follow(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
    const onstorage = (event: StorageEvent) => {
      if (event.key !== SAVED_VIEWS_KEY && event.key !== null) return;
      const loaded = loadSavedViews(this.storage);
      this.views = loaded.views;
      this.briefs = loaded.briefs;
    };
    target.addEventListener('storage', onstorage);
    return () => target.removeEventListener('storage', onstorage);
  }
}
