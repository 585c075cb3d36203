/**
 * A long list shown capped: its first items and how many more there are. A list of 70,000
 * quotes would otherwise be drawn whole, in one main-thread task, at a click.
 */

/** How many items a capped list shows until "show all". */
export const LIST_CAP = 50;

/**
 * How many more a list too long to draw whole at once shows at each "show more" (4,700 saved
 * views with three buttons each took 0.7 s to draw in one task; 200 take a few ms).
 */
export const MORE_STEP = 200;

/** @example moreLabel(4650, 'saved views') // -> 'Show 200 more (4650 saved views not shown)' */
export const moreLabel = (hidden: number, what: string) =>
  `Show ${Math.min(MORE_STEP, hidden)} more (${hidden} ${what} not shown)`;

/**
 * @example capList([1, 2, 3], false, 2) // -> { shown: [1, 2], hidden: 1 }
 */
export function capList<T>(
  items: readonly T[],
  showAll: boolean,
  cap = LIST_CAP,
): { shown: readonly T[]; hidden: number } {
  if (showAll || items.length <= cap) return { shown: items, hidden: 0 };
  return { shown: items.slice(0, cap), hidden: items.length - cap };
}

/**
 * Groups of items (quotes by article) capped to `cap` items in all, in order; empty groups
 * past the cap are left out.
 * @example capGroups([{ items: [1, 2] }, { items: [3] }], false, 2).hidden // -> 1
 */
export function capGroups<G extends { items: readonly unknown[] }>(
  groups: readonly G[],
  showAll: boolean,
  cap = LIST_CAP,
): { shown: readonly G[]; hidden: number } {
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  if (showAll || total <= cap) return { shown: groups, hidden: 0 };
  const shown: G[] = [];
  let left = cap;
  for (const g of groups) {
    if (left <= 0) break;
    shown.push(g.items.length <= left ? g : { ...g, items: g.items.slice(0, left) });
    left -= g.items.length;
  }
  return { shown, hidden: total - cap };
}
