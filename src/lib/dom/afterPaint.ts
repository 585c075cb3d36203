/**
 * Runs work that the user does not see (writing the address bar) after the browser has painted
 * the current change, so it does not hold up the frame. In a tab that does not paint (hidden),
 * it runs after `fallbackMs` instead.
 * @example afterPaint(() => history.pushState(null, '', url))
 */
export function afterPaint(run: () => void, fallbackMs = 100): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, fallbackMs);
}

/**
 * The same as a promise: long work split at it runs as separate tasks, the change before it
 * painted (a bulk import: the views stored, then the notices that shift the page).
 * @example await painted()
 */
export const painted = (fallbackMs = 100): Promise<void> =>
  new Promise((resolve) => afterPaint(resolve, fallbackMs));
