import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  COUNT_KEY,
  mayHaveStoredArticles,
  recordStoredCount,
} from '../../../src/lib/sources/storedCount.ts';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('the stored-articles count (fast start)', () => {
  it('a browser that never stored an article, or removed them all, draws at once', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    expect(mayHaveStoredArticles()).toBe(false);
    recordStoredCount(2);
    expect(localStorage.getItem(COUNT_KEY)).toBe('2');
    expect(mayHaveStoredArticles()).toBe(true);
    recordStoredCount(0);
    expect(mayHaveStoredArticles()).toBe(false);
  });

  it('storage that throws counts as "maybe" (wait for IndexedDB), and recording never throws', () => {
    const broken = memoryStorage();
    broken.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    broken.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    vi.stubGlobal('localStorage', broken);
    expect(mayHaveStoredArticles()).toBe(true);
    expect(() => recordStoredCount(1)).not.toThrow();
  });
});
