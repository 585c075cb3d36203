/**
 * The hovered or focused milestone's callout (timelineCallout.ts) as the page's first load holds
 * it: nothing is hovered in the first picture, so its code loads after both views are drawn
 * (App.svelte) or at the first hover or focus, whichever comes first; the callout shows once it
 * has come (`callout` reads the loaded code as state, so a derived that calls it runs again).
 */
import { lazyCode } from '../../dom/lazyCode.ts';
import type { TimelineCallout } from './timelineCallout.ts';
import type { MeasureText, TimelineLayout } from './timelineTypes.ts';

const code = lazyCode(() => import('./timelineCallout.ts'));
let loaded = $state.raw<typeof import('./timelineCallout.ts') | null>(null);

/** Loads the callout's code once (again after a failed attempt). */
export const loadCallout = (): Promise<unknown> => code.load().then((m) => (loaded = m));

/**
 * computeCallout once its code is there; null until then.
 * @example callout(layout, 'greece-turkey-coercion', measure)?.text // -> 'Greece–Turkey coercion'
 */
export function callout(
  layout: TimelineLayout,
  id: string,
  measure: MeasureText,
): TimelineCallout | null {
  if (loaded) return loaded.computeCallout(layout, id, measure);
  void loadCallout().catch(() => {
    // Tried again at the next hover.
  });
  return null;
}
