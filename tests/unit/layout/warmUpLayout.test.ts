/** The layout worker warms up while it waits, never ahead of a request already waiting. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NetworkLayout } from '../../../src/lib/layout/networkLayout.ts';
import type {
  LayoutRequest,
  LayoutResponse,
} from '../../../src/lib/layout/networkLayoutProtocol.ts';
import { answerLayouts, type LayoutScope } from '../../../src/lib/layout/warmUpLayout.ts';

function setUp() {
  const laidOut: string[][] = [];
  const answers: LayoutResponse[] = [];
  const scope: LayoutScope = { onmessage: null, postMessage: (r) => answers.push(r) };
  let pending: (() => void) | null = null;
  answerLayouts(
    scope,
    (actors): NetworkLayout => {
      laidOut.push(actors.map((a) => a.id));
      return { nodes: [], labels: [] };
    },
    (run) => (pending = run),
  );
  const request: LayoutRequest = {
    id: 1,
    actors: [{ id: 'japan' } as LayoutRequest['actors'][number]],
    relations: [],
    settings: { width: 400, height: 300 },
    labels: {},
  };
  const ask = () => scope.onmessage!({ data: request } as MessageEvent<LayoutRequest>);
  return { laidOut, answers, ask, later: () => pending!() };
}

describe('answerLayouts', () => {
  afterEach(() => vi.useRealTimers());

  it('warms up on a made-up graph, a slice a task, while no request comes', () => {
    const { laidOut, later } = setUp();
    for (let i = 0; i < 10; i++) later();
    expect(laidOut.length).toBeGreaterThan(1);
    expect(laidOut.length).toBeLessThan(10);
    expect(laidOut.every((ids) => ids[0] === 'w0')).toBe(true);
  });

  it('starts warming up in the task after it starts, not after a wait', () => {
    vi.useFakeTimers();
    const laidOut: string[] = [];
    const scope: LayoutScope = { onmessage: null, postMessage: () => {} };
    answerLayouts(scope, (actors) => {
      laidOut.push(actors[0].id);
      return { nodes: [], labels: [] };
    });
    vi.advanceTimersByTime(0);
    expect(laidOut).toEqual(['w0']);
  });

  it('stops warming up when a request comes: it waits one slice at most', () => {
    const { laidOut, ask, later } = setUp();
    later();
    ask();
    for (let i = 0; i < 10; i++) later();
    expect(laidOut).toEqual([laidOut[0], ['japan']]);
  });

  it('answers a request that was waiting first, and then does not warm up', () => {
    const { laidOut, answers, ask, later } = setUp();
    ask();
    later();
    expect(laidOut).toEqual([['japan']]);
    expect(answers).toEqual([{ id: 1, ok: true, layout: { nodes: [], labels: [] } }]);
  });
});
