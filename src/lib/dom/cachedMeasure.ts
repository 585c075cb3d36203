/**
 * Label widths in one font family, measured on a canvas in the page's font; measureText
 * remembers each text per font (the layouts ask for the same labels at several sizes).
 */
import { measureText } from './measureText.ts';
import type { MeasureText } from '../layout/timeline/timelineTypes.ts';

/**
 * A measure function for `family` (a CSS font-family list). Each weight and size's CSS font
 * is written once: a filter's timeline layout asks thousands of times, and a new string each
 * time cost five times the lookup it keys (the browser hashes a new string afresh).
 * @example cachedMeasure('system-ui')('Cyber', 16, 600) // -> 44.8
 */
export function cachedMeasure(family: string): MeasureText {
  const fonts = new Map<number, Map<number, string>>();
  return (text, size, weight = 400) => {
    let bySize = fonts.get(weight);
    if (!bySize) fonts.set(weight, (bySize = new Map()));
    let font = bySize.get(size);
    if (font === undefined) bySize.set(size, (font = `${weight} ${size}px ${family}`));
    return measureText(text, font);
  };
}
