/** What the network's edge canvas shows, read from its pixels. */
import type { Locator } from '@playwright/test';

/**
 * The relations whose path has no painted pixel on the edge canvas: nine points along each hit
 * target's path (the relation's own path), each with the 5x5 pixels around it, so a dash's gap
 * never hides a painted relation.
 */
export const unpainted = (view: Locator) =>
  view.evaluate((view) => {
    const canvas = view.querySelector('canvas')!;
    const ctx = canvas.getContext('2d')!;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const missing: string[] = [];
    for (const hit of view.querySelectorAll<SVGPathElement>('svg.hits [data-relation-hit]')) {
      const m = hit.getScreenCTM()!;
      const length = hit.getTotalLength();
      const painted = [1, 2, 3, 4, 5, 6, 7, 8, 9].some((i) => {
        const p = hit.getPointAtLength((length * i) / 10).matrixTransform(m);
        const x = Math.round((p.x - box.left) * ratio) - 2;
        const y = Math.round((p.y - box.top) * ratio) - 2;
        const { data } = ctx.getImageData(x, y, 5, 5);
        return data.some((v, j) => j % 4 === 3 && v > 0);
      });
      if (!painted) missing.push(hit.getAttribute('data-relation-hit')!);
    }
    return missing;
  });
