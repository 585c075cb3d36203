/**
 * For the benchmark's peer pages (scripts/bench/peers.ts): the same dataset Tieline embeds,
 * read from the page, and what each peer stack draws of it, by Tieline's own level-of-detail
 * rule so that every stack draws the same actors, relations and milestones: the 150 most
 * mentioned actors and the relations among them, the 150 best-attested dated milestones. A
 * filter by domain keeps what Tieline's does (the relations and events in the domain, and the
 * actors they involve), written as a user of these libraries would write it: plain loops.
 */
import type { Actor, Dataset, Relation, TielineEvent } from '../../../src/lib/model/schema.ts';
import { pickDrawnNetwork, pickTop } from '../../../src/lib/views/levelOfDetail.ts';

export interface Drawn {
  actors: Actor[];
  relations: Relation[];
  /** The milestones drawn: dated ones, the best attested first. */
  events: TielineEvent[];
}

/** The dataset embedded in the page as `<script type="application/json" id="dataset">`. */
export function readDataset(): Dataset {
  return JSON.parse(document.getElementById('dataset')!.textContent!) as Dataset;
}

/** What a stack draws of the dataset, or of what a domain keeps of it (`domain` null: all). */
export function drawnOf(dataset: Dataset, domain: string | null): Drawn {
  const network = pickDrawnNetwork(dataset);
  const dated = dataset.events.filter((e) => e.date !== null);
  if (domain === null) return { ...network, events: pickTop(dated, (e) => e.evidence.length) };
  const relations = network.relations.filter((r) => r.domains.includes(domain as never));
  const events = dated.filter((e) => e.domains.includes(domain as never));
  const involved = new Set<string>();
  for (const r of dataset.relations)
    if (r.domains.includes(domain as never)) involved.add(r.source).add(r.target);
  for (const e of events) for (const a of e.actors) involved.add(a);
  return {
    actors: network.actors.filter((a) => involved.has(a.id)),
    relations,
    events: pickTop(events, (e) => e.evidence.length),
  };
}

/** The ids of what a stack draws, to test each of its elements against. */
export function idsOf(drawn: Drawn): { actors: Set<string>; relations: Set<string> } {
  return {
    actors: new Set(drawn.actors.map((a) => a.id)),
    relations: new Set(drawn.relations.map((r) => r.id)),
  };
}

/** The domain on which the bench filters: the one in the most relations and events. */
export function busiestDomain(dataset: Dataset): string {
  const count = new Map<string, number>();
  for (const x of [...dataset.relations, ...dataset.events])
    for (const d of x.domains) count.set(d, (count.get(d) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** A view has drawn for the first time: the mark the bench waits for (as Tieline's). */
export function markDrawn(view: 'network' | 'timeline'): void {
  if (performance.getEntriesByName(`tieline:${view}-drawn`).length === 0)
    performance.mark(`tieline:${view}-drawn`);
}

/** What a peer page offers the bench: the filter, applied to both views. */
export interface PeerPage {
  /** Shows only what `domain` keeps (null: everything). */
  filter(domain: string | null): void;
  /** The element that takes the network's wheel and drag. */
  zoomTarget(): Element;
  /** The network's zoom and pan, as text: a gesture must change it. */
  view(): string;
}

export function exposePeer(page: PeerPage): void {
  (globalThis as { __peer?: PeerPage }).__peer = page;
}
