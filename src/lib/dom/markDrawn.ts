/**
 * Performance marks for the benchmark: `tieline:<view>-drawn` the first time a view has drawn
 * (read by scripts/bench.ts through the Performance API). Does nothing where there is no API.
 */
const done = new Set<string>();

/** @example markDrawn('network') // performance.mark('tieline:network-drawn'), once */
export function markDrawn(view: string): void {
  if (done.has(view) || typeof performance === 'undefined' || !performance.mark) return;
  done.add(view);
  performance.mark(`tieline:${view}-drawn`);
}
