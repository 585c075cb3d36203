/** The worker protocol gives exactly the layout the pure function gives in the page. */
import { describe, expect, it } from 'vitest';
import { computeNetworkLayout } from '../../../src/lib/layout/networkLayout.ts';
import { runLayoutRequest } from '../../../src/lib/layout/networkLayoutProtocol.ts';
import { seedDataset } from '../helpers.ts';

describe('runLayoutRequest', () => {
  const { actors, relations } = seedDataset();
  const size = (a: { name: string }) => ({ width: a.name.length * 9, height: 22 });

  it('matches computeNetworkLayout with the same measured labels', () => {
    const direct = computeNetworkLayout(actors, relations, {
      width: 900,
      height: 500,
      labelSize: size,
    });
    const labels = Object.fromEntries(actors.map((a) => [a.id, size(a)]));
    // Through a structured clone, as a worker message is.
    const request = structuredClone({
      id: 3,
      actors,
      relations,
      settings: { width: 900, height: 500 },
      labels,
    });
    expect(runLayoutRequest(computeNetworkLayout, request)).toEqual({
      id: 3,
      ok: true,
      layout: direct,
    });
  });

  it('reports a failure as a message, not a thrown error', () => {
    const response = runLayoutRequest(
      () => {
        throw new Error('boom');
      },
      { id: 4, actors: [], relations: [], settings: { width: 1, height: 1 }, labels: {} },
    );
    expect(response).toEqual({ id: 4, ok: false, message: 'boom' });
  });
});
