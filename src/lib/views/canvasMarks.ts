/**
 * Marks a view paints on a canvas rather than in its SVG (the network's relations), by the SVG
 * they belong under: export writes them into the SVG's `[data-on-canvas]` group
 * (cloneForExport.ts), so the file shows what the screen does.
 */
import type { EdgeMark } from './paintEdges.ts';

const painted = new WeakMap<Element, () => readonly EdgeMark[]>();

/** Registers the marks `svg` shows from a canvas; returns the function that removes them. */
export function paintUnder(svg: Element, marks: () => readonly EdgeMark[]): () => void {
  painted.set(svg, marks);
  return () => painted.delete(svg);
}

/** The marks painted under `svg`, if any. */
export const paintedUnder = (svg: Element): readonly EdgeMark[] | null =>
  painted.get(svg)?.() ?? null;
