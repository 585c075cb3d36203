/**
 * Free-text search: actors by name or alias, events by title, and anything whose evidence
 * quotes contain the words. Case- and accent-insensitive. Matches are highlighted, not hidden.
 */
import type { Dataset, Evidence } from '../model/schema.ts';
import type { SearchMatches } from './types.ts';

/** Lower case without accents: "Müller" and "muller" match. */
export const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * What a query matches; null for an empty query.
 * @example searchDataset(dataset, 'galwan')?.events.size // -> 1
 */
export function searchDataset(dataset: Dataset, query: string): SearchMatches | null {
  const q = fold(query.trim());
  if (q.length === 0) return null;
  const has = (s: string) => fold(s).includes(q);
  const quoted = (ev: Evidence[]) => ev.some((e) => has(e.quote));
  return {
    actors: new Set(
      dataset.actors.filter((a) => has(a.name) || a.aliases.some(has)).map((a) => a.id),
    ),
    relations: new Set(dataset.relations.filter((r) => quoted(r.evidence)).map((r) => r.id)),
    events: new Set(
      dataset.events.filter((e) => has(e.title) || quoted(e.evidence)).map((e) => e.id),
    ),
  };
}
