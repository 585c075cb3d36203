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
  const full = measure(text, fontSize, weight);
  if (full <= maxWidth) return text;
  const fits = (n: number) =>
    measure(text.slice(0, n).trimEnd() + ELLIPSIS, fontSize, weight) <= maxWidth;
  // The longest prefix that fits (widths grow with length): from where the text's average
  // letter puts it, outwards in doubling steps, then halving; each probe is a canvas measure
  // of a new string, and this takes about half as many as halving the whole length.
  let lo = 0;
  let hi = text.length - 1;
  const guess = Math.min(hi, Math.max(1, Math.floor((text.length * maxWidth) / full)));
  if (fits(guess)) {
    lo = guess;
    for (let step = 1; lo < hi; step *= 2) {
      const next = Math.min(hi, lo + step);
      if (!fits(next)) {
        hi = next - 1;
        break;
      }
      lo = next;
    }
  } else {
    hi = guess - 1;
    for (let step = 1; lo < hi; step *= 2) {
      const next = Math.max(lo + 1, hi - step + 1);
      if (fits(next)) {
        lo = next;
        break;
      }
      hi = next - 1;
    }
  }
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
