/**
 * One value per id, worked out for every id in one pass and read by id, so that what a change
 * re-runs is the readers whose own value changed. A selection changes the strength of a few dozen
 * of the corpus's 150 actors and 300 milestones; when each mark worked its value out from the
 * shared highlight, every mark's reactions re-ran on each click (1,564 of them at the corpus's
 * size, most of a first click's time; 357 now).
 */

/** One id's value: a signal of its own, so only its readers follow it. */
class Cell<T> {
  value = $state.raw() as T;
  constructor(value: T) {
    this.value = value;
  }
}

/**
 * Keeps `compute()`'s values by id, up to date before the component's markup updates, and returns
 * their reader. A value that equals (`same`) the last one is kept, so its readers do not re-run.
 * Call it while a component initialises (it is a `$effect.pre`); a page rendered on the server
 * reads the values computed then.
 * @example
 * const width = keyedValues(() => nodes.map((n) => [n.id, lit.has(n.id) ? 3 : 1.5]));
 * // markup: <path stroke-width={width(n.id)} />  (re-runs when n.id's width changes, only)
 */
export function keyedValues<T>(
  compute: () => Iterable<readonly [string, T]>,
  same: (a: T, b: T) => boolean = Object.is,
): (id: string) => T | undefined {
  /* eslint-disable svelte/prefer-svelte-reactivity -- plain on purpose: a reader follows its own
     cell, never the collection, and the pass compares against plain values, so that it depends on
     what `compute` reads only. */
  const cells = new Map<string, Cell<T>>();
  const last = new Map<string, T>();
  const pass = () => {
    const ids = new Set<string>();
    /* eslint-enable svelte/prefer-svelte-reactivity */
    for (const [id, value] of compute()) {
      ids.add(id);
      const cell = cells.get(id);
      if (!cell) cells.set(id, new Cell(value));
      else if (!same(last.get(id) as T, value)) cell.value = value;
      else continue;
      last.set(id, value);
    }
    for (const id of last.keys())
      if (!ids.has(id)) {
        cells.delete(id);
        last.delete(id);
      }
  };
  // In the browser the effect makes its first pass at once; on the server no effect runs, so the
  // values are worked out once, as the page renders.
  let passed = false;
  $effect.pre(() => {
    passed = true;
    pass();
  });
  if (!passed) pass();
  return (id) => cells.get(id)?.value;
}
