/**
 * Added articles in IndexedDB (database `tieline`, store `added-articles`, keyed by file name):
 * the only side effects of the sources layer. Never throws: every failure is a message.
 */
import { parseStoredArticle } from './storedArticle.ts';
import type { AddedArticle } from './types.ts';

export const DB_NAME = 'tieline';
export const STORE = 'added-articles';
/**
 * An unreadable record is moved to this key prefix, in the same store: it is said once, never
 * loaded again, and its bytes stay in this browser's storage (nothing is thrown away).
 */
export const ASIDE = 'unreadable:';
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
    const articles: AddedArticle[] = [];
    const notices: string[] = [];
    const unreadable: { key: IDBValidKey; raw: unknown }[] = [];
    values.forEach((raw, i) => {
      const key = keys[i];
      if (typeof key === 'string' && key.startsWith(ASIDE)) return;
      const read = parseStoredArticle(raw, String(key));
      if (read.ok) articles.push(read.article);
      else {
        notices.push(read.message);
        unreadable.push({ key, raw });
      }
    });
    if (unreadable.length) notices.push(await setAside(db, unreadable));
    db.close();
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

/** Moves unreadable records under ASIDE; says what became of them. */
async function setAside(
  db: IDBDatabase,
  records: { key: IDBValidKey; raw: unknown }[],
): Promise<string> {
  const what = records.length === 1 ? 'It was' : 'They were';
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      for (const { key, raw } of records) {
        store.put(raw, `${ASIDE}${String(key)}`);
        store.delete(key);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
    return `${what} set aside in this browser's storage (key "${ASIDE}…") and will not be read again`;
  } catch (error) {
    return `${what} kept as they are (setting them aside failed: ${describe(error)}), so this notice will come back`;
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
