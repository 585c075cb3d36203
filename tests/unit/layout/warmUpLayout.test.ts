/** The layout worker warms up while it waits, never ahead of a request already waiting. */
import { describe, expect, it } from 'vitest';
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
  it('warms up on a made-up graph when no request has come', () => {
    const { laidOut, later } = setUp();
    later();
    expect(laidOut).toHaveLength(1);
    expect(laidOut[0][0]).toBe('w0');
  });

  it('answers a request that was waiting first, and then does not warm up', () => {
    const { laidOut, answers, ask, later } = setUp();
    ask();
    later();
    expect(laidOut).toEqual([['japan']]);
    expect(answers).toEqual([{ id: 1, ok: true, layout: { nodes: [], labels: [] } }]);
  });
});
