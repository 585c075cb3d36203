/**
 * The benchmark's measurements that run inside the page, as typed functions. Playwright sends
 * each to the page as its source text, so each must stand alone: no imports, no variables from
 * outside its body. tsx marks the names of inner functions with a `__name` helper the page does
 * not have; keepNamesInPage (run first, as an init script) gives the page a no-op one.
 *
 * Each interaction is timed from the user's action until Svelte has flushed (microtasks) and the
 * browser has recomputed style and layout for both views, after one warm-up of the same action.
 */

type Tracked = typeof globalThis & { __longTasks?: number[]; __name?: (f: unknown) => unknown };

/** A no-op `__name` in the page (see above). */
export function keepNamesInPage(): void {
  (globalThis as Tracked).__name = (f: unknown) => f;
}

/** Long tasks (over 50 ms) on the main thread from navigation on: started before the page loads. */
export function watchLongTasks(): void {
  const page = globalThis as Tracked;
  page.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) page.__longTasks!.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Tells the bench (through the page function `__benchDrawn` it exposed) when both views have
 * drawn, so it never polls the page during load: Playwright's polling compiles its own injected
 * script in the page, a 40-70 ms task the long-task row would count against the app.
 */
export function reportDrawn(): void {
  const seen = new Set<string>();
  new PerformanceObserver((list, observer) => {
    for (const e of list.getEntries())
      if (e.name === 'tieline:network-drawn' || e.name === 'tieline:timeline-drawn')
        seen.add(e.name);
    if (seen.size < 2) return;
    observer.disconnect();
    (globalThis as { __benchDrawn?: () => void }).__benchDrawn?.();
  }).observe({ type: 'mark', buffered: true });
}

/** Starts the long tasks afresh (to time one interaction, after the page has settled). */
export function forgetLongTasks(): void {
  (globalThis as Tracked).__longTasks = [];
}

/** The longest main-thread task seen so far, in ms. */
export function longestTask(): number {
  return Math.max(0, ...((globalThis as Tracked).__longTasks ?? []));
}

/** When both views had first drawn, in ms from navigation. */
export function drawnAt(): number {
  return Math.max(
    ...['network', 'timeline'].map(
      (v) => performance.getEntriesByName(`tieline:${v}-drawn`)[0].startTime,
    ),
  );
}

/** How long the network layout took, request to answer, in ms. */
export function layoutTime(): number {
  return performance.getEntriesByName('tieline:network-layout')[0]?.duration ?? NaN;
}

/** Selects an actor (a click on its hit target) until both views show it. */
export async function selectActor(): Promise<number> {
  const hits = document.querySelectorAll('[data-actor-id]');
  const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  click(hits[1]);
  await new Promise((r) => setTimeout(r, 50));
  const t0 = performance.now();
  click(hits[0]);
  for (let i = 0; i < 3; i++) await Promise.resolve();
  void document.body.offsetHeight;
  const t = performance.now() - t0;
  if (hits[0].getAttribute('aria-pressed') !== 'true')
    throw new Error('the selection did not reach the DOM');
  click(hits[0]);
  return t;
}

/** Ticks a domain in the Domain menu until both views are filtered. */
export async function filterDomain(): Promise<number> {
  const menu = document.querySelector<HTMLDetailsElement>('details[data-facet="Domain"]')!;
  menu.open = true;
  await new Promise((r) => setTimeout(r, 100));
  const boxes = menu.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
  boxes[1].click();
  await new Promise((r) => setTimeout(r, 100));
  boxes[1].click();
  await new Promise((r) => setTimeout(r, 100));
  const t0 = performance.now();
  boxes[0].click();
  for (let i = 0; i < 3; i++) await Promise.resolve();
  void document.body.offsetHeight;
  const t = performance.now() - t0;
  if (!menu.querySelector('summary')!.textContent!.includes('(1)'))
    throw new Error('the filter did not apply');
  boxes[0].click();
  menu.open = false;
  await new Promise((r) => setTimeout(r, 100));
  return t;
}

/**
 * Zooms in and out with 40 wheel steps, then pans with a 40-step drag of the background, one
 * synthetic event per animation frame, and returns the time between frames (ms). During the
 * gesture the drawing moves as a layer; the frames after the mouse is released, when the SVG is
 * drawn again at the transform the gesture ended on and rastered, are measured too.
 */
export async function zoomPan(): Promise<number[]> {
  const svg = document.querySelector('[data-view="network"] svg.hits') as SVGSVGElement & {
    __zoom: { x: number; y: number; k: number };
  };
  const layer = document.querySelector('[data-view="network"] svg.drawing g[data-zoom-layer]')!;
  const r = svg.getBoundingClientRect();
  const x = r.left + r.width / 3;
  const y = r.top + r.height / 2;
  const frame = () => new Promise<number>(requestAnimationFrame);
  const before = layer.getAttribute('transform');
  await frame();
  const times: number[] = [];
  let last = await frame();
  const step = async () => {
    const t = await frame();
    times.push(t - last);
    last = t;
  };
  const mouse = (type: string, dx: number, dy: number) =>
    new MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      view: window,
      button: 0,
      clientX: x + dx,
      clientY: y + dy,
    });
  for (let i = 0; i < 40; i++) {
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        bubbles: true,
        cancelable: true,
        view: window,
        clientX: x,
        clientY: y,
        deltaY: i < 20 ? -40 : 30,
      }),
    );
    await step();
  }
  svg.dispatchEvent(mouse('mousedown', 0, 0));
  for (let i = 1; i <= 40; i++) {
    window.dispatchEvent(mouse('mousemove', i * 6, i * 3));
    await step();
  }
  window.dispatchEvent(mouse('mouseup', 240, 120));
  // The relations are drawn again in the next frame, the SVG in the one after, and rastered
  // after that (off the main thread): a raster too slow for a frame shows as a late frame here,
  // so 300 ms are timed.
  for (let i = 0; i < 18; i++) await step();
  const after = layer.getAttribute('transform');
  if (after === before) throw new Error('zoom and pan did not move the network');
  const z = svg.__zoom;
  if (after !== `translate(${z.x},${z.y}) scale(${z.k})`)
    throw new Error(`the drawing is not at the zoom the gesture ended on: ${after}`);
  return times;
}

/**
 * Enters briefing mode (P), then times one step forward (the clicker's PageDown) until the card,
 * the counter and both views are updated, three times (the median is returned), and the longest
 * main-thread task from the first step until the last has settled: what a step leaves for later
 * (the stage's strip) holds up the next press; leaves with Escape.
 */
export async function stepBriefing(): Promise<[number, number]> {
  const key = (k: string) =>
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }),
    );
  key('p');
  const counter = () => document.querySelector('[data-testid="step-counter"]')?.textContent ?? '';
  // Briefing mode loads on first use: wait until it shows step 1 (at most 10 s).
  for (let i = 0; i < 100 && !counter(); i++) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 300));
  const times: number[] = [];
  const tasks: number[] = [];
  const watch = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  watch.observe({ type: 'longtask' });
  for (let i = 0; i < 3; i++) {
    const before = counter();
    const t0 = performance.now();
    key('PageDown');
    for (let j = 0; j < 3; j++) await Promise.resolve();
    void document.body.offsetHeight;
    times.push(performance.now() - t0);
    if (counter() === before) throw new Error(`the step did not change: ${before}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 500));
  watch.disconnect();
  key('Escape');
  await new Promise((r) => setTimeout(r, 200));
  return [times.sort((a, b) => a - b)[1], Math.max(0, ...tasks)];
}

/**
 * Exports the network and timeline as SVG (after a warm-up that loads the export code) and
 * returns the time to build each file and its size, from the page's performance entries.
 */
export async function exportViews(): Promise<Record<string, [number, number][]>> {
  const run = async (view: string): Promise<[number, number]> => {
    const menu = document.querySelector<HTMLDetailsElement>(`[data-export="${view}"] details`)!;
    menu.open = true;
    await new Promise((r) => setTimeout(r, 50));
    const button = [...menu.querySelectorAll('button')].find((b) =>
      b.textContent!.trim().startsWith('SVG'),
    )!;
    const name = `tieline:export:${view}-svg`;
    const seen = performance.getEntriesByName(name).length;
    button.click();
    for (let i = 0; i < 200 && performance.getEntriesByName(name).length === seen; i++)
      await new Promise((r) => setTimeout(r, 25));
    const entry = performance.getEntriesByName(name)[seen] as PerformanceMeasure | undefined;
    if (!entry) throw new Error(`no export of the ${view}`);
    menu.open = false;
    return [entry.duration, (entry.detail as { bytes: number }).bytes];
  };
  await run('network');
  const out: Record<string, [number, number][]> = {};
  for (const view of ['network', 'timeline', 'network', 'timeline', 'network', 'timeline'])
    (out[view] ??= []).push(await run(view));
  return out;
}
