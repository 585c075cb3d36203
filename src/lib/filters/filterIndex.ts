/**
 * A dataset's facts as the filters read them, built once per dataset: actors by position, each
 * relation's ends and each event's actors as positions, domains as bits. A filter pass is then a
 * walk over typed arrays. Per value counts in an open filter menu run one pass per value: at
 * 100x (2,000 actors, 10,000 relations, 5,000 events) the passes over objects, maps of ids and
 * arrays of strings took 13 ms of a 35 ms filter.
 */
import type { Dataset } from '../model/schema.ts';
import { DOMAINS } from '../model/vocabulary.ts';

export interface FilterIndex {
  actorKind: string[];
  actorCountry: (string | null)[];
  /** Per relation: the positions of its ends (-1: no such actor), its domains as bits. */
  relSource: Int32Array;
  relTarget: Int32Array;
  relDomains: Uint32Array;
  /** Per event: its domains as bits, its actors' positions (-1: no such actor) from eventStart. */
  eventDomains: Uint32Array;
  /** Event i's actors are eventActors[eventStart[i]] up to eventStart[i + 1]. */
  eventStart: Int32Array;
  eventActors: Int32Array;
}

const DOMAIN_BIT = new Map<string, number>(DOMAINS.map((d, i) => [d, 1 << i]));

/**
 * Domains as bits, in the order of the vocabulary (a domain outside it: no bit, never kept).
 * @example domainBits(['maritime', 'space']) // -> 3
 */
export function domainBits(domains: readonly string[]): number {
  let bits = 0;
  for (const d of domains) bits |= DOMAIN_BIT.get(d) ?? 0;
  return bits;
}

const built = new WeakMap<Dataset, FilterIndex>();

/**
 * The dataset's index, built on first use and kept while the dataset lives.
 * @example filterIndex(dataset).relSource[0] // -> position of the first relation's source
 */
export function filterIndex(dataset: Dataset): FilterIndex {
  let index = built.get(dataset);
  if (!index) built.set(dataset, (index = buildIndex(dataset)));
  return index;
}

function buildIndex(dataset: Dataset): FilterIndex {
  const { actors, relations, events } = dataset;
  // Each id's position (the last actor's, should two share an id).
  const actorAt = new Map<string, number>();
  actors.forEach((a, i) => actorAt.set(a.id, i));
  const at = (id: string) => actorAt.get(id) ?? -1;
  const relSource = new Int32Array(relations.length);
  const relTarget = new Int32Array(relations.length);
  const relDomains = new Uint32Array(relations.length);
  relations.forEach((r, i) => {
    relSource[i] = at(r.source);
    relTarget[i] = at(r.target);
    relDomains[i] = domainBits(r.domains);
  });
  const eventDomains = new Uint32Array(events.length);
  const eventStart = new Int32Array(events.length + 1);
  let total = 0;
  for (const e of events) total += e.actors.length;
  const eventActors = new Int32Array(total);
  let k = 0;
  events.forEach((e, i) => {
    eventDomains[i] = domainBits(e.domains);
    eventStart[i] = k;
    for (const id of e.actors) eventActors[k++] = at(id);
  });
  eventStart[events.length] = k;
  return {
    actorKind: actors.map((a) => a.kind),
    actorCountry: actors.map((a) => a.country),
    relSource,
    relTarget,
    relDomains,
    eventDomains,
    eventStart,
    eventActors,
  };
}
