/**
 * The network's layout as the view reads it: each request runs in the worker (layoutClient.ts)
 * and only the answer to the latest one is kept, so a slow answer for an older frame size or
 * dataset never replaces a newer one.
 */
import type { Actor, Relation } from '../model/schema.ts';
import { layoutNetwork } from './layoutClient.ts';
import type { NetworkLayout, NetworkOptions } from './networkLayout.ts';

/** How a layout is run: the worker's client by default, a stand-in in tests. */
export type RunLayout = (
  actors: Actor[],
  relations: Relation[],
  options: NetworkOptions,
) => Promise<NetworkLayout>;

export class LatestLayout {
  /** Raw: a layout is replaced whole, never changed in place (and read often, when drawing). */
  layout = $state.raw<NetworkLayout | null>(null);
  /**
   * The actors the layout was made for: until the answer for a new dataset (an article added
   * or removed) arrives, the old layout may name actors that no longer exist.
   */
  laidOut = $state.raw<readonly Actor[] | null>(null);
  error = $state<string | null>(null);
  #request = 0;
  readonly #run: RunLayout;

  constructor(run: RunLayout = layoutNetwork) {
    this.#run = run;
  }

  /** Starts a layout; its answer is kept unless another request was made since. */
  request(actors: Actor[], relations: Relation[], options: NetworkOptions): Promise<void> {
    const request = ++this.#request;
    return this.#run(actors, relations, options).then(
      (result) => {
        if (request !== this.#request) return;
        this.layout = result;
        this.laidOut = actors;
        this.error = null;
      },
      (error: Error) => {
        if (request === this.#request) this.error = error.message;
      },
    );
  }

  /** The layout when it was made for exactly these actors, else null. */
  for(actors: readonly Actor[]): NetworkLayout | null {
    return this.laidOut === actors ? this.layout : null;
  }
}
