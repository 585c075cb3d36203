/**
 * d3-brush along x, as a Svelte action on an SVG `<g>`. The selection is controlled: the caller
 * gets the user's brush (in px, or null when cleared) through `onbrush` and passes the
 * selection to show (e.g. after snapping it to whole years) back in the parameters.
 */
import type { D3BrushEvent } from 'd3';
import { tick } from 'svelte';
import type { ActionReturn } from 'svelte/action';
import { afterPaint } from '../lib/dom/afterPaint.ts';
import { lazyAction, type D3Interaction } from './lazyAction.ts';

export interface BrushXParams {
  /** The band that can be brushed: [[left, top], [right, bottom]] in px. */
  extent: [[number, number], [number, number]];
  /** The selection to show, [x0, x1] in px, or null for none. */
  selection: [number, number] | null;
  /** Called when the user ends a brush: the pixel range, or null when they clicked it away. */
  onbrush: (selection: [number, number] | null) => void;
}

const same = (a: [number, number] | null, b: [number, number] | null) =>
  a === b || (!!a && !!b && Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) < 0.5);

/**
 * Whether new parameters change what the brush shows: its band or its selection. A timeline
 * laid out again (a filter) passes a new extent array with the same numbers; setting the brush
 * up again for it cost about 1.2 ms of the filter's frame.
 * @example brushMoved({ extent: [[0, 0], [9, 9]], selection: null, onbrush }, { extent: [[0, 0], [9, 9]], selection: null, onbrush }) // -> false
 */
export function brushMoved(before: BrushXParams, after: BrushXParams): boolean {
  const [[a, b], [c, d]] = before.extent;
  const [[e, f], [g, h]] = after.extent;
  return a !== e || b !== f || c !== g || d !== h || !same(before.selection, after.selection);
}

/**
 * When new parameters are applied: not at all when nothing moved; `later` (once the picture is
 * painted) when the band moved but no period is shown or asked for, as its invisible band
 * cannot be seen lagging a frame and setting the brush up again cost 0.7 ms of a filter's
 * frame; at once when a period is on screen or asked for, so it moves with the picture.
 * @example brushUpdate(before, { ...before, extent: taller }, false) // -> 'later'
 */
export function brushUpdate(
  before: BrushXParams,
  after: BrushXParams,
  shown: boolean,
): 'none' | 'later' | 'now' {
  if (!brushMoved(before, after)) return 'none';
  return after.selection || shown ? 'now' : 'later';
}

export const brush = lazyAction(setup);

function setup(
  d3: D3Interaction,
  node: SVGGElement,
  initial: BrushXParams,
): ActionReturn<BrushXParams> {
  const { brushSelection, brushX, select } = d3;
  let params = initial;
  const selection = select<SVGGElement, unknown>(node);
  const behaviour = brushX<unknown>().on('end', (event: D3BrushEvent<unknown>) => {
    // Programmatic moves have no source event; only the user's brushes are reported.
    if (!event.sourceEvent) return;
    params.onbrush((event.selection as [number, number] | null) ?? null);
    // If the caller snapped the period to the same value as before, no update arrives: show it.
    void tick().then(configure);
  });

  function configure() {
    behaviour.extent(params.extent);
    selection.call(behaviour);
    const current = brushSelection(node) as [number, number] | null;
    if (!same(current, params.selection)) behaviour.move(selection, params.selection);
  }

  configure();
  let waiting = false;
  let gone = false;
  return {
    update(next) {
      const when = brushUpdate(params, next, brushSelection(node) !== null);
      params = next;
      if (when === 'now') configure();
      else if (when === 'later' && !waiting) {
        waiting = true;
        afterPaint(() => {
          waiting = false;
          if (!gone) configure();
        });
      }
    },
    destroy() {
      gone = true;
      selection.on('.brush', null);
    },
  };
}
