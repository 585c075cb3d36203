/**
 * What a selection, or a search, lights up in both views. Code the first picture does not need
 * (nothing is selected or searched then, or what a link names is lit a frame or two after it):
 * lazyHighlight.svelte.ts loads it after the first picture, or at the first need, whichever
 * comes first.
 */
import { linksOf } from '../model/actorLinks.ts';
import type { Dataset } from '../model/schema.ts';
import type { Highlight, Selection } from './selection.ts';

export { searchDataset } from '../filters/search.ts';

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
  // The relations among its actors, from each actor's own (hovering a milestone asks for this).
  const relations = new Set<string>();
  for (const a of actors)
    for (const r of linksOf(dataset, a).relations)
      if (actors.has(r.source) && actors.has(r.target)) relations.add(r.id);
  return { actors, relations, events: new Set([event.id]) };
}
