/**
 * For the benchmark (scripts/bench.ts): a bulk import of saved views (issue 18), 4,700 views in
 * one file (just under the 1 MB a file may be) that all share one name and one id, the worst
 * case for making them unique. Timed in a context of its own, so the views it stores never reach
 * the other measurements. Node only; what runs in the page is in inPage.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { EMPTY_VIEW_STATE } from '../../src/lib/state/viewState.ts';
import * as inPage from './inPage.ts';
import { openWatched } from './watchedPage.ts';

export const IMPORTED_VIEWS = 4_700;

/** The file: compact JSON, as small as views come (an exported file is pretty-printed). */
export function manyViewsFile(n = IMPORTED_VIEWS): string {
  const views = Array.from({ length: n }, (_, i) => ({
    id: 'view',
    name: 'Japan',
    created: `2024-05-01T10:${String(i % 60).padStart(2, '0')}:00Z`,
    state: EMPTY_VIEW_STATE,
  }));
  return JSON.stringify({ format: 'tieline-saved-views', version: 3, views });
}

/**
 * Imports the file through the Saved views menu and answers with the longest main-thread task
 * from choosing the file until a second after the notices show, and how many notices there are.
 */
export async function measureImport(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<{ longest: number; notices: number; ms: number }> {
  const context = await browser.newContext({ viewport });
  // Chosen from disk: given as bytes, Playwright would build the file in the page itself, a
  // long task of its own (base64 of 1 MB) that no user's import has.
  const dir = mkdtempSync(join(tmpdir(), 'tieline-bench-views-'));
  const file = join(dir, 'saved-views.json');
  writeFileSync(file, manyViewsFile());
  try {
    const page = await openWatched(context, url);
    const menu = page.locator('details[data-facet="Saved views"]');
    await menu.locator('summary').click();
    const input = menu.locator('input[type=file]');
    await input.waitFor({ state: 'attached' });
    // Whatever the page still had to do after its first draw is done.
    await page.waitForTimeout(1500);
    await page.evaluate(inPage.forgetLongTasks);
    const t0 = Date.now();
    await input.setInputFiles(file);
    const notices = page.getByTestId('notices');
    await notices.waitFor({ timeout: 60_000 });
    const ms = Date.now() - t0;
    await page.waitForTimeout(1000);
    const badge = await menu.locator('summary').textContent();
    if (!badge?.includes(`(${IMPORTED_VIEWS})`))
      throw new Error(`the import did not save ${IMPORTED_VIEWS} views: ${badge}`);
    return {
      longest: await page.evaluate(inPage.longestTask),
      notices: await notices.locator('li').count(),
      ms,
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
