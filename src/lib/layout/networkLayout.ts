/**
 * The network layout: a d3-force simulation run to completion with a seeded random source, so
 * the same data gives the same picture on screen, in tests and in exports; then labels placed
 * where they overlap nothing. A pure function of (graph, options).
 */
import {
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  randomLcg,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';
import type { Actor, Relation } from '../model/schema.ts';
import { flatCollide, flatManyBody } from './flatForces.ts';
import { placeLabels, type PlacedLabel } from './labelPlacement.ts';
import { linearMap } from './linearMap.ts';

export interface NetworkOptions {
  width: number;
  height: number;
  /** Random seed: the same seed gives the same layout. */
  seed?: number;
  /** Simulation ticks per attempt (alpha cools from 1 to 0.001 over them). */
  ticks?: number;
  /** Size of an actor's label in px, measured by the caller (the layout stays pure). */
  labelSize: (actor: Actor) => { width: number; height: number };
  /**
   * Node radius range in px, from the least to the most mentioned actor; a frame too crowded
   * for it (150 actors in a strip) scales it down, so nodes do not cover each other.
   */
  radius?: [number, number];
  /**
   * A picture to keep: the layout these actors already have, and the frame it was made for.
   * Its positions are stretched to this frame and only pulled apart where nodes now touch, so
   * a panel opening beside the network narrows the picture rather than laying it out afresh.
   * Ignored when it lacks one of the actors.
   */
  keep?: KeptPicture;
}

/** A layout's positions and the frame they were laid out in (NetworkOptions.keep). */
export interface KeptPicture {
  width: number;
  height: number;
  nodes: readonly { id: string; x: number; y: number }[];
}

export interface NodePosition {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface NetworkLayout {
  nodes: NodePosition[];
  labels: PlacedLabel[];
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  halfWidth: number;
  halfHeight: number;
}

const MARGIN = 8;
/** A link shorter than this between the rims of its nodes is hard to see (and to click). */
const MIN_LINK = 20;
/**
 * The collision disks (node plus room for its label) may cover this much of the frame's area
 * (they overlap at the edges and between neighbours); past it they shrink to fit.
 */
const FILL = 1.5;
/** Nodes repel only within this many times the frame's mean spacing between nodes. */
const REACH = 4;
/** Below this frame area per node (px²), node sizes shrink with the square root of it. */
const ROOMY = 9000;

/**
 * Lays out actors and relations in a width x height frame.
 * @example computeNetworkLayout(actors, relations, { width: 800, height: 500, labelSize: () => ({ width: 60, height: 18 }) })
 */
export function computeNetworkLayout(
  actors: Actor[],
  relations: Relation[],
  options: NetworkOptions,
): NetworkLayout {
  const run = layoutAttempts(actors, relations, options);
  let step = run.next();
  while (!step.done) step = run.next();
  return step.value;
}

/**
 * The same layout, one attempt per slice: `pause` between attempts gives the page its turn
 * (the seeds' layout in the page, never one long task), the result is computeNetworkLayout's.
 * @example await computeNetworkLayoutInSlices(actors, relations, options, yieldToPage)
 */
export async function computeNetworkLayoutInSlices(
  actors: Actor[],
  relations: Relation[],
  options: NetworkOptions,
  pause: () => Promise<void>,
): Promise<NetworkLayout> {
  const run = layoutAttempts(actors, relations, options);
  let step = run.next();
  while (!step.done) {
    await pause();
    step = run.next();
  }
  return step.value;
}

/** The attempts of the layout, yielding after each one that leaves flaws; returns the best. */
function* layoutAttempts(
  actors: Actor[],
  relations: Relation[],
  options: NetworkOptions,
): Generator<void, NetworkLayout> {
  const { width, height, seed = 7, ticks = 120, radius = [7, 26] } = options;
  const maxMentions = Math.max(1, ...actors.map((a) => a.mentions.length));
  const shrink = Math.min(1, Math.sqrt((width * height) / Math.max(1, actors.length) / ROOMY));
  // d3's scaleSqrt, clamped: linear in the square root of the mentions (the worker's code stays
  // small without d3-scale, and it starts sooner).
  const linear = linearMap(
    [1, Math.sqrt(maxMentions)],
    [Math.max(3, radius[0] * shrink), Math.max(6, radius[1] * shrink)],
  );
  const size = (mentions: number) =>
    linear(Math.sqrt(Math.max(1, Math.min(maxMentions, mentions))));
  const labels = new Map(actors.map((a) => [a.id, options.labelSize(a)]));

  const nodes: SimNode[] = actors.map((a) => {
    const label = labels.get(a.id) ?? { width: 0, height: 0 };
    return {
      id: a.id,
      r: size(a.mentions.length),
      halfWidth: label.width / 2,
      halfHeight: label.height,
    };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const links: SimulationLinkDatum<SimNode>[] = relations
    .filter((r) => ids.has(r.source) && ids.has(r.target))
    .map((r) => ({ source: r.source, target: r.target }));
  const degree = new Map<string, number>();
  for (const r of relations)
    for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);

  const kept = options.keep && refit(nodes, options.keep, width, height, labels);
  if (kept) return kept;

  // Crowded frames get more room per label: retry with a wider collision radius, then from
  // other seeded starts, until every label finds a free spot and no nodes touch
  // (deterministic: the same attempts in the same order).
  let best: { layout: NetworkLayout; flaws: number } | null = null;
  // Big graphs get one attempt: retries cost a full simulation each.
  const attempts =
    nodes.length > 60
      ? [{ s: seed, spread: 1.05 }]
      : [0, 1, 2, 3, 4].flatMap((s) =>
          [0.8, 1.05, 1.3, 1.6].map((spread) => ({ s: seed + s, spread })),
        );
  for (const { s, spread } of attempts) {
    const layout = simulate(
      nodes,
      links,
      degree,
      { width, height, seed: s, ticks, spread },
      labels,
    );
    const flaws =
      layout.labels.filter((l) => !l.visible).length +
      overlappingNodes(layout.nodes) +
      shortLinks(layout.nodes, links);
    if (!best || flaws < best.flaws) best = { layout, flaws };
    if (flaws === 0) break;
    yield;
  }
  return (best as { layout: NetworkLayout }).layout;
}

/** One pass pushing apart nodes that touch; true if any did. */
function separate(nodes: SimNode[]): boolean {
  let moved = false;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      const dx = (b.x ?? 0) - (a.x ?? 0);
      const dy = (b.y ?? 0) - (a.y ?? 0);
      // Clearly apart (with a margin over rounding): the exact test below finds no gap either,
      // and Math.hypot on every pair of 150 actors, 60 passes, took 90 ms of a 100x layout.
      const reach = a.r + b.r + 4;
      if (dx * dx + dy * dy > reach * reach * (1 + 1e-9)) continue;
      const dist = Math.hypot(dx, dy) || 0.01;
      const gap = a.r + b.r + 4 - dist;
      if (gap <= 0) continue;
      const ux = dx / dist || 1;
      const uy = dy / dist;
      a.x = (a.x ?? 0) - (ux * gap) / 2;
      a.y = (a.y ?? 0) - (uy * gap) / 2;
      b.x = (b.x ?? 0) + (ux * gap) / 2;
      b.y = (b.y ?? 0) + (uy * gap) / 2;
      moved = true;
    }
  }
  return moved;
}

/** Links too short to see between their two nodes (a relation hidden by its own actors). */
function shortLinks(nodes: NodePosition[], links: SimulationLinkDatum<SimNode>[]): number {
  const at = new Map(nodes.map((n) => [n.id, n]));
  let n = 0;
  for (const l of links) {
    const a = at.get(l.source as string);
    const b = at.get(l.target as string);
    if (a && b && Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r < MIN_LINK) n++;
  }
  return n;
}

/** Pairs of nodes that touch (a crowded frame can squeeze them together at its edges). */
function overlappingNodes(nodes: NodePosition[]): number {
  let n = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + 2) n++;
    }
  }
  return n;
}

function simulate(
  input: SimNode[],
  links: SimulationLinkDatum<SimNode>[],
  degree: Map<string, number>,
  o: { width: number; height: number; seed: number; ticks: number; spread: number },
  labels: Map<string, { width: number; height: number }>,
): NetworkLayout {
  const { width, height, seed, ticks, spread } = o;
  // Seeded starting positions: the seed, not the order of the data, decides the picture.
  const random = randomLcg(seed);
  const nodes = input.map((n) => ({
    ...n,
    x: width / 2 + (random() - 0.5) * width * 0.6,
    y: height / 2 + (random() - 0.5) * height * 0.6,
  }));
  const edges = links.map((l) => ({ ...l }));
  const spacing = Math.sqrt((width * height) / Math.max(1, nodes.length));
  const scale = spacing / 3;
  // A node keeps room for its label, so labels have somewhere to go; in a frame too small for
  // that room (150 actors in a strip), each gets its share of the frame.
  const wanted = nodes.map((d) => Math.max(d.r + 6, d.halfWidth * spread + 4));
  const area = wanted.reduce((sum, r) => sum + Math.PI * r * r, 0);
  const fit = Math.min(1, Math.sqrt((FILL * width * height) / Math.max(1, area)));
  const room = new Map(nodes.map((d, i) => [d.id, Math.max(d.r + 2, wanted[i] * fit)]));
  // The more relations an actor has, the harder it is pulled to the middle (up to three times
  // the least connected): a hub there has room for its relations on every side; pressed to the
  // frame's edge, it sent them all one way across the picture.
  const hub = Math.max(1, ...degree.values());
  const pull = (d: SimNode) => 0.07 * (1 + (2 * (degree.get(d.id) ?? 0)) / hub);
  const sim = forceSimulation(nodes)
    .randomSource(random)
    // Cools from 1 to d3's alphaMin (0.001) over `ticks` ticks.
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(edges)
        .id((d) => d.id)
        .distance(Math.max(60, scale * 1.6))
        .strength(
          (l) =>
            0.6 /
            Math.min(
              degree.get((l.source as SimNode).id) ?? 1,
              degree.get((l.target as SimNode).id) ?? 1,
            ),
        ),
    )
    // d3's forceManyBody and forceCollide, number for number, in typed arrays (flatForces.ts).
    // Far nodes add nothing a briefer can see, and cost the most to sum: distanceMax.
    .force('charge', flatManyBody<SimNode>(-Math.max(200, scale * 12), REACH * spacing))
    .force(
      'collide',
      flatCollide<SimNode>((d) => room.get(d.id) ?? d.r + 6, 2),
    )
    .force(
      'x',
      forceX<SimNode>(width / 2).strength((d) => pull(d) * (height / width)),
    )
    .force('y', forceY<SimNode>(height / 2).strength(pull))
    .stop();
  for (let i = 0; i < ticks; i++) {
    sim.tick();
    for (const n of nodes) clamp(n, width, height);
  }
  return settle(nodes, width, height, labels);
}

/** The kept picture's positions stretched to this frame, settled; null if one is missing. */
function refit(
  input: SimNode[],
  keep: KeptPicture,
  width: number,
  height: number,
  labels: Map<string, { width: number; height: number }>,
): NetworkLayout | null {
  const at = new Map(keep.nodes.map((n) => [n.id, n]));
  const sx = width / Math.max(1, keep.width);
  const sy = height / Math.max(1, keep.height);
  const nodes: SimNode[] = [];
  for (const n of input) {
    const p = at.get(n.id);
    if (!p) return null;
    nodes.push({ ...n, x: p.x * sx, y: p.y * sy });
  }
  for (const n of nodes) clamp(n, width, height);
  return settle(nodes, width, height, labels);
}

/** Positioned nodes, none touching another, with their labels placed where they fit. */
function settle(
  nodes: SimNode[],
  width: number,
  height: number,
  labels: Map<string, { width: number; height: number }>,
): NetworkLayout {
  // The frame's edges can squeeze nodes together; push touching nodes apart, then re-clamp.
  for (let pass = 0; pass < 60 && separate(nodes); pass++)
    for (const n of nodes) clamp(n, width, height);
  const positioned = nodes.map((n) => ({
    id: n.id,
    x: round(n.x ?? 0),
    y: round(n.y ?? 0),
    r: round(n.r),
  }));
  const placed = placeLabels(
    positioned.map((n) => ({ ...n, ...(labels.get(n.id) ?? { width: 0, height: 0 }) })),
    { x: 0, y: 0, width, height },
  );
  return { nodes: positioned, labels: placed };
}

function clamp(n: SimNode, width: number, height: number): void {
  const padX = Math.max(n.r, n.halfWidth) + MARGIN;
  const padY = n.r + MARGIN;
  n.x = Math.min(width - padX, Math.max(padX, n.x ?? 0));
  n.y = Math.min(height - padY - n.halfHeight, Math.max(padY, n.y ?? 0));
}

const round = (v: number) => Math.round(v * 10) / 10;
