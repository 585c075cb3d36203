/**
 * Long work written as a generator that yields between slices (4,700 imported views checked 500
 * at a time), run either at once or with a pause between slices, so the page can paint and
 * answer input and no single task holds the main thread for long.
 */

/** The work done at once (tests, Node). @example runAtOnce(readSteps(doc)) // -> what it returns */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The work done slice by slice, awaiting `pause` between them (in the page: afterPaint's painted).
 * @example await runInSlices(readSteps(doc), painted)
 */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void>,
): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  return step.value;
}
