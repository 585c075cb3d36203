/**
 * The page's side of the network layout: sends every graph, the seeds' too, to a Web Worker and
 * resolves with its layout, so a layout never holds the main thread (the seeds' took 100-300 ms
 * there, the page's longest task at load). The worker starts with main.ts and loads its code
 * while the page mounts (Chromium runs a worker's script only once the page's task has ended:
 * TimelineView's first layout waits a task for that). Where no worker can start (a page opened
 * from file://, a browser without module workers) the same pure layout is loaded on demand and
 * run in the page one attempt per task, so it is never one long task either. Either way the
 * layout code is not part of the JavaScript the page needs before it first draws.
 */
import type { Actor, Relation } from '../model/schema.ts';
import type { NetworkLayout, NetworkOptions } from './networkLayout.ts';
import type { LayoutRequest, LayoutResponse, LayoutSettings } from './networkLayoutProtocol.ts';
import type { EarlyWorker } from './earlyLayoutWorker.ts';

type Pending = {
  request: LayoutRequest;
  started: number;
  resolve: (l: NetworkLayout) => void;
  reject: (e: Error) => void;
};

/** The Vite mode of the single-file offline build (scripts/build-offline.ts). */
export const OFFLINE_MODE = 'offline';
/** Where earlyLayoutWorker.ts leaves the worker it started (it has no imports: same name there). */
export const EARLY_WORKER_KEY = 'tielineLayoutWorker';

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function settle(response: LayoutResponse): void {
  const p = pending.get(response.id);
  if (!p) return;
  pending.delete(response.id);
  // For the benchmark: request to answer, as `tieline:network-layout` (Performance API).
  if (typeof performance !== 'undefined' && performance.measure)
    performance.measure('tieline:network-layout', { start: p.started });
  if (response.ok) p.resolve(response.layout);
  else p.reject(new Error(`Network layout failed: ${response.message}`));
}

type LayoutModule = typeof import('./layoutInPage.ts');
/** The layout code once loaded: a request then runs at once, not a task later. */
let loaded: LayoutModule | null = null;
const loadLayout = (): Promise<LayoutModule> =>
  import('./layoutInPage.ts').then((m) => (loaded = m));

/** The layout in the page; its code that cannot be fetched is an answer too, that says so. */
async function runInPage(request: LayoutRequest): Promise<void> {
  let layoutInPage: LayoutModule['layoutInPage'];
  try {
    ({ layoutInPage } = loaded ?? (await loadLayout()));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    settle({ id: request.id, ok: false, message: `its code could not be loaded (${why})` });
    return;
  }
  settle(await layoutInPage(request));
}

/** The worker could not start or died: everything waiting runs in the page instead. */
function fallBack(): void {
  workerFailed = true;
  worker?.terminate();
  worker = null;
  for (const p of pending.values()) void runInPage(p.request);
}

function startWorker(): Worker | null {
  // The single offline file (opened from file://) cannot start a worker: run in the page.
  if (import.meta.env.MODE === OFFLINE_MODE || workerFailed || typeof Worker === 'undefined')
    return null;
  if (worker) return worker;
  // The built page started it from <head> (earlyLayoutWorker.ts); the dev server did not.
  const early = takeEarlyWorker();
  try {
    worker =
      early?.worker ??
      new Worker(new URL('./networkLayout.worker.ts', import.meta.url), {
        type: 'module',
        name: 'tieline-network-layout',
      });
  } catch {
    workerFailed = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => settle(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    fallBack();
  };
  if (early?.failed) {
    fallBack();
    return null;
  }
  return worker;
}

/** The worker the page's first script started (once; null if it did not). */
function takeEarlyWorker(): EarlyWorker | null {
  const scope = globalThis as Record<string, unknown>;
  const early = (scope[EARLY_WORKER_KEY] as EarlyWorker | undefined) ?? null;
  delete scope[EARLY_WORKER_KEY];
  return early;
}

let inPage: Promise<unknown> | null = null;

/**
 * Starts what a layout needs (the worker, or where none can start the layout code for the
 * page) ahead of the first request, so it loads while the page mounts.
 */
export function prepareLayout(): void {
  if (startWorker()) return;
  // Fetched ahead; should it fail, the request tries again and says so (runInPage).
  inPage ??= loadLayout().catch(() => null);
}

/**
 * Lays out actors and relations, off the main thread where a worker can start (same result
 * as computeNetworkLayout).
 * @example await layoutNetwork(actors, relations, { width: 800, height: 500, labelSize })
 */
export function layoutNetwork(
  actors: Actor[],
  relations: Relation[],
  options: NetworkOptions,
): Promise<NetworkLayout> {
  const { labelSize, ...rest } = options;
  const settings: LayoutSettings = rest;
  const labels: LayoutRequest['labels'] = {};
  for (const a of actors) labels[a.id] = labelSize(a);
  const request: LayoutRequest = { id: nextId++, actors, relations, settings, labels };
  return new Promise((resolve, reject) => {
    pending.set(request.id, { request, started: performance.now(), resolve, reject });
    const w = startWorker();
    // Plain copies of what the layout reads (Svelte state proxies cannot be cloned into a
    // message). The page's own run reads the data as it is.
    if (w) w.postMessage({ ...request, ...layoutPayload(actors, relations) });
    else void runInPage(request);
  });
}

/**
 * What the layout reads of a graph, and no more: an actor's id and how many mentions it has (a
 * sparse array: its length, no quotes), a relation's id and ends. The evidence stays in the page:
 * after a 5 MB article, copying it into every message held the main thread 200 ms when a panel
 * opening resized the network.
 * @example layoutPayload(actors, relations).actors[0].mentions.length // -> 57
 */
export function layoutPayload(
  actors: readonly Actor[],
  relations: readonly Relation[],
): { actors: Actor[]; relations: Relation[] } {
  return {
    actors: actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      country: a.country,
      role: a.role,
      aliases: [],
      mentions: new Array<Actor['mentions'][number]>(a.mentions.length),
    })),
    relations: relations.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      directed: r.directed,
      domains: [],
      evidence: [],
    })),
  };
}
