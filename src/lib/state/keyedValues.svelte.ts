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
  /** The same value, plain: comparing against it reads no signal. */
  last: T;
  /** The last pass that gave this id a value. */
  round: number;
  constructor(value: T, round: number) {
    this.value = value;
    this.last = value;
    this.round = round;
  }
}

/**
 * Keeps the values `each` puts, by id, up to date before the component's markup updates, and
 * returns their reader. A value that equals (`same`) the last one is kept, so its readers do not
 * re-run. Call it while a component initialises (it is a `$effect.pre`); a page rendered on the
 * server reads the values worked out then.
 * @example
 * const width = keyedValues((put) => { for (const n of nodes) put(n.id, lit.has(n.id) ? 3 : 1.5); });
 * // markup: <path stroke-width={width(n.id)} />  (re-runs when n.id's width changes, only)
 */
export function keyedValues<T>(
  each: (put: (id: string, value: T) => void) => void,
  same: (a: T, b: T) => boolean = Object.is,
): (id: string) => T | undefined {
  // Plain on purpose: a reader follows its own cell, never the collection. A pass allocates
  // nothing but the cells of new ids (it runs on every click and filter).
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const cells = new Map<string, Cell<T>>();
  let round = 0;
  let puts = 0;
  const put = (id: string, value: T) => {
    puts++;
    const cell = cells.get(id);
    if (!cell) return void cells.set(id, new Cell(value, round));
    cell.round = round;
    if (same(cell.last, value)) return;
    cell.last = value;
    cell.value = value;
  };
  const pass = () => {
    round++;
    puts = 0;
    each(put);
    if (cells.size > puts)
      for (const [id, cell] of cells) if (cell.round !== round) cells.delete(id);
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
