/**
 * A drag anywhere on the timeline's plot chooses a period (plotBrushSetup.ts); its code comes
 * with the interaction chunk after the first draw, so the first picture's JavaScript stays small.
 */
import { lazyAction } from './lazyAction.ts';
import type { PlotBrushParams } from './plotBrushSetup.ts';

export type { PlotBrushParams };

/** @example <svg use:plotBrush={{ x: [100, 900], y: [40, 300], onmove, onbrush }}> */
export const plotBrush = lazyAction<SVGSVGElement, PlotBrushParams>((d3, node, params) =>
  d3.setupPlotBrush(node, params),
);
