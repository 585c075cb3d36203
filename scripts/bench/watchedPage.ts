/**
 * For the benchmark: a page of the app in a context of its own, watching main-thread long
 * tasks from its first script, opened once both views are drawn. Node only; what runs in the
 * page is in inPage.ts.
 */
import type { BrowserContext, Page } from '@playwright/test';
import * as inPage from './inPage.ts';

/** Opens `url` in `context` with long tasks watched; resolves once the timeline is drawn. */
export async function openWatched(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(inPage.keepNamesInPage);
  await page.addInitScript(inPage.watchLongTasks);
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('tieline:timeline-drawn').length > 0,
  );
  return page;
}
