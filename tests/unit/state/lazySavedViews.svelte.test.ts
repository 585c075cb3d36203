/**
 * The saved views' code stays out of the first load: until it has loaded there are no views and
 * nothing can be stored; loading reads storage once, tells its notices once and follows other
 * tabs; once loaded, a new holder reads storage at once (a link at a briefing step, main.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  LazySavedViews,
  loadSavedViewsCode,
} from '../../../src/lib/state/lazySavedViews.svelte.ts';
import { SAVED_VIEWS_KEY } from '../../../src/lib/state/savedViewsSchema.ts';
import { EMPTY_VIEW_STATE } from '../../../src/lib/state/viewState.ts';

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

const view = { id: 'a', name: 'A', created: '2024-05-01T10:00:00.000Z', state: EMPTY_VIEW_STATE };
const stored = (views: unknown[]) => JSON.stringify({ version: 3, views, briefs: [] });

describe('LazySavedViews', () => {
  it('has no views before its code loads, then reads them once and tells its notices', async () => {
    const storage = new MemoryStorage() as Storage;
    storage.setItem(SAVED_VIEWS_KEY, '{"version":2,"views":[{"id":');
    const told: string[][] = [];
    const saved = new LazySavedViews((n) => told.push(n), undefined, storage);
    expect(saved.store).toBe(null);
    expect(saved.views).toEqual([]);
    expect(saved.briefs).toEqual([]);
    expect(() => saved.setViews([view])).toThrow(/not been read/);
    const store = await saved.load();
    expect(saved.store).toBe(store);
    expect(await saved.load()).toBe(store);
    expect(told).toHaveLength(1);
    expect(told[0].join(' ')).toMatch(/could not be read/);
    expect(saved.setViews([view])).toEqual([]);
    expect(saved.views.map((v) => v.id)).toEqual(['a']);
  });

  it('with its code loaded, reads storage at once and follows other tabs', async () => {
    await loadSavedViewsCode();
    const storage = new MemoryStorage() as Storage;
    storage.setItem(SAVED_VIEWS_KEY, stored([view]));
    const target = new EventTarget() as unknown as Window;
    const saved = new LazySavedViews(() => {}, target, storage);
    expect(saved.views.map((v) => v.id)).toEqual(['a']);
    storage.setItem(SAVED_VIEWS_KEY, stored([]));
    target.dispatchEvent(Object.assign(new Event('storage'), { key: SAVED_VIEWS_KEY }));
    expect(saved.views).toEqual([]);
  });
});
