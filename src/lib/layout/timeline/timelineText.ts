/**
 * Shortening labels to a width: the longest prefix (cut at a word when that keeps most of it)
 * that fits with an ellipsis. The full text stays in the accessible name and tooltip.
 */
import type { MeasureText } from './timelineTypes.ts';

export const ELLIPSIS = '…';

/**
 * `text` if it fits in `maxWidth`, else its longest prefix + '…' that does; '' when not even one
 * letter fits.
 * @example truncateText('Military clash', 60, 10, (t, f) => t.length * f * 0.6) // -> 'Milita…'
 */
export function truncateText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText,
  weight?: number,
): string {
  if (measure(text, fontSize, weight) <= maxWidth) return text;
  const fits = (n: number) =>
    measure(text.slice(0, n).trimEnd() + ELLIPSIS, fontSize, weight) <= maxWidth;
  // Binary search for the longest prefix that fits (widths grow with length).
  let lo = 0;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return '';
  // Prefer a word break if it keeps at least 70% of what fits.
  const cut = text.slice(0, lo);
  const space = cut.lastIndexOf(' ');
  const prefix = space >= lo * 0.7 ? cut.slice(0, space) : cut;
  return prefix.trimEnd() + ELLIPSIS;
}
