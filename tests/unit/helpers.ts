/** Shared test helpers: the seed dataset, and the evidence invariant. */
import { fileURLToPath } from 'node:url';
import type { Dataset, Evidence, TielineEvent } from '../../src/lib/model/schema.ts';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

let cached: Dataset | null = null;
/** The dataset extracted from seeds/ (extracted once per test file). */
export function seedDataset(): Dataset {
  cached ??= loadDatasetFromDir(SEEDS_DIR).dataset;
  return cached;
}

/** Every piece of evidence in a dataset, labelled with what it supports. */
export function allEvidence(d: Dataset): { what: string; ev: Evidence }[] {
  return [
    ...d.actors.flatMap((a) => a.mentions.map((ev) => ({ what: `actor ${a.id}`, ev }))),
    ...d.relations.flatMap((r) => r.evidence.map((ev) => ({ what: `relation ${r.id}`, ev }))),
    ...d.events.flatMap((e) => e.evidence.map((ev) => ({ what: `event ${e.id}`, ev }))),
  ];
}

export const byName = (d: Dataset, name: string) => d.actors.find((a) => a.name === name);

/** A milestone for layout tests: a met meeting on `date` (at day precision), one quote. */
export const milestone = (id: string, title: string, date: string | null): TielineEvent => ({
  id,
  title,
  date,
  precision: date ? 'day' : null,
  dateText: null,
  status: 'occurred',
  kind: 'meeting',
  domains: ['maritime'],
  actors: [],
  analyst: [],
  evidence: [{ doc: 'd', start: 0, end: 1, quote: 'x' }],
});
