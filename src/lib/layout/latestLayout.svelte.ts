/**
 * The network's layout as the view reads it: each request runs in the worker (layoutClient.ts)
 * and only the answer to the latest one is kept, so a slow answer for an older frame size or
 * dataset never replaces a newer one.
 *
 * Within one scene (the caller's key: the window's size), a new frame keeps the picture: the
 * last layout made from scratch for these actors is stretched to it (NetworkOptions.keep), and
 * its own frame gets it back as it was. A panel opening beside the network narrows it without
 * moving an actor past another; a new window size, or new actors, are laid out afresh.
 */
import type { Actor, Relation } from '../model/schema.ts';
import { layoutNetwork } from './layoutClient.ts';
import type { NetworkLayout, NetworkOptions } from './networkLayout.ts';

/** A layout made from scratch, and what it was made for. */
interface Base {
  actors: readonly Actor[];
  scene: string;
  width: number;
  height: number;
  layout: NetworkLayout;
}

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

  /** The last layout made from scratch (see the module comment). */
  #base: Base | null = null;

  /**
   * Starts a layout; its answer is kept unless another request was made since. `scene`: the
   * same key as the last layout's, for the same actors, keeps its picture.
   */
  request(
    actors: Actor[],
    relations: Relation[],
    options: NetworkOptions,
    scene = '',
  ): Promise<void> {
    const request = ++this.#request;
    const base = this.#base?.actors === actors && this.#base.scene === scene ? this.#base : null;
    if (base && base.width === options.width && base.height === options.height) {
      this.#keep(base.layout, actors);
      return Promise.resolve();
    }
    const keep = base && { width: base.width, height: base.height, nodes: base.layout.nodes };
    return this.#run(actors, relations, keep ? { ...options, keep } : options).then(
      (result) => {
        if (request !== this.#request) return;
        if (!keep) {
          const { width, height } = options;
          this.#base = { actors, scene, width, height, layout: result };
        }
        this.#keep(result, actors);
      },
      (error: Error) => {
        if (request === this.#request) this.error = error.message;
      },
    );
  }

  #keep(layout: NetworkLayout, actors: readonly Actor[]): void {
    this.layout = layout;
    this.laidOut = actors;
    this.error = null;
  }

  /** The layout when it was made for exactly these actors, else null. */
  for(actors: readonly Actor[]): NetworkLayout | null {
    return this.laidOut === actors ? this.layout : null;
  }
}
