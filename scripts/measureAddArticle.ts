// `npm run bench:add`: the time to extract and merge a 2,000-word article added in the browser,
// from the click on Add until the header counts show it (medians of 5 runs, headless Chromium).
// Kept apart from scripts/bench.ts so the two can change independently.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const RUNS = 5;
const PORT = Number(process.env.TIELINE_BENCH_PORT ?? 4192);
const root = new URL('..', import.meta.url).pathname;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A 2,000-word article: a dateline, then the test fixture and the seeds' bodies repeated.
const bodies = [
  join(root, 'tests/fixtures/sources/japan-india-exercise.txt'),
  ...readdirSync(join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(root, 'seeds', f)),
].map((f) => readFileSync(f, 'utf8').split('\n').slice(1).join('\n'));
const paragraphs: string[] = [];
for (let i = 0; paragraphs.join(' ').split(/\s+/).length < 2000; i++)
  paragraphs.push(bodies[i % bodies.length]);
const words = paragraphs.join(' ').split(/\s+/).slice(0, 2000);
const article =
  'Japan and India widen defence ties (measurement article)\n' +
  'NEW DELHI, March 3, 2025 — ' +
  words.join(' ');

const ADD_IN_PAGE = (text: string) => `(async () => {
  const count = () => document.querySelector('[data-testid="count-articles"]').textContent;
  const before = count();
  const area = document.getElementById('add-text');
  area.value = ${JSON.stringify(text)};
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 50));
  const add = [...document.querySelectorAll('dialog button[type=submit]')][0];
  const t0 = performance.now();
  add.click();
  while (count() === before) await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - t0;
})()`;

await build({ root, logLevel: 'silent' });
const server = await preview({
  root,
  logLevel: 'silent',
  preview: { port: PORT, host: '127.0.0.1', strictPort: true },
});
const chrome = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const total: number[] = [];
  const worker: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await chrome.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/?tab=sources`);
    await page.getByRole('button', { name: 'Add an article…' }).click();
    total.push(await page.evaluate<number>(ADD_IN_PAGE(article)));
    const status = await page.getByTestId('sources-status').innerText();
    worker.push(Number(/merged in (\d+) ms/.exec(status)?.[1]));
    // A second article in the same page: the worker is already started and warm.
    await page.getByRole('button', { name: 'Add an article…' }).click();
    warm.push(await page.evaluate<number>(ADD_IN_PAGE(article.replace('(measurement', '(second'))));
    await context.close();
  }
  console.log(`article: ${words.length} words, ${article.length} characters`);
  console.log(`extract + merge (worker, seeds re-extracted too): ${median(worker)} ms`);
  console.log(`click on Add to header counts updated: ${median(total).toFixed(0)} ms`);
  console.log(`the same, a second article (worker warm): ${median(warm).toFixed(0)} ms`);
  console.log(`runs: ${total.map((t) => t.toFixed(0)).join(', ')} ms (median of ${RUNS})`);
} finally {
  await chrome.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
}
