/**
 * What the network view draws, as plain data: nodes with shape, colour and label; edges with
 * style and width; legend entries for what is present. Shared by the view and (later) export.
 */
import { scaleLinear } from 'd3';
import { countryColor, paletteFor } from '../encoding/palette.ts';
import { edgeStyle, kindLabel, kindPath, type EdgeStyle } from '../encoding/marks.ts';
import { computeEdgePaths, type EdgePath } from '../layout/edgePaths.ts';
import type { NetworkLayout, NodePosition } from '../layout/networkLayout.ts';
import type { Actor, Dataset, Relation } from '../model/schema.ts';
import {
  ACTOR_KINDS,
  RELATION_TYPES,
  type ActorKind,
  type RelationType,
} from '../model/vocabulary.ts';

export interface DrawnNode extends NodePosition {
  actor: Actor;
  path: string;
  color: string;
  label: { x: number; y: number; width: number; height: number; visible: boolean };
}

export interface DrawnEdge extends EdgePath {
  relation: Relation;
  style: EdgeStyle;
  width: number;
}

export interface Legend {
  kinds: { kind: ActorKind; label: string; path: string }[];
  countries: { country: string | null; label: string; color: string }[];
  /** One row per line style; `members` are the relation types drawn with it. */
  types: { type: RelationType; members: RelationType[]; style: EdgeStyle }[];
}

/** Moves node `id` by a drag offset. */
export type Offsets = Record<string, { dx: number; dy: number }>;

/**
 * Combines layout positions (plus drag offsets) with the encodings.
 * @example buildNetworkModel(dataset, layout, {}).nodes[0].color // -> '#0072B2'
 */
export function buildNetworkModel(dataset: Dataset, layout: NetworkLayout, offsets: Offsets) {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
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
      color: countryColor(actor.country),
      label: { x: l.x + o.dx, y: l.y + o.dy, width: l.width, height: l.height, visible: l.visible },
    };
  });
  const maxEvidence = Math.max(1, ...dataset.relations.map((r) => r.evidence.length));
  const width = scaleLinear().domain([1, maxEvidence]).range([1.6, 7]).clamp(true);
  const byId = new Map(dataset.relations.map((r) => [r.id, r]));
  const edges: DrawnEdge[] = computeEdgePaths(dataset.relations, nodes).map((p) => {
    const relation = byId.get(p.id) as Relation;
    return {
      ...p,
      relation,
      style: edgeStyle(relation.type),
      width: width(relation.evidence.length),
    };
  });
  return { nodes, edges };
}

/** Legend entries for what a dataset contains. */
export function buildLegend(dataset: Dataset): Legend {
  const kinds = new Set(dataset.actors.map((a) => a.kind));
  const types = new Set(dataset.relations.map((r) => r.type));
  const names = new Map(
    dataset.actors
      .filter((a) => a.kind === 'country' || a.kind === 'bloc')
      .map((a) => [a.country, a.name]),
  );
  return {
    kinds: ACTOR_KINDS.filter((k) => kinds.has(k)).map((kind) => ({
      kind,
      label: kindLabel(kind),
      path: kindPath(kind, 7),
    })),
    countries: paletteFor(dataset.actors.map((a) => a.country)).map(({ country, color }) => ({
      country,
      label: country ? (names.get(country) ?? country) : 'Other / none',
      color,
    })),
    // Types drawn alike (office held, member of, located in) share one legend row.
    types: RELATION_TYPES.filter((t) => types.has(t)).reduce<Legend['types']>((rows, type) => {
      const style = edgeStyle(type);
      const same = rows.find(
        (r) =>
          r.style.dash === style.dash &&
          r.style.color === style.color &&
          r.style.arrow === style.arrow,
      );
      if (same) {
        same.style = { ...same.style, label: 'Affiliation' };
        same.members.push(type);
      } else rows.push({ type, members: [type], style });
      return rows;
    }, []),
  };
}

/**
 * The legend rows for what the filters keep, with the colours of the whole legend (a country
 * keeps its colour whatever is filtered).
 * @example shownLegend(legend, dataset, kept).countries.map((c) => c.label) // -> ['Japan', 'China']
 */
export function shownLegend(
  legend: Legend,
  dataset: Dataset,
  kept: { actors: ReadonlySet<string>; relations: ReadonlySet<string> },
): Legend {
  const actors = dataset.actors.filter((a) => kept.actors.has(a.id));
  const kinds = new Set(actors.map((a) => a.kind));
  const countries = new Set(actors.map((a) => a.country));
  const types = new Set(
    dataset.relations.filter((r) => kept.relations.has(r.id)).map((r) => r.type),
  );
  return {
    kinds: legend.kinds.filter((k) => kinds.has(k.kind)),
    countries: legend.countries.filter((c) => countries.has(c.country)),
    types: legend.types.filter((t) => t.members.some((m) => types.has(m))),
  };
}
