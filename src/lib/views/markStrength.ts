/**
 * How strongly the network draws each mark: full, dimmed when a highlight leaves it out, faded
 * when it is minor in a crowded frame. One rule for nodes and relations, for the SVG (what is
 * exported) and the edge canvas (what the screen shows).
 */
import type { Highlight } from '../state/selection.ts';
import { CROWDED } from './networkModel.ts';

/** Opacity of what a highlight leaves out, by default (a dark projector asks for more). */
export const DIMMED = 0.18;

/** Opacity of minor marks in a crowded frame that nothing lights up. */
export const MINOR = 0.4;

export interface Emphasis {
  /** What to emphasise; the rest is dimmed. Null: everything at full strength. */
  highlight: Highlight | null;
  /** Ids kept by the filters; null when nothing is filtered. */
  keep: { actors: ReadonlySet<string>; relations: ReadonlySet<string> } | null;
  /** Opacity of what the highlight leaves out. */
  dimmed: number;
}

/**
 * A mark's opacity when a highlight lights up `lit` (its actors or its relations).
 * @example dimOf({ highlight: null, keep: null, dimmed: 0.18 }, undefined, 'japan') // -> 1
 */
export function dimOf(e: Emphasis, lit: ReadonlySet<string> | undefined, id: string): number {
  return e.highlight && !lit?.has(id) ? e.dimmed : 1;
}

/**
 * Filters that keep few actors leave no crowd: then nothing fades.
 * @example isCrowded({ highlight: null, keep: null, dimmed: 0.18 }) // -> true
 */
export const isCrowded = (e: Emphasis) => !e.keep || e.keep.actors.size > CROWDED;

/**
 * A mark's opacity: minor marks in a crowded frame fade unless something lights them up.
 * @example strengthOf(emphasis, true, undefined, 'x') // -> 0.4 in a crowded, unlit frame
 */
export function strengthOf(
  e: Emphasis,
  minor: boolean,
  lit: ReadonlySet<string> | undefined,
  id: string,
): number {
  const dim = dimOf(e, lit, id);
  return minor && isCrowded(e) && !lit?.has(id) ? Math.min(MINOR, dim) : dim;
}
