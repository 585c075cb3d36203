/**
 * The extraction worker's answer in parts. A dataset crosses from the worker to the page as a
 * structured clone, read back on the page's main thread in the task that receives the message:
 * after a 4.9 MB article, one message was 120 ms of reading plus 50 ms of garbage collection in
 * one task. Sent as the dataset without its lists, preceded by the lists in parts of bounded
 * weight, each part is read in a task of its own.
 */
import type { Dataset } from '../model/schema.ts';

type ListName = 'documents' | 'actors' | 'relations' | 'events';
const LISTS: ListName[] = ['documents', 'actors', 'relations', 'events'];

/** A slice of one of the dataset's lists, in order. */
export type DatasetPart = { [L in ListName]: { list: L; items: Dataset[L] } }[ListName];

/**
 * About how many objects (an item, its evidence, a document's sentences) a part holds: a few
 * milliseconds to read back. The seeds' whole dataset is under it.
 */
export const PART_WEIGHT = 8000;

type Weighed = { mentions?: unknown[]; evidence?: unknown[]; sentences?: unknown[] };
const weigh = (item: Weighed) =>
  1 + (item.mentions?.length ?? item.evidence?.length ?? 0) + (item.sentences?.length ?? 0);

/**
 * The dataset with empty lists, and its lists in parts of at most `budget` weight (an item
 * heavier than that alone); a dataset under the budget is left whole, with no parts.
 * @example const { rest, parts } = splitDataset(dataset); // post each part, then rest
 */
export function splitDataset(
  dataset: Dataset,
  budget = PART_WEIGHT,
): { rest: Dataset; parts: DatasetPart[] } {
  const total = LISTS.reduce(
    (n, list) => n + (dataset[list] as Weighed[]).reduce((m, x) => m + weigh(x), 0),
    0,
  );
  if (total <= budget) return { rest: dataset, parts: [] };
  const parts: DatasetPart[] = [];
  for (const list of LISTS) {
    let items: Weighed[] = [];
    let weight = 0;
    const flush = () => {
      if (items.length) parts.push({ list, items } as DatasetPart);
      items = [];
      weight = 0;
    };
    for (const item of dataset[list] as Weighed[]) {
      const w = weigh(item);
      if (weight + w > budget) flush();
      items.push(item);
      weight += w;
    }
    flush();
  }
  return { rest: { ...dataset, documents: [], actors: [], relations: [], events: [] }, parts };
}

/**
 * The dataset again from splitDataset's rest and parts (in the order they were made).
 * @example joinDataset(rest, parts) // deep-equal to the dataset split
 */
export function joinDataset(rest: Dataset, parts: readonly DatasetPart[]): Dataset {
  if (parts.length === 0) return rest;
  const lists = { documents: [...rest.documents], actors: [...rest.actors] } as Pick<
    Dataset,
    ListName
  >;
  lists.relations = [...rest.relations];
  lists.events = [...rest.events];
  for (const part of parts) (lists[part.list] as unknown[]).push(...part.items);
  return { ...rest, ...lists };
}
