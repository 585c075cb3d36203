/**
 * Added articles in IndexedDB (database `tieline`, store `added-articles`, keyed by document id:
 * storedKeys.ts): the only side effects of the sources layer. Another tab may write at any time,
 * so a key taken meanwhile is found inside the write transaction itself. Never throws: every
 * failure is a message.
 */
import { parseStoredArticle } from './storedArticle.ts';
import { distinctFile, storedKey } from './storedKeys.ts';
import type { AddedArticle, StoredArticle } from './types.ts';

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
  articles: StoredArticle[];
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
    const articles: StoredArticle[] = [];
    const notices: string[] = [];
    const unreadable: { key: IDBValidKey; raw: unknown }[] = [];
    values.forEach((raw, i) => {
      const key = keys[i];
      if (typeof key === 'string' && key.startsWith(ASIDE)) return;
      const read = parseStoredArticle(raw, String(key));
      if (read.ok) articles.push({ ...read.article, key: String(key) });
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

/** What was stored (each under its key, renamed if another tab had taken its id) and what to say. */
export interface StoreResult {
  stored: StoredArticle[];
  /** A rename, or why nothing could be kept. */
  notices: string[];
  /** True when an article had to take another name: the caller extracts again with `stored`. */
  renamed: boolean;
}

/**
 * The document ids stored now (by this tab or another): a new article may not take them.
 * @example (await storedIds()).has('report-1') // -> true
 */
export async function storedIds(): Promise<Set<string>> {
  try {
    const keys = await run('readonly', (store) => store.getAllKeys());
    return new Set(keys.map(String));
  } catch {
    return new Set();
  }
}

/**
 * Stores articles under their document ids. A key another tab took since the article was named
 * is found in the same transaction: the article is stored under a distinct name, with a notice.
 * @example const { stored, notices } = await storeArticles([article])
 */
export async function storeArticles(articles: readonly AddedArticle[]): Promise<StoreResult> {
  const stored: StoredArticle[] = [];
  const notices: string[] = [];
  try {
    const db = await open();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      const taken = new Set<string>();
      // One article at a time, each look-up and write inside this transaction.
      const next = (i: number, article: AddedArticle): void => {
        if (i >= articles.length) return;
        const key = storedKey(article.file);
        const probe = store.getKey(key);
        probe.onsuccess = () => {
          if (probe.result !== undefined || taken.has(key)) {
            taken.add(key);
            next(i, { ...article, file: distinctFile(articles[i].file, taken) });
            return;
          }
          taken.add(key);
          store.put({ ...article }, key);
          if (article.file !== articles[i].file)
            notices.push(
              `${articles[i].file}: another tab stored an article under the same id meanwhile; this one is kept as ${article.file}`,
            );
          stored.push({ ...article, key });
          next(i + 1, articles[i + 1]);
        };
      };
      next(0, articles[0]);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
    db.close();
    return { stored, notices, renamed: stored.some((a, i) => a.file !== articles[i].file) };
  } catch (error) {
    return {
      stored: articles.map((a) => ({ ...a, key: storedKey(a.file) })),
      notices: [
        `The article could not be kept in this browser's storage (${describe(error)}); it will be gone after a reload`,
      ],
      renamed: false,
    };
  }
}

/** Deletes a stored article by the key it is stored under; null on success, else a message. */
export async function deleteArticle(key: string): Promise<string | null> {
  try {
    await run('readwrite', (store) => store.delete(key));
    return null;
  } catch (error) {
    return `The article could not be removed from this browser's storage (${describe(error)}); it may come back after a reload`;
  }
}
