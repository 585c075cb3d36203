// `npm run bench`: what Tieline costs, measured (medians of several runs), printed as a table.
// Browser figures come from headless Chromium against the built app; the rest from Node.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { generateDataset } from '../src/lib/bench/generateDataset.ts';
import { extractDataset } from '../src/lib/extract/dataset.ts';
import { computeNetworkLayout } from '../src/lib/layout/networkLayout.ts';
import { loadDatasetFromDir } from '../src/lib/node/loadDataset.ts';

const RUNS = 5;
const root = new URL('..', import.meta.url).pathname;
const rows: [string, string, string][] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

function node(): void {
  const { dataset } = loadDatasetFromDir(join(root, 'seeds'));
  const labelSize = (a: { name: string }) => ({ width: a.name.length * 9, height: 22 });
  const layout = Array.from({ length: RUNS }, () => {
    const t0 = performance.now();
    computeNetworkLayout(dataset.actors, dataset.relations, {
      width: 1100,
      height: 520,
      labelSize,
    });
    return performance.now() - t0;
  });
  rows.push([
    'network layout (seed scale, Node)',
    ms(median(layout)),
    `${dataset.actors.length} actors, ${dataset.relations.length} relations`,
  ]);

  // About 1 MB of articles: the seeds copied under new names, extracted and merged together.
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
  const texts = seeds.map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
  const copies = Math.ceil(1_000_000 / texts.reduce((n, t) => n + t.length, 0));
  const articles = Array.from({ length: copies }, (_, i) =>
    texts.map((text, j) => ({ file: `copy-${i}-${j}.txt`, text })),
  ).flat();
  const runs = Array.from({ length: 3 }, () => {
    const t0 = performance.now();
    extractDataset(articles);
    return performance.now() - t0;
  });
  const mb = articles.reduce((n, a) => n + a.text.length, 0) / 1e6;
  rows.push([
    'extraction throughput (Node)',
    `${(mb / (median(runs) / 1000)).toFixed(2)} MB/s`,
    `${articles.length} articles, ${mb.toFixed(2)} MB, ${ms(median(runs))}`,
  ]);
}

// Run in the page, as source text: tsx would wrap named functions in a helper the page lacks.
// Each measures from the user's action until Svelte has flushed (microtasks) and the browser
// has recomputed style and layout for both views, after one warm-up of the same action.
const SELECT_IN_PAGE = `(async () => {
  const hits = document.querySelectorAll('[data-actor-id]');
  const click = (el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  click(hits[1]);
  await new Promise((r) => setTimeout(r, 50));
  const t0 = performance.now();
  click(hits[0]);
  for (let i = 0; i < 3; i++) await Promise.resolve();
  void document.body.offsetHeight;
  const t = performance.now() - t0;
  if (hits[0].getAttribute('aria-pressed') !== 'true') throw new Error('the selection did not reach the DOM');
  return t;
})()`;

const FILTER_IN_PAGE = `(async () => {
  const menu = document.querySelector('details[data-facet="Domain"]');
  menu.open = true;
  await new Promise((r) => setTimeout(r, 100));
  const boxes = menu.querySelectorAll('input[type=checkbox]');
  boxes[1].click();
  await new Promise((r) => setTimeout(r, 100));
  boxes[1].click();
  await new Promise((r) => setTimeout(r, 100));
  const t0 = performance.now();
  boxes[0].click();
  for (let i = 0; i < 3; i++) await Promise.resolve();
  void document.body.offsetHeight;
  const t = performance.now() - t0;
  if (!menu.querySelector('summary').textContent.includes('(1)')) throw new Error('the filter did not apply');
  return t;
})()`;

/** Builds the app (on the seeds, or on a generated dataset) and measures it in Chromium. */
async function measureApp(label: string, datasetFile: string | null, runs: number): Promise<void> {
  const outDir = datasetFile ? join(tmpdir(), `tieline-bench-${process.pid}`) : join(root, 'dist');
  if (datasetFile) process.env.TIELINE_DATASET = datasetFile;
  else delete process.env.TIELINE_DATASET;
  await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  if (!datasetFile) {
    const dist = join(outDir, 'assets');
    const gz = (ext: string) =>
      readdirSync(dist)
        .filter((f) => f.endsWith(ext))
        .reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0);
    rows.push([
      'JS shipped (gzip)',
      `${(gz('.js') / 1024).toFixed(1)} kB`,
      'includes the seed dataset',
    ]);
    rows.push(['CSS shipped (gzip)', `${(gz('.css') / 1024).toFixed(1)} kB`, '']);
  }
  const server = await preview({
    root,
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 4191, host: '127.0.0.1', strictPort: true },
  });
  const chrome = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ]) {
      const load: number[] = [];
      const select: number[] = [];
      const filter: number[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await chrome.newPage({ viewport: { width, height } });
        await page.goto('http://127.0.0.1:4191/');
        await page.waitForFunction(
          () =>
            performance.getEntriesByName('tieline:network-drawn').length > 0 &&
            performance.getEntriesByName('tieline:timeline-drawn').length > 0,
          null,
          { timeout: 120_000 },
        );
        load.push(
          await page.evaluate(() =>
            Math.max(
              ...['network', 'timeline'].map(
                (v) => performance.getEntriesByName(`tieline:${v}-drawn`)[0].startTime,
              ),
            ),
          ),
        );
        select.push(await page.evaluate<number>(SELECT_IN_PAGE));
        filter.push(await page.evaluate<number>(FILTER_IN_PAGE));
        await page.close();
      }
      const note = `${label}, median of ${runs}`;
      rows.push([`load to both views drawn, ${width}x${height}`, ms(median(load)), note]);
      rows.push([
        `select an actor, both views updated, ${width}x${height}`,
        ms(median(select)),
        note,
      ]);
      rows.push([
        `filter by a domain, both views updated, ${width}x${height}`,
        ms(median(filter)),
        note,
      ]);
    }
  } finally {
    await chrome.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}

async function browser(): Promise<void> {
  await measureApp('seeds', null, RUNS);
  const file = join(tmpdir(), `tieline-bench-100x-${process.pid}.json`);
  const big = generateDataset(100, 1);
  writeFileSync(file, JSON.stringify(big));
  await measureApp(
    `100x: ${big.actors.length} actors, ${big.relations.length} relations, ${big.events.length} events`,
    file,
    3,
  );
}

node();
await browser();
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
console.log(['measure', 'value', 'note'].map((h, i) => h.padEnd(w[i])).join(' | '));
console.log(w.map((n) => '-'.repeat(n)).join('-|-'));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join(' | '));
