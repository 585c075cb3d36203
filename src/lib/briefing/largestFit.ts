/**
 * The step card's type size (StepCard.svelte): the largest of a few sizes at which the card fits
 * its column. Each size tried is a layout of the card, text shaped at new sizes, and trying them
 * one by one from the largest took up to ten layouts in the key press that changes the step. A
 * card fits at a size if it fits at any smaller one (its content only grows with its type), so
 * a search finds the same size in fewer tries: from a guess (the card's overflow at the largest
 * size says about where it will fit), else by halves.
 */

/**
 * The first of `sizes` (largest first) for which `fits` holds, or the last when none does.
 * With `from` (the size the last card fitted at: the next one is often about as long), the size
 * above it is asked about first, then `sizes[from]`: for a card as long as the last, two tries,
 * the last of them the answer (so it need not be laid out again). Otherwise `fits` is asked
 * about the largest size first. Past a size that does not fit, the search goes on from the
 * index `guess` gives (asked once) one size after another towards the answer, or without a
 * guess as a binary search needs; above one that fits, by halves.
 * @example largestFit([1.6, 1.5, 1.4, 1.3], (s) => s <= 1.4) // -> 1.4 (tried 1.6, 1.4, 1.5)
 * @example largestFit([1.6, 1.5, 1.4, 1.3], (s) => s <= 1.4, undefined, 2) // -> 1.4 (tried 1.5, 1.4)
 */
export function largestFit<T>(
  sizes: readonly T[],
  fits: (size: T) => boolean,
  guess?: () => number,
  from = 0,
): T {
  if (sizes.length === 0) throw new Error('largestFit: no size to try');
  const last = sizes.length - 1;
  const first = Math.min(last, Math.max(0, from));
  if (first > 0 && fits(sizes[first - 1])) {
    // sizes[hi] fits; the answer is at or above it.
    let lo = 0;
    let hi = first - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fits(sizes[mid])) hi = mid;
      else lo = mid + 1;
    }
    return sizes[lo];
  }
  // A short card fits at the largest size: one try; a card as long as the last, two.
  if (fits(sizes[first])) return sizes[first];
  if (guess && first < last) {
    let i = Math.min(last, Math.max(first + 1, Math.round(guess())));
    if (fits(sizes[i])) {
      while (i > first + 1 && fits(sizes[i - 1])) i--;
      return sizes[i];
    }
    while (i < last && !fits(sizes[i + 1])) i++;
    return sizes[Math.min(i + 1, last)];
  }
  // sizes[lo - 1] does not fit; sizes[hi] fits, or hi is past the end.
  let lo = first + 1;
  let hi = sizes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(sizes[mid])) hi = mid;
    else lo = mid + 1;
  }
  return sizes[Math.min(lo, last)];
}
