import { describe, expect, it } from 'vitest';
import type { DrawnNode } from '../../../src/lib/views/networkModel.ts';
import {
  buildNetworkModel,
  buildTabOrder,
  CROWDED,
  describeNetwork,
} from '../../../src/lib/views/networkModel.ts';
import { generateDataset } from '../../../scripts/bench/generateDataset.ts';
import { seedDataset } from '../helpers';

const node = (id: string, name: string, r: number) => ({ id, r, actor: { name } }) as DrawnNode;

describe('buildTabOrder', () => {
  const nodes = [node('b', 'Beta', 5), node('a', 'Alpha', 5), node('c', 'Gamma', 9)];

  it('walks the biggest first, then by name, without changing its input', () => {
    expect(buildTabOrder(nodes, null).map((n) => n.id)).toEqual(['c', 'a', 'b']);
    expect(nodes.map((n) => n.id)).toEqual(['b', 'a', 'c']);
  });

  it('skips the actors the filters leave out', () => {
    expect(buildTabOrder(nodes, { actors: new Set(['b']) }).map((n) => n.id)).toEqual(['b']);
  });
});

describe('describeNetwork', () => {
  const d = seedDataset();

  it('counts the whole dataset with no filter', () => {
    expect(describeNetwork(d, null, 'ignored')).toMatch(
      new RegExp(
        `^Network of actors: ${d.actors.length} actors and ${d.relations.length} relations\\. Shape`,
      ),
    );
  });

  it('counts what the filters keep and says them in words', () => {
    const keep = { actors: new Set(['x']), relations: new Set<string>() };
    expect(describeNetwork(d, keep, 'Showing: maritime')).toMatch(
      /^Network of actors: 1 actors and 0 relations\. Showing: maritime\. Shape/,
    );
  });
});

describe('buildNetworkModel in a crowded frame', () => {
  // The seeds' actors many times over (the bench's generator): more than a frame can label.
  const d = generateDataset(5);
  // A made-up layout: every actor at its own place, the first few labelled.
  const layout = (n: number) => {
    const nodes = d.actors.slice(0, n).map((a, i) => ({ id: a.id, x: i * 10, y: 0, r: 5 }));
    const labels = nodes.map((p, i) => ({
      id: p.id,
      x: p.x,
      y: 10,
      width: 20,
      height: 10,
      visible: i < 5,
    }));
    return { nodes, labels } as unknown as Parameters<typeof buildNetworkModel>[1];
  };
  it('fades the unlabelled actors, and relations between two of them, past CROWDED actors', () => {
    const n = CROWDED + 1;
    expect(d.actors.length).toBeGreaterThanOrEqual(n);
    const model = buildNetworkModel(d, layout(n), {});
    expect(model.nodes.filter((x) => x.minor).length).toBe(n - 5);
    const minor = new Set(model.nodes.filter((x) => x.minor).map((x) => x.id));
    for (const e of model.edges)
      expect(e.minor).toBe(minor.has(e.relation.source) && minor.has(e.relation.target));
  });
  it('fades nothing in an uncrowded frame', () => {
    const model = buildNetworkModel(d, layout(Math.min(20, d.actors.length)), {});
    expect(model.nodes.some((x) => x.minor)).toBe(false);
    expect(model.edges.some((x) => x.minor)).toBe(false);
  });
});
