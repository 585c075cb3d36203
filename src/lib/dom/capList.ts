/**
 * A long list shown capped: its first items and how many more there are. A list of 70,000
 * quotes would otherwise be drawn whole, in one main-thread task, at a click.
 */

/** How many items a capped list shows until "show all". */
export const LIST_CAP = 50;

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
