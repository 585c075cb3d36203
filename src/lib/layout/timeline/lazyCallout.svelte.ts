/**
 * The hovered or focused milestone's callout (timelineCallout.ts) as the page's first load holds
 * it: nothing is hovered in the first picture, so its code loads after both views are drawn
 * (App.svelte) or at the first hover or focus, whichever comes first; the callout shows once it
 * has come (lazyModule.svelte.ts).
 */
import { lazyModule } from '../../dom/lazyModule.svelte.ts';
import type { TimelineCallout } from './timelineCallout.ts';
import type { MeasureText, TimelineLayout } from './timelineTypes.ts';

const code = lazyModule(() => import('./timelineCallout.ts'));

/** Loads the callout's code once (again after a failed attempt). */
export const loadCallout = (): Promise<unknown> => code.load();

/**
 * computeCallout once its code is there; null until then.
 * @example callout(layout, 'greece-turkey-coercion', measure)?.text // -> 'Greece–Turkey coercion'
 */
export function callout(
  layout: TimelineLayout,
  id: string,
  measure: MeasureText,
): TimelineCallout | null {
  return code.now?.computeCallout(layout, id, measure) ?? null;
}
