/**
 * Performance marks for the benchmark: `tieline:<view>-drawn` the first time a view has drawn
 * (read by scripts/bench.ts through the Performance API), and work that waits for the first
 * picture (`whenDrawn`). The marks do nothing where there is no Performance API.
 */
const done = new Set<string>();
const waiting: { views: string[]; run: () => void }[] = [];

/** @example markDrawn('network') // performance.mark('tieline:network-drawn'), once */
export function markDrawn(view: string): void {
  if (done.has(view)) return;
  done.add(view);
  if (typeof performance !== 'undefined' && performance.mark)
    performance.mark(`tieline:${view}-drawn`);
  for (const w of [...waiting])
    if (w.views.every((v) => done.has(v))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.run();
    }
}

/**
 * Runs `run` once all of `views` have drawn (at once if they have).
 * @example whenDrawn(['network', 'timeline'], prefetchParts)
 */
export function whenDrawn(views: string[], run: () => void): void {
  if (views.every((v) => done.has(v))) run();
  else waiting.push({ views, run });
}
