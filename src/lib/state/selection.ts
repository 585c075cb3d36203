/**
 * What the user has selected and which items that lights up in each view. Pure functions; the
 * rune class in dashboard.svelte.ts holds the state.
 */
import { linksOf } from '../model/actorLinks.ts';
import type { Dataset } from '../model/schema.ts';

export type Selection =
  | { kind: 'actor'; id: string }
  | { kind: 'event'; id: string }
  | { kind: 'relation'; id: string }
  | null;

/**
 * Whether two selections name the same item (or are both empty).
 * @example sameSelection({ kind: 'actor', id: 'japan' }, { kind: 'actor', id: 'japan' }) // -> true
 */
export const sameSelection = (a: Selection, b: Selection): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);

export interface Highlight {
  actors: Set<string>;
  relations: Set<string>;
  events: Set<string>;
  /**
   * The actors it is about, whose labels win first: a selected actor, a relation's two ends; none
   * for an event or a search (their actors are named by importance).
   */
  focus?: string[];
}

/**
 * The actors, relations and events a selection lights up: an actor, its neighbours, their
 * relations and its events; an event, its actors and the relations among them; a relation, its
 * two actors and the events they both take part in.
 * @example computeHighlight(dataset, { kind: 'actor', id: 'japan' }).events.size // -> 9
 */
export function computeHighlight(dataset: Dataset, selection: Selection): Highlight | null {
  if (!selection) return null;
  if (selection.kind === 'actor') {
    const id = selection.id;
    const { relations, events } = linksOf(dataset, id);
    const actors = new Set([id]);
    for (const r of relations) actors.add(r.source).add(r.target);
    return {
      actors,
      relations: new Set(relations.map((r) => r.id)),
      events: new Set(events.map((e) => e.id)),
      focus: [id],
    };
  }
  if (selection.kind === 'relation') {
    const r = dataset.relations.find((x) => x.id === selection.id);
    if (!r) return null;
    return {
      actors: new Set([r.source, r.target]),
      relations: new Set([r.id]),
      events: new Set(
        linksOf(dataset, r.source)
          .events.filter((e) => e.actors.includes(r.target))
          .map((e) => e.id),
      ),
      focus: [r.source, r.target],
    };
  }
  const event = dataset.events.find((e) => e.id === selection.id);
  if (!event) return null;
  const actors = new Set(event.actors);
  return {
    actors,
    relations: new Set(
      dataset.relations
        .filter((r) => actors.has(r.source) && actors.has(r.target))
        .map((r) => r.id),
    ),
    events: new Set([event.id]),
  };
}

/**
 * Toggles a selection: selecting what is already selected clears it.
 * @example toggleSelection({ kind: 'actor', id: 'japan' }, { kind: 'actor', id: 'japan' }) // -> null
 */
export function toggleSelection(current: Selection, next: Selection): Selection {
  return next && sameSelection(current, next) ? null : next;
}
