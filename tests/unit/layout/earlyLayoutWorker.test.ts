/**
 * The built page starts the layout worker from <head> (earlyLayoutWorker.ts) and the app adopts
 * it (layoutClient.ts): the same worker gets the requests, and one that failed to load before
 * the app came leaves the layout to the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeNetworkLayout } from '../../../src/lib/layout/networkLayout.ts';
import type {
  LayoutRequest,
  LayoutResponse,
} from '../../../src/lib/layout/networkLayoutProtocol.ts';
import { seedDataset } from '../helpers.ts';

/** A stand-in for the browser's Worker: keeps what it is sent, answers when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: LayoutRequest[] = [];
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(request: LayoutRequest) {
    this.sent.push(request);
  }
  terminate() {}
}

const scope = globalThis as Record<string, unknown>;

describe('the layout worker started from <head>', () => {
  const { actors, relations } = seedDataset();
  const options = {
    width: 900,
    height: 500,
    labelSize: (a: { name: string }) => ({ width: a.name.length * 9, height: 22 }),
  };

  beforeEach(() => {
    vi.resetModules();
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    delete scope.tielineLayoutWorker;
  });

  it('is left where layoutClient looks for it, a module worker', async () => {
    await import('../../../src/lib/layout/earlyLayoutWorker.ts');
    const { EARLY_WORKER_KEY } = await import('../../../src/lib/layout/layoutClient.ts');
    const early = scope[EARLY_WORKER_KEY] as { worker: FakeWorker; failed: boolean };
    expect(early.worker).toBe(FakeWorker.made[0]);
    expect(early.failed).toBe(false);
    expect(early.worker.options).toEqual({ type: 'module', name: 'tieline-network-layout' });
    expect(early.worker.url.pathname).toMatch(/networkLayout\.worker\.ts$/);
  });

  it('gets the requests: the app starts no worker of its own', async () => {
    await import('../../../src/lib/layout/earlyLayoutWorker.ts');
    const { layoutNetwork } = await import('../../../src/lib/layout/layoutClient.ts');
    const answer = layoutNetwork(actors, relations, options);
    const [worker] = FakeWorker.made;
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker.sent).toHaveLength(1);
    const layout = { nodes: [], labels: [] };
    worker.onmessage!({ data: { id: worker.sent[0].id, ok: true, layout } } as MessageEvent);
    expect(await answer).toEqual(layout);
  });

  it('that failed before the app came: the layout runs in the page', async () => {
    await import('../../../src/lib/layout/earlyLayoutWorker.ts');
    const [worker] = FakeWorker.made;
    worker.onerror!({ preventDefault: () => {} } as ErrorEvent);
    const { layoutNetwork } = await import('../../../src/lib/layout/layoutClient.ts');
    const layout = await layoutNetwork(actors, relations, options);
    expect(worker.sent).toHaveLength(0);
    expect(FakeWorker.made).toHaveLength(1);
    expect(layout).toEqual(computeNetworkLayout(actors, relations, options));
  });
});
