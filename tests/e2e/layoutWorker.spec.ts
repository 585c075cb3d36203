/**
 * The network-layout worker in Chromium, under the built page's Content-Security-Policy: it
 * starts from the app's own files and answers with exactly the layout the pure function gives
 * in Node (every dataset, the seeds too, is laid out there).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { computeNetworkLayout } from '../../src/lib/layout/networkLayout.ts';
import type { LayoutRequest } from '../../src/lib/layout/networkLayoutProtocol.ts';
import type { Dataset } from '../../src/lib/model/schema.ts';
import { watchViolations } from './violations.ts';

const assets = fileURLToPath(new URL('../../dist/assets/', import.meta.url));

test('the worker lays out the seeds exactly as Node does, with no CSP violation', async ({
  page,
}) => {
  const workerFile = readdirSync(assets).find((f) => /^networkLayout\.worker-.*\.js$/.test(f));
  expect(workerFile, 'the build emits the layout worker').toBeTruthy();
  const violations = await watchViolations(page);
  await page.goto('/');
  const dataset = JSON.parse(
    (await page.locator('#tieline-dataset').textContent()) ?? '{}',
  ) as Dataset;
  const labels = Object.fromEntries(
    dataset.actors.map((a) => [a.id, { width: a.name.length * 9, height: 22 }]),
  );
  const request: LayoutRequest = {
    id: 1,
    actors: dataset.actors,
    relations: dataset.relations,
    settings: { width: 900, height: 500 },
    labels,
  };
  const response = await page.evaluate(
    `new Promise((resolve, reject) => {
      const w = new Worker('/assets/${workerFile}', { type: 'module' });
      w.onmessage = (e) => { resolve(e.data); w.terminate(); };
      w.onerror = (e) => reject(new Error('worker failed: ' + e.message));
      w.postMessage(${JSON.stringify(request)});
    })`,
  );
  const expected = computeNetworkLayout(dataset.actors, dataset.relations, {
    width: 900,
    height: 500,
    labelSize: (a) => labels[a.id],
  });
  expect(response).toEqual({ id: 1, ok: true, layout: expected });
  expect(await violations()).toEqual([]);
});

// Load time: the seeds are laid out in the worker (never on the main thread, where it was the
// page's longest task), once, in the frame they are drawn in, not again when the controls strip
// above it is measured; the page's own chunks carry no layout code.
for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`at ${size.width}x${size.height} the seeds are laid out once, in the worker`, async ({
    page,
  }) => {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const layoutCode: string[] = [];
    page.on('request', (r) => {
      if (
        /\/assets\/(networkLayout|d3-force)[^/]*\.js$/.test(r.url()) &&
        !r.url().includes('.worker-')
      )
        layoutCode.push(r.url());
    });
    await page.setViewportSize(size);
    await page.goto('/');
    await expect(
      page.locator('[data-view="network"] svg.drawing [data-node-id]').first(),
    ).toBeVisible();
    await expect(page.locator('[data-view="network"] .controls')).toBeVisible();
    const layouts = await page.evaluate(
      `performance.getEntriesByName('tieline:network-layout').length`,
    );
    expect(layouts).toBe(1);
    expect(workers.some((url) => /networkLayout\.worker-.*\.js$/.test(url))).toBe(true);
    expect(layoutCode).toEqual([]);
  });
}

// The worker starts from a classic script in <head> (earlyScript.ts): before the page has parsed
// its body, where a corpus's data makes most of the page (an async module ran only after it).
test('the layout worker is started before the page has parsed its body', async ({ page }) => {
  await page.addInitScript(() => {
    const Native = globalThis.Worker;
    const made: { url: string; state: DocumentReadyState; body: boolean }[] = [];
    (globalThis as { madeWorkers?: typeof made }).madeWorkers = made;
    globalThis.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        made.push({ url: String(url), state: document.readyState, body: document.body !== null });
      }
    };
  });
  await page.goto('/');
  await expect(
    page.locator('[data-view="network"] svg.drawing [data-node-id]').first(),
  ).toBeVisible();
  const made = await page.evaluate(() =>
    (globalThis as { madeWorkers?: { url: string }[] }).madeWorkers?.filter(
      // One layout worker, made early; the dataset's check has a worker of its own, made later.
      (w) => !/datasetCheck\.worker/.test(w.url),
    ),
  );
  expect(made).toEqual([
    {
      url: expect.stringMatching(/\/assets\/networkLayout\.worker-.*\.js$/),
      state: 'loading',
      body: false,
    },
  ]);
});
