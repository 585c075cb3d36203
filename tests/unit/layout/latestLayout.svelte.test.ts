import { describe, expect, it } from 'vitest';
import { LatestLayout } from '../../../src/lib/layout/latestLayout.svelte.ts';
import type { NetworkLayout } from '../../../src/lib/layout/networkLayout.ts';
import type { Actor } from '../../../src/lib/model/schema.ts';

const OPTIONS = { width: 800, height: 600, labelSize: () => ({ width: 10, height: 10 }) };
const layoutOf = (name: string) => ({ name }) as unknown as NetworkLayout;

/** A runner whose answers the test releases in any order. */
function deferredRunner() {
  const pending: { resolve: (l: NetworkLayout) => void; reject: (e: Error) => void }[] = [];
  const run = () =>
    new Promise<NetworkLayout>((resolve, reject) => void pending.push({ resolve, reject }));
  return { run, pending };
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
});
