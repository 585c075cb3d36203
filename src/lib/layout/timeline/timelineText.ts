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
  // Whole words only, so only the cuts at a space are tried: the longest that fits (widths grow
  // with length). Each is a run of whole words, the same at every width and size, so the
  // measure has seen most of them before (a search over every character measured new prefixes
  // for each width).
  const spaces = [...text.matchAll(/\s/g)].map((m) => m.index).filter((i) => i > 0);
  let lo = -1;
  let hi = spaces.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(spaces[mid])) lo = mid;
    else hi = mid - 1;
  }
  const space = lo < 0 ? 0 : spaces[lo];
  if (space <= 0) return '';
  const prefix = text
    .slice(0, space)
    .trimEnd()
    .replace(/[\s,;:–—-]+$/, '');
  return prefix ? prefix + ELLIPSIS : '';
}

/**
 * The width of the shortest label a title may get: its first word and an ellipsis (the title
 * itself when it is one word).
 * @example leastWidth('Greece–Turkey coercion', 12, measure) // -> measure('Greece–Turkey…', 12)
 */
export function leastWidth(
  title: string,
  fontSize: number,
  measure: (t: string, size: number) => number,
): number {
  const first = /^\S+/.exec(title.trim())?.[0] ?? '';
  const rest = title.trim().slice(first.length);
  return measure(rest ? first + ELLIPSIS : first, fontSize);
}
