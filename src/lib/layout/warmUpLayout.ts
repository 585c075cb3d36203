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

/** Warm-up slices: small layouts, each a task of its own, so a request waits one at most. */
const WARM_UP_SLICES = 4;
/** Simulation ticks per slice: together, about one whole layout of the made-up graph. */
const WARM_UP_TICKS = 30;

/** Lays out the made-up graph once with `compute` (the real layout function), `ticks` long. */
export function warmUpLayout(compute: Compute, ticks = WARM_UP_TICKS): void {
  const { actors, relations } = warmUpGraph();
  compute(actors, relations, {
    width: 900,
    height: 400,
    ticks,
    labelSize: () => ({ width: 60, height: 20 }),
  });
}

/**
 * Answers each request in `scope` with `compute`, and warms up from its start, a slice at a
 * time, until a request comes: each slice is a task of its own (`next`), so a request waits
 * for one slice at most, never for a whole warm-up, and a request already waiting when the
 * worker starts is answered first. It used to wait a quarter second before one whole warm-up:
 * at load the worker starts 250-450 ms after navigation (Chromium starts it only once the
 * page's main thread is free), so the warm-up never ran before the page's request, and a
 * request that came later than that waited behind a whole cold warm-up (100-200 ms).
 * @example answerLayouts(self, computeNetworkLayout)
 */
export function answerLayouts(
  scope: LayoutScope,
  compute: Compute,
  next: (run: () => void) => void = (run) => setTimeout(run, 0),
): void {
  let asked = false;
  scope.onmessage = (event) => {
    asked = true;
    scope.postMessage(runLayoutRequest(compute, event.data));
  };
  let slices = WARM_UP_SLICES;
  const slice = () => {
    if (asked || slices-- === 0) return;
    warmUpLayout(compute);
    next(slice);
  };
  next(slice);
}
