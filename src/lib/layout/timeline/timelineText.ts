/**
 * Shortening labels to a width: the most whole words that fit with an ellipsis, never part of a
 * word ("Narendra Mo…" reads as a different name). The full text stays in the accessible name
 * and tooltip.
 */
import type { MeasureText } from './timelineTypes.ts';

export const ELLIPSIS = '…';

/**
 * `text` if it fits in `maxWidth`, else its longest run of whole words + '…' that does; '' when
 * not even the first word fits.
 * @example truncateText('Military clash in Galwan', 60, 10, (t, f) => t.length * f * 0.6) // -> 'Military…'
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
  // Whole words only: cut at the last space inside what fits (or right after a word that ends there).
  const cut = text.slice(0, lo + 1);
  const space = /\s/.test(cut.at(-1) ?? '') ? lo : cut.trimEnd().search(/\s\S*$/);
  if (space <= 0) return '';
  const prefix = text
    .slice(0, space)
    .trimEnd()
    .replace(/[\s,;:–—-]+$/, '');
  return prefix ? prefix + ELLIPSIS : '';
}
