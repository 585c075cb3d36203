/**
 * How many added articles this browser stores, kept in localStorage beside IndexedDB
 * (addedStore.ts): read synchronously at start, so a browser with none draws the page at once
 * and loads the sources layer later, instead of waiting for IndexedDB first.
 */

/** The localStorage key of the count. */
export const COUNT_KEY = 'tieline:added-articles';

/** True unless this browser says it holds no added article (unknown counts as maybe). */
export function mayHaveStoredArticles(): boolean {
  try {
    const raw = localStorage.getItem(COUNT_KEY);
    return raw !== null && raw !== '0';
  } catch {
    return true;
  }
}

/** Records how many articles are stored; storage failures only cost the fast start. */
export function recordStoredCount(count: number): void {
  try {
    localStorage.setItem(COUNT_KEY, String(count));
  } catch {
    // Without the count the next start simply waits for IndexedDB.
  }
}
