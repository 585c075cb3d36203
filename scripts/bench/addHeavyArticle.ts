/**
 * For the benchmark (scripts/bench.ts): adding a 4.9 MB article (issue 18, item 3: it froze the
 * page for 43 s in one task, and selecting India afterwards took 2.8 s). The article is the
 * seeds' bodies repeated under one headline and dateline, chosen from disk in the add dialog; the
 * extraction runs in the worker, so what is timed is the page: the longest main-thread task from
 * the click on Add until the reader shows the article, then while India is selected. Timed in a
 * context of its own, so the stored article never reaches the other measurements. Node only.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import * as inPage from './inPage.ts';
import { openWatched } from './watchedPage.ts';

export const HEAVY_BYTES = 4_900_000;

/** The article: a headline, a dateline, then the seeds' bodies until HEAVY_BYTES. */
export function heavyArticle(seedsDir: string, bytes = HEAVY_BYTES): string {
  const bodies = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(seedsDir, f), 'utf8').split('\n').slice(1).join('\n'));
  let text = 'Japan and India widen defence ties (a heavy article)\nNEW DELHI, March 3, 2025 — ';
  for (let i = 0; text.length < bytes; i++) text += `${bodies[i % bodies.length]}\n`;
  return text.slice(0, bytes);
}

export async function measureHeavyAdd(
  browser: Browser,
  url: string,
  seedsDir: string,
): Promise<{ addLongest: number; addMs: number; selectLongest: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const dir = mkdtempSync(join(tmpdir(), 'tieline-bench-heavy-'));
  const file = join(dir, 'heavy.txt');
  writeFileSync(file, heavyArticle(seedsDir));
  try {
    const page = await openWatched(context, url);
    await page.getByRole('tab', { name: /^Sources/ }).click();
    await page.getByRole('button', { name: 'Add an article…' }).click();
    await page.locator('#add-files').setInputFiles(file);
    await page.waitForTimeout(1000);
    await page.evaluate(inPage.forgetLongTasks);
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByTestId('sources-status').getByText('Added').waitFor({ timeout: 180_000 });
    const addMs = Date.now() - t0;
    // The reader opens at the new article: give it time to draw what it shows first.
    await page.waitForTimeout(2000);
    const addLongest = await page.evaluate(inPage.longestTask);

    await page.getByRole('tab', { name: /^Network/ }).click();
    await page.waitForTimeout(1000);
    await page.evaluate(inPage.forgetLongTasks);
    await page.locator('[data-actor-id="india"]').dispatchEvent('click');
    await page
      .getByTestId('detail-panel')
      .getByRole('heading', { level: 2, name: 'India' })
      .waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    return { addLongest, addMs, selectLongest: await page.evaluate(inPage.longestTask) };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
