/**
 * What an analyst can narrow the picture by. Every facet is a list of values (empty = no
 * filter); facets combine with AND, values within a facet with OR.
 */
import type { ActorKind, Domain, EventStatus, RelationType } from '../model/vocabulary.ts';

export interface Filters {
  domains: Domain[];
  /** ISO 3166 alpha-2 codes (and `EU`). */
  countries: string[];
  /**
   * Countries: keep only what is between the chosen countries (both ends of a relation, every
   * chosen country in an event) instead of everything involving any of them.
   */
  betweenOnly?: boolean;
  kinds: ActorKind[];
  relationTypes: RelationType[];
  statuses: EventStatus[];
  /** Inclusive ISO days, or null for all time. */
  period: [string, string] | null;
  /** Free text, matched against actor names and aliases, event titles and evidence quotes. */
  query: string;
}

export const EMPTY_FILTERS: Filters = {
  domains: [],
  countries: [],
  kinds: [],
  relationTypes: [],
  statuses: [],
  period: null,
  query: '',
};

/** What the filters keep, by id. */
export interface FilterResult {
  actors: Set<string>;
  relations: Set<string>;
  events: Set<string>;
}

/** What the search matches, by id (shown highlighted, not hidden). */
export interface SearchMatches {
  actors: Set<string>;
  relations: Set<string>;
  events: Set<string>;
}
