/**
 * The briefing stage's network, laid out for the room: the actors that take most part in the
 * story (as many as the frame holds at projector type), a seeded force layout stretched to the
 * frame, and every label placed where it overlaps no label or mark, crosses no relation line
 * and stays inside the frame. Several seeds are tried and the cleanest picture kept, so the
 * same data always gives the same picture. Pure: text is measured by the caller.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import { countryColor, rankCountryColors, type CountryColors } from '../encoding/palette.ts';
import type { Measure } from '../export/wrapText.ts';
import type { Dataset } from '../model/schema.ts';
import type { ActorKind, RelationType } from '../model/vocabulary.ts';
import {
  boxesOverlap,
  circleTouchesBox,
  insideFrame,
  segmentCrossesBox,
  type Box,
} from './stageGeometry.ts';
import { rankActors } from './storySteps.ts';

export interface StageLabel extends Box {
  text: string;
  /** Where the text is anchored: x of its start, middle or end; y of its baseline. */
  anchor: 'start' | 'middle' | 'end';
  tx: number;
  ty: number;
}

export interface StageNode {
  id: string;
  name: string;
  kind: ActorKind;
  color: string;
  x: number;
  y: number;
  r: number;
  label: StageLabel;
}

export interface StageEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** Sentences behind the strongest relation between the two. */
  evidence: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface StageNetwork {
  width: number;
  height: number;
  font: number;
  nodes: StageNode[];
  edges: StageEdge[];
  /** Actors left out for room (the tables list them). */
  hidden: number;
  /** Labels that still cross a line or leave the frame: 0 unless the frame is far too small. */
  conflicts: number;
}

/** An actor placed, before its label is. */
type Placed = Omit<StageNode, 'label'> & { textWidth?: number };

export interface StageNetworkOptions {
  width: number;
  height: number;
  /** Label size in px. */
  font: number;
  measure: Measure;
  /** Seeds tried in turn (the first clean one wins). */
  seeds?: number;
  /** Country colours (default: ranked in this dataset); a subset passes its whole dataset's. */
  colors?: CountryColors;
}

const FONT_WEIGHT = 700;
/** More names than this are not read from the back of a room, whatever the screen. */
const MAX_ACTORS = 28;
/** How many trial moves the repairs may make in all: past it, the cleanest picture so far. */
const REPAIR_BUDGET = 6000;

/** A seeded random source (LCG), so a layout is the same on every run. */
function lcg(seed: number) {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(1664525, s) + 1013904223) >>> 0) / 4294967296;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  half: number;
}

/** The relations between kept actors, one line per pair (the best attested). */
function pairEdges(dataset: Dataset, keep: Set<string>) {
  const best = new Map<string, Dataset['relations'][number]>();
  for (const r of dataset.relations) {
    if (!keep.has(r.source) || !keep.has(r.target) || r.source === r.target) continue;
    const key = [r.source, r.target].sort().join('|');
    const seen = best.get(key);
    if (!seen || r.evidence.length > seen.evidence.length) best.set(key, r);
  }
  return [...best.values()];
}

/** How many actors a frame holds with room for their labels at this type size (28 at most). */
export const stageCapacity = (width: number, height: number, font: number): number =>
  Math.max(4, Math.min(MAX_ACTORS, Math.floor((width * height) / (font * font * 34))));

function placeLabels(
  nodes: Placed[],
  edges: StageEdge[],
  o: StageNetworkOptions,
): { labels: StageLabel[]; conflicts: number; score: number } {
  const { font, measure, width, height } = o;
  const placed: Box[] = [];
  const labels: StageLabel[] = [];
  let conflicts = 0;
  let total = 0;
  const gap = font * 0.3;
  for (const n of nodes) {
    const w = (n.textWidth ??= measure(n.name, font, FONT_WEIGHT)) + 4;
    const h = font * 1.15;
    const d = n.r + gap;
    const candidates: (Box & { anchor: StageLabel['anchor'] })[] = [
      { x: n.x + d, y: n.y - h / 2, w, h, anchor: 'start' },
      { x: n.x - d - w, y: n.y - h / 2, w, h, anchor: 'end' },
      { x: n.x - w / 2, y: n.y + d, w, h, anchor: 'middle' },
      { x: n.x - w / 2, y: n.y - d - h, w, h, anchor: 'middle' },
      { x: n.x + d * 0.7, y: n.y + d * 0.7, w, h, anchor: 'start' },
      { x: n.x + d * 0.7, y: n.y - d * 0.7 - h, w, h, anchor: 'start' },
      { x: n.x - d * 0.7 - w, y: n.y + d * 0.7, w, h, anchor: 'end' },
      { x: n.x - d * 0.7 - w, y: n.y - d * 0.7 - h, w, h, anchor: 'end' },
    ];
    let best = candidates[0];
    let bestScore = Infinity;
    for (const c of candidates) {
      let score = 0;
      if (!insideFrame(c, width, height, 2)) score += 1000;
      if (placed.some((p) => boxesOverlap(p, c, 2))) score += 1000;
      if (nodes.some((m) => m !== n && circleTouchesBox(m.x, m.y, m.r + 2, c))) score += 1000;
      for (const e of edges) if (segmentCrossesBox(e.x1, e.y1, e.x2, e.y2, c, 2)) score += 10;
      if (score < bestScore) [best, bestScore] = [c, score];
      if (score === 0) break;
    }
    if (bestScore > 0) conflicts++;
    total += bestScore;
    placed.push(best);
    const tx =
      best.anchor === 'start'
        ? best.x + 2
        : best.anchor === 'end'
          ? best.x + best.w - 2
          : best.x + best.w / 2;
    labels.push({ ...best, text: n.name, tx, ty: best.y + font * 0.88 });
  }
  return { labels, conflicts, score: total };
}

function layoutOnce(
  dataset: Dataset,
  kept: Dataset['actors'],
  rels: Dataset['relations'],
  o: StageNetworkOptions,
  seed: number,
): Placed[] {
  const { width, height, font, measure } = o;
  const mentions = new Map(kept.map((a) => [a.id, a.mentions.length]));
  const most = Math.max(1, ...mentions.values());
  const radius = (id: string) => font * (0.45 + 0.55 * Math.sqrt((mentions.get(id) ?? 1) / most));
  // d3 starts every run from the same spiral: a seed gives each run its own start instead.
  const random = lcg(seed);
  const spread = font * 4 * Math.sqrt(kept.length);
  const sim: SimNode[] = kept.map((a) => ({
    id: a.id,
    r: radius(a.id),
    half: measure(a.name, font, FONT_WEIGHT) / 2,
    x: (random() - 0.5) * spread,
    y: (random() - 0.5) * spread,
  }));
  const links: SimulationLinkDatum<SimNode>[] = rels.map((r) => ({
    source: r.source,
    target: r.target,
  }));
  const simulation = forceSimulation(sim)
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.id)
        .distance(font * 5),
    )
    .force('charge', forceManyBody<SimNode>().strength(-font * 30))
    .force(
      'collide',
      forceCollide<SimNode>((d) => Math.max(d.r + font, d.half * 0.8)),
    )
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.04 * (width / height)))
    .stop();
  simulation.tick(300);
  // Stretch to the frame, keeping room for a label beside the outermost actors.
  const padX = font * 1.2 + Math.max(...sim.map((n) => n.r));
  const padY = font * 1.6 + Math.max(...sim.map((n) => n.r));
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const fit = (v: number, lo: number, hi: number, size: number, pad: number) =>
    hi - lo < 1e-6 ? size / 2 : pad + ((v - lo) / (hi - lo)) * (size - 2 * pad);
  const colors = o.colors ?? rankCountryColors(dataset);
  const byId = new Map(kept.map((a) => [a.id, a]));
  const nodes = sim.map((n) => {
    const a = byId.get(n.id)!;
    return {
      id: n.id,
      name: a.name,
      kind: a.kind,
      color: countryColor(a.country, colors),
      x: fit(n.x ?? 0, Math.min(...xs), Math.max(...xs), width, padX + n.half * 0.5),
      y: fit(n.y ?? 0, Math.min(...ys), Math.max(...ys), height, padY),
      r: n.r,
    };
  });
  return nodes;
}

function finish(
  dataset: Dataset,
  kept: Dataset['actors'],
  shaped: ReturnType<typeof evaluate>,
  o: StageNetworkOptions,
): StageNetwork {
  return {
    width: o.width,
    height: o.height,
    font: o.font,
    nodes: shaped.nodes.map(({ textWidth: _, ...n }, i) => ({ ...n, label: shaped.labels[i] })),
    edges: shaped.edges,
    hidden: dataset.actors.length - kept.length,
    conflicts: shaped.conflicts,
  };
}

function buildEdges(nodes: Placed[], rels: Dataset['relations']): StageEdge[] {
  const at = new Map(nodes.map((n) => [n.id, n]));
  return rels.map((r) => {
    const [s, t] = [at.get(r.source)!, at.get(r.target)!];
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const [ux, uy] = [(t.x - s.x) / len, (t.y - s.y) / len];
    return {
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      evidence: r.evidence.length,
      x1: s.x + ux * s.r,
      y1: s.y + uy * s.r,
      x2: t.x - ux * t.r,
      y2: t.y - uy * t.r,
    };
  });
}

function evaluate(nodes: Placed[], rels: Dataset['relations'], o: StageNetworkOptions) {
  const edges = buildEdges(nodes, rels);
  const placed = placeLabels(nodes, edges, o);
  // Two marks on top of each other are a conflict too.
  let touching = 0;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const [a, b] = [nodes[i], nodes[j]];
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + 2) touching++;
    }
  return {
    nodes,
    edges,
    ...placed,
    conflicts: placed.conflicts + touching,
    score: placed.score + touching * 1000,
  };
}

/** Whether actor i's label has a conflict, or one of its lines crosses a label. */
function troubled(now: ReturnType<typeof evaluate>, i: number, o: StageNetworkOptions): boolean {
  const n = now.nodes[i];
  const label = now.labels[i];
  const mine = now.edges.filter((e) => e.source === n.id || e.target === n.id);
  return (
    now.edges.some((e) => segmentCrossesBox(e.x1, e.y1, e.x2, e.y2, label, 2)) ||
    mine.some((e) => now.labels.some((l) => segmentCrossesBox(e.x1, e.y1, e.x2, e.y2, l, 2))) ||
    !insideFrame(label, o.width, o.height, 2) ||
    now.nodes.some((m, j) => j !== i && Math.hypot(m.x - n.x, m.y - n.y) < m.r + n.r + 2)
  );
}

/**
 * Moves actors whose label could not be placed cleanly a little way, in 12 directions and up to
 * four label heights, keeping a move only when the picture has fewer conflicts.
 */
function repair(
  nodes: Placed[],
  rels: Dataset['relations'],
  o: StageNetworkOptions,
  budget: { left: number },
) {
  let now = evaluate(nodes, rels, o);
  for (let round = 0; round < 8 && now.conflicts > 0; round++) {
    let improved = false;
    for (let i = 0; i < now.nodes.length && now.conflicts > 0; i++) {
      const n = now.nodes[i];
      // Only an actor whose label, or a label its lines cross, is in trouble is worth moving.
      if (!troubled(now, i, o)) continue;
      let best = now;
      for (const step of [1, 2, 3, 4])
        for (let k = 0; k < 12; k++) {
          const a = (k / 12) * 2 * Math.PI;
          const x = n.x + Math.cos(a) * step * o.font;
          const y = n.y + Math.sin(a) * step * o.font;
          if (x < n.r + 4 || y < n.r + 4 || x > o.width - n.r - 4 || y > o.height - n.r - 4)
            continue;
          if (budget.left-- <= 0) return now;
          const moved = now.nodes.map((m, j) => (j === i ? { ...m, x, y } : m));
          const tried = evaluate(moved, rels, o);
          if (tried.score < best.score) best = tried;
        }
      if (best !== now) [now, improved] = [best, true];
    }
    if (!improved) break;
  }
  return now;
}

/**
 * The stage's network for a frame.
 * @example computeStageNetwork(dataset, { width: 1200, height: 700, font: 24, measure }).conflicts // -> 0
 */
export function computeStageNetwork(dataset: Dataset, o: StageNetworkOptions): StageNetwork {
  const ranked = rankActors(dataset);
  let capacity = stageCapacity(o.width, o.height, o.font);
  let best: StageNetwork | null = null;
  // A fixed amount of work (moves tried), not of time, so the result is the same everywhere.
  const budget = { left: REPAIR_BUDGET };
  // Fewer actors when no seed gives a clean picture: a readable picture over a complete one.
  while (capacity >= 4) {
    const keep = new Set(ranked.slice(0, capacity).map((a) => a.id));
    const kept = dataset.actors.filter((a) => keep.has(a.id));
    const rels = pairEdges(dataset, keep);
    let raw: Placed[] | null = null;
    let rawScore = Infinity;
    for (let seed = 1; seed <= (o.seeds ?? 4); seed++) {
      const nodes = layoutOnce(dataset, kept, rels, o, seed);
      const { score } = evaluate(nodes, rels, o);
      if (score < rawScore) [raw, rawScore] = [nodes, score];
      if (score === 0) break;
    }
    const net = finish(dataset, kept, repair(raw!, rels, o, budget), o);
    if (!best || net.conflicts < best.conflicts) best = net;
    if (net.conflicts === 0) return net;
    if (budget.left <= 0) return best;
    if (capacity >= ranked.length) capacity = ranked.length;
    // Nearly clean: one actor fewer; far from it: a sixth fewer.
    capacity -= (best?.conflicts ?? 0) <= 2 ? 1 : Math.max(1, Math.round(capacity / 6));
  }
  return best ?? finish(dataset, [], evaluate([], [], o), o);
}
