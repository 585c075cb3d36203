/**
 * Where no worker can start (Node here, a page opened from file://) the layout runs in the page
 * and gives exactly the pure function's result; requests answer in any order by id.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutNetwork, layoutPayload } from '../../../src/lib/layout/layoutClient.ts';
import {
  computeNetworkLayout,
  computeNetworkLayoutInSlices,
} from '../../../src/lib/layout/networkLayout.ts';
import { seedDataset } from '../helpers.ts';

describe('layoutNetwork without a worker', () => {
  const { actors, relations } = seedDataset();
  const labelSize = (a: { name: string }) => ({ width: a.name.length * 9, height: 22 });

  it('resolves with the same layout as computeNetworkLayout', async () => {
    const options = { width: 900, height: 500, labelSize };
    const [a, b] = await Promise.all([
      layoutNetwork(actors, relations, options),
      layoutNetwork(actors, relations, { ...options, width: 700 }),
    ]);
    expect(a).toEqual(computeNetworkLayout(actors, relations, options));
    expect(b).toEqual(computeNetworkLayout(actors, relations, { ...options, width: 700 }));
  });
});

describe('layoutNetwork when the layout code cannot be fetched', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/lib/layout/layoutInPage.ts');
    vi.resetModules();
  });

  it('rejects with a message that says so, instead of never answering', async () => {
    vi.resetModules();
    vi.doMock('../../../src/lib/layout/layoutInPage.ts', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const client = await import('../../../src/lib/layout/layoutClient.ts');
    const { actors, relations } = seedDataset();
    const labelSize = () => ({ width: 40, height: 22 });
    await expect(
      client.layoutNetwork(actors, relations, { width: 900, height: 500, labelSize }),
    ).rejects.toThrow(/^Network layout failed: its code could not be loaded \(.+\)$/);
  });
});

describe('what the worker is sent', () => {
  const { actors, relations } = seedDataset();
  const labelSize = (a: { name: string }) => ({ width: a.name.length * 9, height: 22 });

  it('lays out exactly as the whole graph does', () => {
    const slim = layoutPayload(actors, relations);
    for (const width of [1400, 700]) {
      const options = { width, height: 480, labelSize };
      expect(computeNetworkLayout(slim.actors, slim.relations, options)).toEqual(
        computeNetworkLayout(actors, relations, options),
      );
    }
  });

  it('carries no evidence: a long article’s quotes stay in the page', () => {
    const sent = JSON.stringify(structuredClone(layoutPayload(actors, relations)));
    const quotes = [...actors.flatMap((a) => a.mentions), ...relations.flatMap((r) => r.evidence)]
      .map((e) => e.quote)
      .filter((q) => q.length > 24); // the evidence sentences, not a mention that is a name
    expect(quotes.length).toBeGreaterThan(10);
    for (const quote of quotes) expect(sent).not.toContain(quote);
    expect(sent.length).toBeLessThan(JSON.stringify({ actors, relations }).length / 3);
  });
});

describe('computeNetworkLayoutInSlices (the page without a worker)', () => {
  it('gives computeNetworkLayout exactly, pausing between attempts', async () => {
    const { actors, relations } = seedDataset();
    const labelSize = (a: { name: string }) => ({ width: a.name.length * 9, height: 22 });
    let pauses = 0;
    // The narrowest is crowded enough that its first attempts leave labels without room.
    for (const width of [1400, 900, 400]) {
      const options = { width, height: 300, labelSize };
      const sliced = await computeNetworkLayoutInSlices(actors, relations, options, async () => {
        pauses++;
      });
      expect(sliced).toEqual(computeNetworkLayout(actors, relations, options));
    }
    expect(pauses).toBeGreaterThan(0);
  });
});
