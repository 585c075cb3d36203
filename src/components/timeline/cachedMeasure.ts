/**
 * Label widths for the timeline layout, measured on a canvas in the page's font and cached per
 * text, size and weight (the layout asks for the same labels at several sizes while it fits).
 */
import { measureText } from '../../lib/dom/measureText';
import type { MeasureText } from '../../lib/layout/timelineTypes';

/**
 * A measure function for `family` (a CSS font-family list), with its own cache.
 * @example cachedMeasure('system-ui')('Cyber', 16, 600) // -> 44.8
 */
export function cachedMeasure(family: string): MeasureText {
  const cache = new Map<string, number>();
  return (text, size, weight = 400) => {
    const font = `${weight} ${size}px ${family}`;
    const key = `${font}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = measureText(text, font);
      cache.set(key, width);
    }
    return width;
  };
}
