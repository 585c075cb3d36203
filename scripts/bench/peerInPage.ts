/**
 * What the peer comparison (peers.ts) runs inside a page, Tieline's or a peer stack's, the same
 * way for all: each function stands alone (Playwright sends its source text; see inPage.ts).
 * Times run to the next painted frame after a change: a requestAnimationFrame callback, then a
 * task after it (the frame is painted between the two). The libraries' own redraws, scheduled
 * in a frame callback during the change or earlier, run before ours in the same frame.
 */

type Watched = typeof globalThis & {
  __tasks?: [number, number][];
  __paintedAt?: number;
  __frames?: number[] | null;
  __benchDrawn?: () => void;
  __peer?: { filter(domain: string | null): void; zoomTarget(): Element; view(): string };
};

/**
 * An init script: records long tasks (start, duration) from navigation, and when the frame
 * after both views have marked themselves drawn (`tieline:network-drawn`,
 * `tieline:timeline-drawn`) began: the frame that paints them. It hooks `performance.mark`
 * itself, so the frame is asked for in the same task as the second mark (an observer's callback
 * comes later, after whatever else the page queued, and measured Tieline's post-load prefetch
 * as if it were its paint); then it tells the bench through `__benchDrawn`.
 */
export function watchPaintedLoad(): void {
  const page = globalThis as Watched;
  page.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) page.__tasks!.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const seen = new Set<string>();
  const mark = performance.mark.bind(performance);
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    if (name === 'tieline:network-drawn' || name === 'tieline:timeline-drawn') {
      seen.add(name);
      if (seen.size === 2 && page.__paintedAt === undefined)
        requestAnimationFrame(() => {
          page.__paintedAt = performance.now();
          page.__benchDrawn?.();
        });
    }
    return entry;
  };
}

/** When the frame that painted both views began (ms from navigation), and the longest task before. */
export function paintedLoad(): [number, number] {
  const page = globalThis as Watched;
  const at = page.__paintedAt!;
  const before = page.__tasks!.filter(([start]) => start < at).map(([, d]) => d);
  return [at, Math.max(0, ...before)];
}

/**
 * Filters both views to one domain (in Tieline: its box in the Domain menu; in a peer page:
 * the page's filter) and returns the time to the next painted frame, after one warm-up of
 * the same filter and its removal.
 */
export async function filterToPaint(domain: string): Promise<number> {
  const page = globalThis as Watched;
  const menu = document.querySelector<HTMLDetailsElement>('details[data-facet="Domain"]');
  if (menu) menu.open = true;
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  await pause(100);
  const box = menu?.querySelector<HTMLInputElement>(`input[data-value="${domain}"]`);
  if (menu && !box) throw new Error(`no box for ${domain} in Tieline's Domain menu`);
  const apply = (on: boolean) => {
    if (box) {
      if (box.checked !== on) box.click();
    } else page.__peer!.filter(on ? domain : null);
  };
  apply(true);
  await pause(150);
  apply(false);
  await pause(150);
  const t0 = performance.now();
  apply(true);
  await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const t = performance.now() - t0;
  if (menu && !menu.querySelector('summary')!.textContent!.includes('(1)'))
    throw new Error('the filter did not apply');
  await pause(150);
  apply(false);
  if (menu) menu.open = false;
  await pause(150);
  return t;
}

/** Whether the network takes a gesture yet (Tieline wires zooming just after its picture). */
export function zoomReady(): boolean {
  const page = globalThis as Watched;
  const hits = document.querySelector('[data-view="network"] svg.hits') as { __zoom?: unknown };
  return page.__peer !== undefined || hits?.__zoom !== undefined;
}

/** Where the gesture happens: a third across the network, half-way down (client pixels). */
export function zoomPoint(): [number, number] {
  const page = globalThis as Watched;
  const target =
    page.__peer?.zoomTarget() ?? document.querySelector('[data-view="network"] svg.hits')!;
  const r = target.getBoundingClientRect();
  return [r.left + r.width / 3, r.top + r.height / 2];
}

/** The network's zoom and pan as text (Tieline's: d3-zoom's transform on its hit layer). */
export function viewState(): string {
  const page = globalThis as Watched;
  if (page.__peer) return page.__peer.view();
  const z = (document.querySelector('[data-view="network"] svg.hits') as { __zoom?: object })
    .__zoom;
  return JSON.stringify(z);
}

/** Starts recording frame times (requestAnimationFrame timestamps). */
export function startFrames(): void {
  const page = globalThis as Watched;
  const frames: number[] = [];
  page.__frames = frames;
  const tick = (t: number) => {
    if (page.__frames !== frames) return;
    frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Stops recording; the times between frames (ms). */
export function stopFrames(): number[] {
  const page = globalThis as Watched;
  const frames = page.__frames ?? [];
  page.__frames = null;
  return frames.slice(1).map((t, i) => t - frames[i]);
}
