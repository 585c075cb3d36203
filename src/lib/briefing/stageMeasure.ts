/**
 * Text widths for the stage and the slide, in the font their SVG names (measured by a canvas in
 * the browser, estimated in Node).
 */
import { cachedMeasure } from '../dom/cachedMeasure.ts';
import { EXPORT_FONT } from '../export/frame.ts';
import type { Measure } from '../export/wrapText.ts';

/** @example stageMeasure('Japan', 24, 700) // -> 68.1 */
export const stageMeasure: Measure = cachedMeasure(EXPORT_FONT);

/**
 * The stage's type size for a screen width: 24 px at 1920 wide, never under 18 px.
 * @example stageFont(1280) // -> 18
 */
export const stageFont = (screenWidth: number): number =>
  Math.max(18, Math.round(screenWidth / 80));
