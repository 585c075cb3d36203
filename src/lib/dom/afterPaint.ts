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
