/**
 * A list one tab changed, merged into what storage holds now (another tab may have changed it
 * since this one read it): the items this tab added, changed or deleted since `base` (what it
 * read) are applied to `theirs` (what is stored); the rest of `theirs` stays as it is.
 */

/**
 * @example mergeById([a], [a, b], [a, c]) // -> [a, c, b]: b added here, c added in another tab
 */
export function mergeById<T extends { id: string }>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
): T[] {
  const before = new Map(base.map((item) => [item.id, item]));
  const now = new Map(mine.map((item) => [item.id, item]));
  const deleted = new Set(base.filter((item) => !now.has(item.id)).map((item) => item.id));
  // Changed here (a new object for the id) or added here: this tab's version wins.
  const mineChanged = new Map(
    mine.filter((item) => before.get(item.id) !== item).map((item) => [item.id, item]),
  );
  const merged = theirs
    .filter((item) => !deleted.has(item.id))
    .map((item) => mineChanged.get(item.id) ?? item);
  const present = new Set(merged.map((item) => item.id));
  for (const item of mine) if (!present.has(item.id) && mineChanged.has(item.id)) merged.push(item);
  return merged;
}
