import { describe, expect, it } from 'vitest';
import { LatestLayout } from '../../../src/lib/layout/latestLayout.svelte.ts';
import type { NetworkLayout, NetworkOptions } from '../../../src/lib/layout/networkLayout.ts';
import type { Actor, Relation } from '../../../src/lib/model/schema.ts';

const OPTIONS = { width: 800, height: 600, labelSize: () => ({ width: 10, height: 10 }) };
const layoutOf = (name: string) => ({ name }) as unknown as NetworkLayout;

/** A runner whose answers the test releases in any order; it notes each run's options. */
function deferredRunner() {
  const pending: {
    options: NetworkOptions;
    resolve: (l: NetworkLayout) => void;
    reject: (e: Error) => void;
  }[] = [];
  const run = (_a: Actor[], _r: Relation[], options: NetworkOptions) =>
    new Promise<NetworkLayout>(
      (resolve, reject) => void pending.push({ options, resolve, reject }),
    );
  return { run, pending };
}
const picture = (x: number) => ({ nodes: [{ id: 'a', x, y: 10, r: 5 }], labels: [] });

/** A LatestLayout whose first request, in `scene` at OPTIONS' frame, was answered picture(400). */
async function laidOutIn(scene: string) {
  const { run, pending } = deferredRunner();
  const latest = new LatestLayout(run);
  const actors: Actor[] = [];
  const fresh = latest.request(actors, [], OPTIONS, scene);
  pending[0].resolve(picture(400));
  await fresh;
  return { latest, pending, actors };
}

describe('LatestLayout', () => {
  it('keeps the latest request’s answer, even when an older one arrives after it', async () => {
    const { run, pending } = deferredRunner();
    const latest = new LatestLayout(run);
    const a: Actor[] = [];
    const b: Actor[] = [];
    const first = latest.request(a, [], OPTIONS);
    const second = latest.request(b, [], OPTIONS);
    pending[1].resolve(layoutOf('new'));
    await second;
    pending[0].resolve(layoutOf('old'));
    await first;
    expect(latest.for(b)).toEqual(layoutOf('new'));
    expect(latest.for(a)).toBeNull();
  });

  it('reports the latest request’s failure only', async () => {
    const { run, pending } = deferredRunner();
    const latest = new LatestLayout(run);
    const first = latest.request([], [], OPTIONS);
    const second = latest.request([], [], OPTIONS);
    pending[0].reject(new Error('stale'));
    await first;
    expect(latest.error).toBeNull();
    pending[1].reject(new Error('no worker'));
    await second;
    expect(latest.error).toBe('no worker');
  });

  it('in one scene, a new frame keeps the last fresh picture, and its own frame gets it back', async () => {
    const { latest, pending, actors } = await laidOutIn('1280x720');
    expect(pending[0].options.keep).toBeUndefined();
    const narrower = latest.request(actors, [], { ...OPTIONS, width: 500 }, '1280x720');
    expect(pending[1].options.keep).toEqual({ width: 800, height: 600, nodes: picture(400).nodes });
    pending[1].resolve(picture(250));
    await narrower;
    expect(latest.for(actors)).toEqual(picture(250));
    // Back to the first frame: the first picture as it was, with no new run.
    await latest.request(actors, [], OPTIONS, '1280x720');
    expect(pending).toHaveLength(2);
    expect(latest.for(actors)).toEqual(picture(400));
  });

  it('lays out afresh in a new scene (another window size) and for other actors', async () => {
    const { latest, pending, actors } = await laidOutIn('1280x720');
    void latest.request(actors, [], { ...OPTIONS, width: 500 }, '1024x768');
    void latest.request([], [], { ...OPTIONS, width: 500 }, '1280x720');
    expect(pending.map((p) => p.options.keep)).toEqual([undefined, undefined, undefined]);
  });
});
