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
