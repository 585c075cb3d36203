import { describe, expect, it } from 'vitest';
import { intersects, type Box } from '../../../src/lib/layout/labelPlacement.ts';
import { computeNetworkLayout } from '../../../src/lib/layout/networkLayout.ts';
import { computeShownLabels, type ShownLabel } from '../../../src/lib/layout/shownLabels.ts';
import { computeHighlight } from '../../../src/lib/state/highlight.ts';
import { buildNetworkModel, type DrawnNode } from '../../../src/lib/views/networkModel.ts';
import { generateDataset } from '../../../scripts/bench/generateDataset.ts';
import type { Dataset } from '../../../src/lib/model/schema.ts';
import { seedDataset } from '../helpers.ts';

// A fixed text measure (the browser passes measured widths), as the layout is given it.
const width = (text: string) => text.length * 8 + 6;
const measure = (_: unknown, text: string) => width(text);
const labelSize = (a: { name: string }) => ({ width: width(a.name), height: 22 });

function model(d: Dataset, w: number, h: number) {
  const layout = computeNetworkLayout(d.actors, d.relations, { width: w, height: h, labelSize });
  return buildNetworkModel(d, layout, {}).nodes;
}

const disc = (n: DrawnNode): Box => ({
  x: n.x - n.r,
  y: n.y - n.r,
  width: 2 * n.r,
  height: 2 * n.r,
});

/**
 * Every way the labels break the rule: two overlapping, one over a lit node (any node, for a
 * dimmed label) or out of the frame.
 */
function faults(
  labels: ShownLabel[],
  nodes: DrawnNode[],
  frame: Box,
  focus: string[],
  lit: ReadonlySet<string> | null = null,
): string[] {
  const out: string[] = [];
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1))
      if (intersects(a, b)) out.push(`label ${a.id} / label ${b.id}`);
    // Only a focus label with no free spot at all may sit on a lit node; a lit label may sit on
    // a dimmed node when nothing else is free.
    if (!focus.includes(a.id))
      for (const n of nodes)
        if ((!lit || !lit.has(a.id) || lit.has(n.id)) && intersects(a, disc(n)))
          out.push(`label ${a.id} / node ${n.id}`);
    if (
      a.x < frame.x ||
      a.y < frame.y ||
      a.x + a.width > frame.x + frame.width ||
      a.y + a.height > frame.y + frame.height
    )
      out.push(`label ${a.id} out of the frame`);
  }
  return out;
}

/** A label is the whole name, or its first whole words and an ellipsis. */
const wholeWords = (text: string, name: string) =>
  text === name ||
  (text.endsWith('…') &&
    name.startsWith(text.slice(0, -1)) &&
    /^[\s,;:–—-]/.test(name.slice(text.length - 1)));

describe('computeShownLabels', () => {
  const d = seedDataset();

  it('with no highlight, draws the labels the layout placed, of the actors shown', () => {
    const nodes = model(d, 330, 230);
    const frame = { x: 0, y: 0, width: 330, height: 230 };
    const kept = new Set(d.actors.slice(0, 6).map((a) => a.id));
    const labels = computeShownLabels(nodes, { frame, shown: kept, lit: null, focus: [], measure });
    expect([...labels.keys()].sort()).toEqual(
      nodes
        .filter((n) => n.label.visible && kept.has(n.id))
        .map((n) => n.id)
        .sort(),
    );
    for (const l of labels.values()) {
      const n = nodes.find((x) => x.id === l.id)!;
      expect(l).toEqual({ id: n.id, text: n.actor.name, ...n.label, visible: undefined });
    }
  });

  // The frames the network gets beside an open details panel (1024x768: 330x230) and wider.
  const frames: [number, number][] = [
    [330, 230],
    [420, 260],
    [600, 300],
    [900, 330],
  ];
  const selections = [
    ...d.actors.map((a) => ({ kind: 'actor' as const, id: a.id })),
    ...d.relations.map((r) => ({ kind: 'relation' as const, id: r.id })),
    ...d.events.map((e) => ({ kind: 'event' as const, id: e.id })),
  ];
  it.each(frames)(
    'at %ix%i, whatever is selected: its focus is named whole, no label overlaps another label or a node',
    (w, h) => {
      const nodes = model(d, w, h);
      const frame = { x: 0, y: 0, width: w, height: h };
      for (const selection of selections) {
        const highlight = computeHighlight(d, selection)!;
        const focus = highlight.focus ?? [];
        const labels = computeShownLabels(nodes, {
          frame,
          shown: null,
          lit: highlight.actors,
          focus,
          measure,
        });
        const list = [...labels.values()];
        expect(
          faults(list, nodes, frame, focus, highlight.actors),
          `${selection.kind} ${selection.id}`,
        ).toEqual([]);
        for (const id of focus)
          expect(labels.get(id)?.text, `${id} selected`).toBe(
            d.actors.find((a) => a.id === id)!.name,
          );
        for (const l of list)
          expect(wholeWords(l.text, d.actors.find((a) => a.id === l.id)!.name), l.text).toBe(true);
      }
    },
  );

  it('names more of what is lit than the layout had room for', () => {
    const nodes = model(d, 330, 230);
    const frame = { x: 0, y: 0, width: 330, height: 230 };
    const highlight = computeHighlight(d, { kind: 'actor', id: 'japan' })!;
    const labels = computeShownLabels(nodes, {
      frame,
      shown: null,
      lit: highlight.actors,
      focus: highlight.focus!,
      measure,
    });
    const before = nodes.filter((n) => n.label.visible && highlight.actors.has(n.id)).length;
    const after = [...labels.keys()].filter((id) => highlight.actors.has(id)).length;
    expect(after).toBeGreaterThan(before);
  });

  it('in a crowded frame (150 actors in 330x200), names what is lit over faded nodes', () => {
    const big = generateDataset(10, 1);
    const top = [...big.actors]
      .sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id))
      .slice(0, 150);
    const ids = new Set(top.map((a) => a.id));
    const d150 = {
      ...big,
      actors: top,
      relations: big.relations.filter((r) => ids.has(r.source) && ids.has(r.target)),
    };
    const nodes = model(d150, 330, 200);
    const frame = { x: 0, y: 0, width: 330, height: 200 };
    for (const a of top.slice(0, 20)) {
      const highlight = computeHighlight(d150, { kind: 'actor', id: a.id })!;
      const o = { frame, shown: null, lit: highlight.actors, focus: [a.id], measure };
      const labels = [...computeShownLabels(nodes, o).values()];
      expect(faults(labels, nodes, frame, [a.id], highlight.actors), a.id).toEqual([]);
      const named = labels.filter((l) => highlight.actors.has(l.id)).length;
      expect(named, a.id).toBeGreaterThanOrEqual(Math.min(3, highlight.actors.size));
    }
  });

  it('places the focus first, at its layout spot when it is free', () => {
    // Two nodes side by side, with room for one label only: above or below the pair is out of
    // the frame, and the left one's label would cover the right one's node.
    const node = (id: string, x: number, name: string): DrawnNode =>
      ({
        id,
        x,
        y: 20,
        r: 10,
        actor: { name },
        label: { x: x + 14, y: 9, width: width(name), height: 22, visible: id === 'a' },
      }) as DrawnNode;
    const nodes = [node('a', 20, 'Alpha'), node('b', 120, 'Beta')];
    const frame = { x: 0, y: 0, width: 200, height: 40 };
    const lit = new Set(['a', 'b']);
    const asIs = computeShownLabels(nodes, { frame, shown: null, lit, focus: ['a'], measure });
    expect([...asIs.keys()]).toEqual(['a', 'b']);
    expect(asIs.get('a')).toMatchObject({ x: 34, y: 9, text: 'Alpha' });
    // With b selected, b's label comes first; a's no longer fits beside it.
    const b = computeShownLabels(nodes, { frame, shown: null, lit, focus: ['b'], measure });
    expect(b.get('b')?.text).toBe('Beta');
    expect(faults([...b.values()], nodes, frame, ['b'])).toEqual([]);
  });

  it('shortens a long name to whole words where the whole name has no room', () => {
    const nodes = [
      {
        id: 'a',
        x: 20,
        y: 20,
        r: 10,
        actor: { name: 'Japan Self-Defense Forces' },
        label: {
          x: 0,
          y: 0,
          width: width('Japan Self-Defense Forces'),
          height: 22,
          visible: false,
        },
      },
    ] as DrawnNode[];
    const frame = { x: 0, y: 0, width: 110, height: 40 };
    const labels = computeShownLabels(nodes, {
      frame,
      shown: null,
      lit: new Set(['a']),
      focus: [],
      measure,
    });
    expect(labels.get('a')?.text).toBe('Japan…');
  });

  it('hides a dimmed label that a lit one now covers, and no other', () => {
    const nodes = model(d, 330, 230);
    const frame = { x: 0, y: 0, width: 330, height: 230 };
    const highlight = computeHighlight(d, { kind: 'actor', id: 'japan' })!;
    const labels = computeShownLabels(nodes, {
      frame,
      shown: null,
      lit: highlight.actors,
      focus: highlight.focus!,
      measure,
    });
    const lit = [...labels.values()].filter((l) => highlight.actors.has(l.id));
    for (const n of nodes.filter((x) => x.label.visible && !highlight.actors.has(x.id)))
      expect(labels.has(n.id), n.id).toBe(!lit.some((l) => intersects(l, n.label, 2)));
  });

  it('is deterministic and leaves its input alone', () => {
    const big = generateDataset(10, 1);
    const nodes = model(big, 900, 330);
    const copy = structuredClone(nodes);
    const highlight = computeHighlight(big, { kind: 'actor', id: big.actors[0].id })!;
    const o = {
      frame: { x: 0, y: 0, width: 900, height: 330 },
      shown: null,
      lit: highlight.actors,
      focus: highlight.focus!,
      measure,
    };
    expect(computeShownLabels(nodes, o)).toEqual(computeShownLabels(nodes, o));
    expect(nodes).toEqual(copy);
  });
});
