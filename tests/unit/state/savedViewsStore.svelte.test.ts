/**
 * Two tabs on one storage (issue 18, item 6): a view saved in one is never overwritten by a save
 * in the other, views imported through the brief editor survive the next save from the Saved
 * views menu, and a tab follows the other's changes through the `storage` event.
 */
import { describe, expect, it } from 'vitest';
import { createBrief } from '../../../src/lib/briefing/briefs.ts';
import { SAVED_VIEWS_KEY } from '../../../src/lib/state/savedViewsSchema.ts';
import { SavedViewsStore } from '../../../src/lib/state/savedViewsStore.svelte.ts';
import { EMPTY_VIEW_STATE, type SavedView } from '../../../src/lib/state/viewState.ts';

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
  clear = () => this.items.clear();
  key = (i: number) => [...this.items.keys()][i] ?? null;
  get length() {
    return this.items.size;
  }
}

const view = (id: string): SavedView => ({
  id,
  name: `View ${id}`,
  created: '2024-05-01T10:00:00.000Z',
  state: EMPTY_VIEW_STATE,
});
const names = (views: SavedView[]) => views.map((v) => v.id);

describe('SavedViewsStore across tabs', () => {
  it('a save in one tab keeps the view another tab saved meanwhile', () => {
    const storage = new MemoryStorage() as Storage;
    const one = new SavedViewsStore(storage);
    const two = new SavedViewsStore(storage);
    one.setViews([...one.views, view('a')]);
    two.setViews([...two.views, view('b')]);
    expect(names(new SavedViewsStore(storage).views)).toEqual(['a', 'b']);
    expect(names(two.views)).toEqual(['a', 'b']);
  });

  it('a delete in one tab removes only that view', () => {
    const storage = new MemoryStorage() as Storage;
    const one = new SavedViewsStore(storage);
    one.setViews([view('a'), view('b')]);
    const two = new SavedViewsStore(storage);
    one.setViews([...one.views, view('c')]);
    two.setViews(two.views.filter((v) => v.id !== 'a'));
    expect(names(new SavedViewsStore(storage).views)).toEqual(['b', 'c']);
  });

  it('briefs saved by the editor survive a save of views, and the other way round', () => {
    const storage = new MemoryStorage() as Storage;
    const menu = new SavedViewsStore(storage);
    const editor = new SavedViewsStore(storage);
    editor.setViews([view('imported')]);
    const made = createBrief([], 'Brief', '2024-05-01T10:00:00.000Z', 'b1');
    if (!made.ok) throw new Error(made.notice);
    editor.setBriefs(made.briefs);
    menu.setViews([...menu.views, view('mine')]);
    const after = new SavedViewsStore(storage);
    expect(names(after.views)).toEqual(['imported', 'mine']);
    expect(after.briefs.map((b) => b.id)).toEqual(['b1']);
  });

  it('follows another tab through the storage event', () => {
    const storage = new MemoryStorage() as Storage;
    const one = new SavedViewsStore(storage);
    const two = new SavedViewsStore(storage);
    const target = new EventTarget();
    const stop = two.follow(target as unknown as Window);
    one.setViews([view('a')]);
    expect(names(two.views)).toEqual([]);
    target.dispatchEvent(Object.assign(new Event('storage'), { key: SAVED_VIEWS_KEY }));
    expect(names(two.views)).toEqual(['a']);
    stop();
    one.setViews([...one.views, view('b')]);
    target.dispatchEvent(Object.assign(new Event('storage'), { key: SAVED_VIEWS_KEY }));
    expect(names(two.views)).toEqual(['a']);
  });
});
