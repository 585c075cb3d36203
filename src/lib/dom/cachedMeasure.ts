/**
 * Label widths for the timeline layout, measured on a canvas in the page's font; measureText
 * remembers each text per font (the layout asks for the same labels at several sizes).
 */
import { measureText } from './measureText.ts';
import type { MeasureText } from '../layout/timeline/timelineTypes.ts';

/**
 * A measure function for `family` (a CSS font-family list).
 * @example cachedMeasure('system-ui')('Cyber', 16, 600) // -> 44.8
 */
export function cachedMeasure(family: string): MeasureText {
  return (text, size, weight = 400) => measureText(text, `${weight} ${size}px ${family}`);
}
