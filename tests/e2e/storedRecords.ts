/**
 * Records put straight into the page's IndexedDB store (`tieline` / `added-articles`), as an
 * older version or another tab would have left them. They are written from a page of the same
 * origin that does not run the app (its icon), so no app page reads the store while the records
 * are being written: an app page open meanwhile would read them once its views are drawn, and set
 * aside what it cannot read before the test looks. Go to the app afterwards.
 */
import type { Page } from '@playwright/test';

/** @example await storeRecords(page, [{ key: 'junk', value: 'not an object' }]); await page.goto('/') */
export async function storeRecords(page: Page, records: { key: string; value: unknown }[]) {
  await page.goto('/favicon.svg');
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tieline', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('added-articles');
        open.onsuccess = () => {
          const tx = open.result.transaction('added-articles', 'readwrite');
          for (const r of records) tx.objectStore('added-articles').put(r.value, r.key);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

/** The keys in the store, as the page at hand sees them. */
export const storedKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('tieline', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('added-articles');
        open.onsuccess = () => {
          const keys = open.result
            .transaction('added-articles')
            .objectStore('added-articles')
            .getAllKeys();
          keys.onsuccess = () => (open.result.close(), resolve(keys.result.map(String)));
        };
      }),
  );
