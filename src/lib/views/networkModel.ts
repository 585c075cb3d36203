/**
 * What the network view draws, as plain data: nodes with shape, colour and label; edges with
 * style and width (the legend: networkLegend.ts; which actors are drawn: levelOfDetail.ts).
 */
import { countryColor, rankCountryColors } from '../encoding/palette.ts';
import { compareNames } from '../model/compareNames.ts';
import { edgeStyle, kindPath, type EdgeStyle } from '../encoding/marks.ts';
import { computeEdgePaths, type EdgePath } from '../layout/edgePaths.ts';
import { linearMap } from '../layout/linearMap.ts';
import type { NetworkLayout, NodePosition } from '../layout/networkLayout.ts';
import type { Actor, Dataset, Relation } from '../model/schema.ts';

export interface DrawnNode extends NodePosition {
  actor: Actor;
  path: string;
  color: string;
  label: { x: number; y: number; width: number; height: number; visible: boolean };
  /** A minor actor in a crowded frame (no room for its label): drawn faded. */
  minor: boolean;
}

export interface DrawnEdge extends EdgePath {
  relation: Relation;
  style: EdgeStyle;
  width: number;
  /** Both ends are minor actors: drawn faded, under the rest. */
  minor: boolean;
}

/**
 * Past this many actors a frame is crowded: the actors whose label found no room (the least
 * mentioned, placed last) and the relations among them fade, so the ones that matter read.
 */
export const CROWDED = 60;

/** Moves node `id` by a drag offset. */
export type Offsets = Record<string, { dx: number; dy: number }>;

/**
 * Combines layout positions (plus drag offsets) with the encodings.
 * @example buildNetworkModel(dataset, layout, {}).nodes[0].color // -> '#0072B2'
 */
export function buildNetworkModel(dataset: Dataset, layout: NetworkLayout, offsets: Offsets) {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const colors = rankCountryColors(dataset);
  const labels = new Map(layout.labels.map((l) => [l.id, l]));
  const nodes: DrawnNode[] = layout.nodes.map((n) => {
    const o = offsets[n.id] ?? { dx: 0, dy: 0 };
    const actor = actors.get(n.id) as Actor;
    const l = labels.get(n.id) ?? { x: n.x, y: n.y, width: 0, height: 0, visible: false };
    return {
      ...n,
      x: n.x + o.dx,
      y: n.y + o.dy,
      actor,
      path: kindPath(actor.kind, n.r),
      color: countryColor(actor.country, colors),
      label: { x: l.x + o.dx, y: l.y + o.dy, width: l.width, height: l.height, visible: l.visible },
      minor: layout.nodes.length > CROWDED && !l.visible,
    };
  });
  const minor = new Set(nodes.filter((n) => n.minor).map((n) => n.id));
  const maxEvidence = Math.max(1, ...dataset.relations.map((r) => r.evidence.length));
  const width = linearMap([1, maxEvidence], [1.6, 7], true);
  const byId = new Map(dataset.relations.map((r) => [r.id, r]));
  const edges: DrawnEdge[] = computeEdgePaths(dataset.relations, nodes).map((p) => {
    const relation = byId.get(p.id) as Relation;
    return {
      ...p,
      relation,
      style: edgeStyle(relation.type),
      width: width(relation.evidence.length),
      minor: minor.has(relation.source) && minor.has(relation.target),
    };
  });
  // Faded relations first, so the ones that matter are drawn over them.
  edges.sort((a, b) => Number(b.minor) - Number(a.minor));
  return { nodes, edges };
}

/**
 * The order Tab walks the actors the filters keep: the biggest first, then by name.
 * @example buildTabOrder(model.nodes, null)[0].actor.name // -> 'Japan'
 */
export function buildTabOrder(
  nodes: readonly DrawnNode[],
  keep: { actors: ReadonlySet<string> } | null,
): DrawnNode[] {
  return nodes
    .filter((n) => !keep || keep.actors.has(n.id))
    .sort((a, b) => b.r - a.r || compareNames(a.actor.name, b.actor.name));
}

/**
 * The offsets after dragging actor `id` by (dx, dy) layout px.
 * @example applyDrag({}, 'japan', 5, -2) // -> { japan: { dx: 5, dy: -2 } }
 */
export function applyDrag(offsets: Offsets, id: string, dx: number, dy: number): Offsets {
  const o = offsets[id] ?? { dx: 0, dy: 0 };
  return { ...offsets, [id]: { dx: o.dx + dx, dy: o.dy + dy } };
}

/**
 * The order Tab walks the relations the filters keep, after the actors: the best attested first.
 * @example buildEdgeOrder(model.edges, null)[0].relation.type // -> 'cooperation'
 */
export function buildEdgeOrder(
  edges: readonly DrawnEdge[],
  keep: { relations: ReadonlySet<string> } | null,
): DrawnEdge[] {
  return edges
    .filter((e) => !keep || keep.relations.has(e.id))
    .sort(
      (a, b) => b.relation.evidence.length - a.relation.evidence.length || (a.id < b.id ? -1 : 1),
    );
}

/**
 * The drawing's accessible name: what it holds (with the filters, in words) and how to read it.
 * @example describeNetwork(dataset, null, '') // -> 'Network of actors: 20 actors and 31 relations. Shape shows...'
 */
export function describeNetwork(
  dataset: Dataset,
  keep: { actors: ReadonlySet<string>; relations: ReadonlySet<string> } | null,
  description: string,
): string {
  return (
    `Network of actors: ${keep ? keep.actors.size : dataset.actors.length} actors and ` +
    `${keep ? keep.relations.size : dataset.relations.length} relations. ` +
    (keep ? `${description}. ` : '') +
    'Shape shows the kind of actor, colour its country, line style the kind of relation. ' +
    'The Actors and Relations tabs list the same data as tables.'
  );
}
