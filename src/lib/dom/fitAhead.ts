/**
 * The step card's type size found ahead of time. The card is fitted to its area in the key
 * press that shows it (StepCard.svelte), one layout per size tried, and each of those layouts
 * shapes the card's words anew at that size: 2.5-3 ms each, most of a 15-20 ms step. Once a
 * step is painted, a hidden copy of a neighbouring step's card is laid out in the same area
 * (BriefingMode.svelte), in a task of its own, at the sizes its search tries. The key press that
 * shows it then starts its search there, and lays out text Chromium has already shaped at
 * those sizes. The size found here is only where that search starts: it still checks that the
 * card fits at it and not at the one above, so every card gets the size it got before.
 */
import { largestFit } from '../briefing/largestFit.ts';

/** Found sizes (index in the sizes), by card and the area's size. */
const found = new Map<string, number>();
/** Enough for a long brief in a few window sizes; past it, started afresh. */
const MAX_REMEMBERED = 500;

const keyOf = (key: string, area: HTMLElement) => `${key} ${area.clientWidth}x${area.clientHeight}`;

/**
 * The index of the size the card for `key` fitted `area` at, found ahead; undefined if not.
 * @example fittedAhead(step.key, area) // -> 3
 */
export function fittedAhead(key: string, area: HTMLElement): number | undefined {
  return found.get(keyOf(key, area));
}

/**
 * Lays `card` (made for the step `key`, not in the page) out hidden in `area` at each size its
 * search tries, `property` set to it, and remembers the largest at which it fits the area's
 * content box; the card leaves the page again in the same task.
 * @param sizes the values of `property`, largest type first
 * @example fitAhead(card, area, step.key, ['1.60', '1.50'], '--fit')
 */
export function fitAhead(
  card: HTMLElement,
  area: HTMLElement,
  key: string,
  sizes: readonly string[],
  property: string,
): void {
  if (!area.isConnected || sizes.length === 0 || fittedAhead(key, area) !== undefined) return;
  const style = getComputedStyle(area);
  const px = (value: string) => parseFloat(value) || 0;
  const room = area.clientHeight - px(style.paddingTop) - px(style.paddingBottom);
  const width = area.clientWidth - px(style.paddingLeft) - px(style.paddingRight);
  // Unseen and unreachable while it is in the page.
  card.inert = true;
  card.setAttribute('aria-hidden', 'true');
  Object.assign(card.style, {
    position: 'absolute',
    visibility: 'hidden',
    pointerEvents: 'none',
    width: `${width}px`,
    animation: 'none',
  });
  area.append(card);
  try {
    const fit = largestFit(sizes, (size) => {
      card.style.setProperty(property, size);
      return card.offsetHeight <= room;
    });
    if (found.size >= MAX_REMEMBERED) found.clear();
    found.set(keyOf(key, area), sizes.indexOf(fit));
  } finally {
    card.remove();
  }
}
