/**
 * When the timeline's first layout may run: a task after the component mounts, so the page's
 * mount stays one task and the network's layout request reaches its worker first. With many
 * texts to measure, the texts that layout measures whole (layoutTexts) are measured a task
 * before it: the canvas's work (hundreds of texts, each weight's font set up) and the layout
 * were one 50-80 ms task at 30 articles. Must be called while a component initialises.
 */
import { layoutTexts } from './timelineLayout.ts';
import type { MeasureText } from './timelineTypes.ts';
import type { TielineEvent } from '../../model/schema.ts';

/**
 * Up to this many texts the layout measures them in its own task: a few ms of canvas work,
 * where a task more cost the seeds' load (36 texts) 8-12 ms before both views were drawn.
 */
const AHEAD_FROM = 100;

/**
 * @param ahead the events the first layout will draw and its measure, read when the first task
 *   runs; null while the measure is not known (nothing is measured ahead then)
 * @example const gate = firstLayoutGate(() => (family ? { events, measure } : null));
 *   const base = $derived(gate.open ? computeTimelineLayout(events, options) : null);
 */
export function firstLayoutGate(
  ahead: () => { events: readonly TielineEvent[]; measure: MeasureText } | null,
): { readonly open: boolean } {
  let open = $state(false);
  $effect(() => {
    let later = setTimeout(() => {
      const now = ahead();
      const texts = now ? layoutTexts(now.events) : [];
      if (texts.length < AHEAD_FROM) return (open = true);
      // Any whole size will do: widths are measured once, at 16px, and scaled (measureText.ts).
      for (const [text, weight] of texts) now!.measure(text, 16, weight);
      later = setTimeout(() => (open = true));
    });
    return () => clearTimeout(later);
  });
  return {
    get open() {
      return open;
    },
  };
}
