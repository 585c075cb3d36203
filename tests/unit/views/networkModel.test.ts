import { describe, expect, it } from 'vitest';
import type { DrawnNode } from '../../../src/lib/views/networkModel.ts';
import { buildTabOrder, describeNetwork } from '../../../src/lib/views/networkModel.ts';
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
