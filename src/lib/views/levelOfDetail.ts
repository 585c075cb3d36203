/**
 * Level of detail: past MAX_DRAWN actors the network is unreadable (and slow in SVG), past
 * MAX_DRAWN milestones the timeline's lanes are; each view draws the best-supported ones (actors
 * by mentions, milestones by evidence) and says how many more the tables list. One picker for
 * both views, so they agree on ties (broken by id) and on the limit.
 */
import { compareNames } from '../model/compareNames.ts';
import type { Actor, Dataset, Relation } from '../model/schema.ts';

export const MAX_DRAWN = 150;

/**
 * Every item in pickTop's order: the most `weight` first, ties by id. Each item's weight is
 * worked out once, not in every comparison.
 * @example rankBy(events, (e) => e.evidence.length)[0] // -> the best-attested milestone
 */
export function rankBy<T extends { id: string }>(
  items: readonly T[],
  weight: (item: T) => number,
): T[] {
  const keyed = items.map((item) => ({ item, weight: weight(item) }));
  // Ties in English order without the collator (compareNames.ts): at 100x a collator compare per
  // tie, over 5,000 milestones at load, cost 15 ms; and the picture no longer depends on the
  // language the browser is set to.
  keyed.sort((a, b) => b.weight - a.weight || compareNames(a.item.id, b.item.id));
  return keyed.map((k) => k.item);
}

/**
 * The `max` items with the most `weight` (ties by id); the list itself when it is no longer.
 * @example pickTop(events, (e) => e.evidence.length).length // -> at most 150
 */
export function pickTop<T extends { id: string }>(
  items: T[],
  weight: (item: T) => number,
  max = MAX_DRAWN,
): T[] {
  if (items.length <= max) return items;
  return rankBy(items, weight).slice(0, max);
}

/**
 * pickTop of `items`, a subset of a list whose rankBy (same weight) `ranked` gives: the first
 * `max` of it that `items` holds, without sorting again. A filter picks the milestones to draw
 * this way: at 100x, in a pass over 5,000 instead of a sort of 2,500. `ranked` is asked for only
 * when there are more than `max` items.
 * @example pickTopOf(kept, () => rankBy(dataset.events, (e) => e.evidence.length)) // -> pickTop(kept, (e) => e.evidence.length)
 */
export function pickTopOf<T extends { id: string }>(
  items: T[],
  ranked: () => readonly T[],
  max = MAX_DRAWN,
): T[] {
  if (items.length <= max) return items;
  const held = new Set(items);
  const top: T[] = [];
  for (const item of ranked()) {
    if (top.length === max) break;
    if (held.has(item)) top.push(item);
  }
  return top;
}

/**
 * The actors the network draws (the most mentioned) and the relations among them.
 * @example pickDrawnNetwork(dataset).actors === dataset.actors // -> true for the seeds
 */
export function pickDrawnNetwork(dataset: Dataset): { actors: Actor[]; relations: Relation[] } {
  const actors = pickTop(dataset.actors, (a) => a.mentions.length);
  if (actors === dataset.actors) return { actors, relations: dataset.relations };
  const ids = new Set(actors.map((a) => a.id));
  return {
    actors,
    relations: dataset.relations.filter((r) => ids.has(r.source) && ids.has(r.target)),
  };
}

/**
 * How many of the actors the filters keep (all, with no filter) the network does not draw.
 * @example countHidden(dataset, drawn.actors, null) // -> 0 for the seeds
 */
export function countHidden(
  dataset: Dataset,
  drawn: readonly Actor[],
  keep: { actors: ReadonlySet<string> } | null,
): number {
  const total = keep ? keep.actors.size : dataset.actors.length;
  return total - drawn.filter((a) => !keep || keep.actors.has(a.id)).length;
}

/**
 * What the network leaves to the Actors tab, in words ('' when nothing). Filtered, it counts
 * what is drawn of what the filters keep: "150 most-mentioned actors drawn" over a filtered
 * network of eighteen was not what the reader saw.
 * @example hiddenNote(dataset, drawn.actors, null) // -> '150 most-mentioned actors drawn; 302 more in the Actors tab'
 */
export function hiddenNote(
  dataset: Dataset,
  drawn: readonly Actor[],
  keep: { actors: ReadonlySet<string> } | null,
): string {
  const hidden = countHidden(dataset, drawn, keep);
  if (hidden <= 0) return '';
  const more = `${hidden} more in the Actors tab`;
  if (!keep) return `${MAX_DRAWN} most-mentioned actors drawn; ${more}`;
  const total = keep.actors.size;
  return `${total - hidden} of ${total} actors drawn (the most mentioned); ${more}`;
}
