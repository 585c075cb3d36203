/**
 * For the benchmark: Tieline side by side with the stacks a user would pick instead (issue
 * 17), on the same dataset, in the same Chromium, each page served gzipped, runs interleaved
 * (each of the four stacks in turn, five times over, each round starting with the next one): vis-network + vis-timeline, Cytoscape.js +
 * vis-timeline, sigma + graphology + vis-timeline (pages in peers/). Each page is timed the
 * same way (peerInPage.ts): both views painted after navigation, the longest task before that,
 * a filter by the busiest domain to the next painted frame, and the frames of a zoom/pan
 * gesture made with the real mouse (wheel in and out, a drag), the frames after it included.
 * Node only.
 */
import type { Browser, Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/model/schema.ts';
import * as inPage from './inPage.ts';
import * as peerInPage from './peerInPage.ts';
import { firstLoad } from './firstLoad.ts';
import { busiestDomain } from './peers/stackData.ts';
import { buildApp, buildPeers, PEER_PAGES, serveBuild } from './servedBuild.ts';

export const STACKS = ['Tieline', 'vis-network', 'Cytoscape.js', 'sigma'] as const;
export type Stack = (typeof STACKS)[number];

/** One stack's medians on one dataset. */
export interface StackFigures {
  /** Navigation to both views painted, ms. */
  painted: number;
  /** The longest main-thread task before that, ms (0: none over 50 ms). */
  longest: number;
  /** A filter by the busiest domain to the next painted frame, ms. */
  filter: number;
  /** The longest frame of the zoom/pan gesture, the frames after it included, ms. */
  worstFrame: number;
  /** The median frame of the gesture, ms. */
  medianFrame: number;
}

export interface Comparison {
  domain: string;
  figures: Record<Stack, StackFigures>;
  /** JS + CSS each page requests before it draws, gzipped, kB. */
  shipped: Record<Stack, number>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One page of one stack: navigation to both views painted, a filter, a gesture. */
async function measurePage(
  chrome: Browser,
  url: string,
  domain: string,
): Promise<[number, number, number, number[]]> {
  const page: Page = await chrome.newPage({ viewport: { width: 1920, height: 1080 } });
  try {
    await page.addInitScript(inPage.keepNamesInPage);
    let onPainted = () => {};
    const painted = new Promise<void>((resolve) => (onPainted = resolve));
    await page.exposeFunction('__benchDrawn', () => onPainted());
    await page.addInitScript(peerInPage.watchPaintedLoad);
    await page.goto(url);
    let late: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      painted,
      new Promise((_, reject) => {
        late = setTimeout(() => reject(new Error(`${url}: not painted in 120 s`)), 120_000);
      }),
    ]);
    clearTimeout(late);
    await page.waitForTimeout(300);
    const [at, longest] = await page.evaluate(peerInPage.paintedLoad);
    await page.waitForFunction(peerInPage.zoomReady);
    await page.waitForTimeout(500);
    const filter = await page.evaluate(peerInPage.filterToPaint, domain);
    const [x, y] = await page.evaluate(peerInPage.zoomPoint);
    await page.mouse.move(x, y);
    const before = await page.evaluate(peerInPage.viewState);
    await page.evaluate(peerInPage.startFrames);
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, i < 20 ? -40 : 30);
      await page.waitForTimeout(16);
    }
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      await page.mouse.move(x + i * 6, y + i * 3);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.waitForTimeout(400);
    const frames = await page.evaluate(peerInPage.stopFrames);
    if ((await page.evaluate(peerInPage.viewState)) === before)
      throw new Error(`${url}: the zoom/pan gesture did not move the network`);
    return [at, longest, filter, frames];
  } finally {
    await page.close();
  }
}

/**
 * Measures Tieline and the three peer stacks on `dataset` (null: the seeds, which `seeds`
 * holds for the peers), `runs` times each, interleaved, at 1920x1080.
 */
export async function comparePeers(
  chrome: Browser,
  root: string,
  dataset: Dataset | null,
  seeds: Dataset,
  runs: number,
  port: number,
): Promise<Comparison> {
  const data = dataset ?? seeds;
  const domain = busiestDomain(data);
  const app = await buildApp(root, dataset);
  const peers = await buildPeers(data);
  const closeApp = await serveBuild(root, app.outDir, port);
  const closePeers = await serveBuild(null, peers.outDir, port + 1);
  const urls: Record<Stack, string> = {
    Tieline: `http://127.0.0.1:${port}/`,
    'vis-network': `http://127.0.0.1:${port + 1}/vis.html`,
    'Cytoscape.js': `http://127.0.0.1:${port + 1}/cytoscape.html`,
    sigma: `http://127.0.0.1:${port + 1}/sigma.html`,
  };
  const shippedKB = (outDir: string, html: string) => {
    const f = firstLoad(outDir, html);
    return f.kB(f.js) + f.kB(f.css);
  };
  const shipped = {
    Tieline: shippedKB(app.outDir, 'index.html'),
    ...Object.fromEntries(
      PEER_PAGES.map((p, i) => [STACKS[i + 1], shippedKB(peers.outDir, `${p}.html`)]),
    ),
  } as Record<Stack, number>;
  try {
    const raw = Object.fromEntries(
      STACKS.map((s) => [s, [] as [number, number, number, number[]][]]),
    );
    // Each round starts with the next stack, so that none is always first in a fresh browser.
    for (let i = 0; i < runs; i++)
      for (let j = 0; j < STACKS.length; j++) {
        const stack = STACKS[(i + j) % STACKS.length];
        raw[stack].push(await measurePage(chrome, urls[stack], domain));
      }
    const figures = Object.fromEntries(
      STACKS.map((s) => {
        const r = raw[s];
        return [
          s,
          {
            painted: median(r.map((x) => x[0])),
            longest: median(r.map((x) => x[1])),
            filter: median(r.map((x) => x[2])),
            worstFrame: median(r.map((x) => Math.max(...x[3]))),
            medianFrame: median(r.flatMap((x) => x[3])),
          },
        ];
      }),
    ) as Record<Stack, StackFigures>;
    return { domain, figures, shipped };
  } finally {
    await closeApp();
    await closePeers();
    app.remove();
    peers.remove();
  }
}
