/**
 * A small made-up graph laid out once where the layout runs (the worker, as it starts), so the
 * simulation's code is compiled by the time the page's first request comes: a fresh worker ran
 * the seeds' first layout 3-5 times slower than the next. Its answer is thrown away.
 */
import type { Actor, Relation } from '../model/schema.ts';
import type { NetworkLayout, NetworkOptions } from './networkLayout.ts';
import {
  runLayoutRequest,
  type LayoutRequest,
  type LayoutResponse,
} from './networkLayoutProtocol.ts';

type Compute = (a: Actor[], r: Relation[], o: NetworkOptions) => NetworkLayout;

/** Where the layouts are answered: the worker's global scope (a stand-in in tests). */
export interface LayoutScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(response: LayoutResponse): void;
}

/** The made-up graph: a ring of actors with a few chords, as many as the seeds have. */
export function warmUpGraph(size = 20): { actors: Actor[]; relations: Relation[] } {
  const actors = Array.from(
    { length: size },
    (_, i) =>
      ({ id: `w${i}`, name: `Actor ${i}`, mentions: Array(1 + (i % 7)) }) as unknown as Actor,
  );
  const relations = actors.flatMap(
    (a, i) =>
      [
        { id: `r${i}`, source: a.id, target: actors[(i + 1) % size].id },
        ...(i % 3 === 0 ? [{ id: `c${i}`, source: a.id, target: actors[(i + 5) % size].id }] : []),
      ] as unknown as Relation[],
  );
  return { actors, relations };
}

/** How long a started worker waits for the page's first request before it warms up. */
const WARM_UP_AFTER_MS = 250;

/** Lays out the made-up graph once with `compute` (the real layout function). */
export function warmUpLayout(compute: Compute): void {
  const { actors, relations } = warmUpGraph();
  compute(actors, relations, {
    width: 900,
    height: 400,
    labelSize: () => ({ width: 60, height: 20 }),
  });
}

/**
 * Answers each request in `scope` with `compute`, and warms up a while later unless a request
 * came first: a page that asked before the worker's code had loaded would only wait a whole
 * layout longer for its answer. A while, not a task: Chromium hands the worker a message the
 * page sent before it started only once the page's main thread is free again, and at load that
 * is busy mounting and drawing the timeline (traces at 1280: the page asked at 200-350 ms, the
 * warm-up ran first anyway, and the answer came a whole layout, 120-180 ms, later).
 * @example answerLayouts(self, computeNetworkLayout)
 */
export function answerLayouts(
  scope: LayoutScope,
  compute: Compute,
  later: (run: () => void) => void = (run) => setTimeout(run, WARM_UP_AFTER_MS),
): void {
  let asked = false;
  scope.onmessage = (event) => {
    asked = true;
    scope.postMessage(runLayoutRequest(compute, event.data));
  };
  later(() => {
    if (!asked) warmUpLayout(compute);
  });
}
