/**
 * The dataset cut down to what the filters keep: what the tables list (and exports will hold).
 */
import type { Dataset } from '../model/schema.ts';
import type { FilterResult } from './types.ts';

/** @example subsetDataset(dataset, kept).actors.length // -> kept.actors.size */
export function subsetDataset(dataset: Dataset, kept: FilterResult): Dataset {
  return {
    ...dataset,
    actors: dataset.actors.filter((a) => kept.actors.has(a.id)),
    relations: dataset.relations.filter((r) => kept.relations.has(r.id)),
    events: dataset.events.filter((e) => kept.events.has(e.id)),
  };
}

/**
 * The articles a dataset's facts cite: what an export names as its sources and carries.
 * @example citedDocuments(subsetDataset(dataset, kept)).map((d) => d.file) // -> ['000_….txt']
 */
export function citedDocuments(dataset: Dataset): Dataset['documents'] {
  const cited = new Set(
    [
      ...dataset.actors.flatMap((a) => a.mentions),
      ...dataset.relations.flatMap((r) => r.evidence),
      ...dataset.events.flatMap((e) => e.evidence),
    ].map((e) => e.doc),
  );
  return dataset.documents.filter((d) => cited.has(d.id));
}
