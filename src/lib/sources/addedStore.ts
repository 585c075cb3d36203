/**
 * Added articles in IndexedDB (database `tieline`, store `added-articles`, keyed by file name):
 * the only side effects of the sources layer. Never throws: every failure is a message.
 */
import { parseStoredArticle } from './storedArticle.ts';
import type { AddedArticle } from './types.ts';

export const DB_NAME = 'tieline';
export const STORE = 'added-articles';
function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('the database is blocked by another tab'));
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/**
 * The stored articles, oldest first, and what could not be read.
 * @example const { articles, notices } = await loadAddedArticles()
 */
export async function loadAddedArticles(): Promise<{
  articles: AddedArticle[];
  notices: string[];
}> {
  try {
    const db = await open();
    const { keys, values } = await new Promise<{ keys: IDBValidKey[]; values: unknown[] }>(
      (resolve, reject) => {
        const tx = db.transaction(STORE, 'readonly');
        const store = tx.objectStore(STORE);
        const keys = store.getAllKeys();
        const values = store.getAll();
        tx.oncomplete = () => resolve({ keys: keys.result, values: values.result });
        tx.onerror = () => reject(tx.error);
      },
    );
    db.close();
    const articles: AddedArticle[] = [];
    const notices: string[] = [];
    values.forEach((raw, i) => {
      const read = parseStoredArticle(raw, String(keys[i]));
      if (read.ok) articles.push(read.article);
      else notices.push(read.message);
    });
    articles.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
    return { articles, notices };
  } catch (error) {
    return {
      articles: [],
      notices: [
        `Added articles could not be read from this browser's storage (${describe(error)})`,
      ],
    };
  }
}

/** Stores articles; null on success, else a message. */
export async function storeArticles(articles: readonly AddedArticle[]): Promise<string | null> {
  try {
    const db = await open();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      for (const a of articles) tx.objectStore(STORE).put({ ...a }, a.file);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
    db.close();
    return null;
  } catch (error) {
    return `The article could not be kept in this browser's storage (${describe(error)}); it will be gone after a reload`;
  }
}

/** Deletes a stored article; null on success, else a message. */
export async function deleteArticle(file: string): Promise<string | null> {
  try {
    await run('readwrite', (store) => store.delete(file));
    return null;
  } catch (error) {
    return `The article could not be removed from this browser's storage (${describe(error)}); it may come back after a reload`;
  }
}
