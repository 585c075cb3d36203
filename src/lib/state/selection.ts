/**
 * What the user has selected and which items that lights up in each view. Pure functions; the
 * rune class in dashboard.svelte.ts holds the state.
 */

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
 * Toggles a selection: selecting what is already selected clears it.
 * @example toggleSelection({ kind: 'actor', id: 'japan' }, { kind: 'actor', id: 'japan' }) // -> null
 */
export function toggleSelection(current: Selection, next: Selection): Selection {
  return next && sameSelection(current, next) ? null : next;
}
