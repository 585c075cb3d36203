/**
 * The stage's timeline strip as SVG markup, remembered per lit milestone: the strip depends
 * only on the story, the frame, the theme and which milestone is lit, so the markup of the
 * steps next to the current one can be made while the room looks at it, and the key press that
 * moves on only shows it. On the 30-article corpus one strip took 15-20 ms of a 40 ms step.
 */
import type { TielineEvent } from '../model/schema.ts';
import type { Measure } from '../export/wrapText.ts';
import { stageSvg, timelineLayers, type StageTheme } from './stageSvg.ts';
import { computeStageTimeline } from './stageTimeline.ts';

export interface StripFrame {
  width: number;
  height: number;
  font: number;
  theme: StageTheme;
  measure: Measure;
  /** Shortens a title for the strip. */
  shorten: (title: string) => string;
}

/**
 * The strip's markup for `lit` (stageSvg of timelineLayers of computeStageTimeline).
 * @example stripSvg(events, frame, 'e1') // -> '<svg ...>...</svg>'
 */
export function stripSvg(
  events: readonly TielineEvent[],
  frame: StripFrame,
  lit: string | null,
): string {
  const { width, height, font, theme, measure, shorten } = frame;
  const tl = computeStageTimeline(events, { width, height, font, measure, lit, shorten });
  const label = `Timeline of ${tl.milestones.length} milestones`;
  return stageSvg(width, height, theme, timelineLayers(tl, theme), label);
}

/**
 * The milestones lit at the steps just after and just before step `at` (the next first, none
 * twice): where a presenter goes next. A step that lights no milestone lights null.
 * @example litAround([{ event: null }, { event: 'a' }, { event: 'b' }], 1) // -> ['b', null]
 */
export function litAround(
  steps: readonly { event: string | null }[],
  at: number,
): (string | null)[] {
  const here = steps[at]?.event ?? null;
  const around = [steps[at + 1], steps[at - 1]].filter((s) => s !== undefined);
  return [...new Set(around.map((s) => s.event))].filter((lit) => lit !== here);
}

/** Strips made for one story and frame, by lit milestone; a new story or frame starts afresh. */
export class StripCache {
  #events: readonly TielineEvent[] | null = null;
  #frame: StripFrame | null = null;
  #byLit = new Map<string | null, string>();

  /** The strip for `lit`, made now unless it was made before for this story and frame. */
  svg(events: readonly TielineEvent[], frame: StripFrame, lit: string | null): string {
    this.#use(events, frame);
    let svg = this.#byLit.get(lit);
    if (svg === undefined) this.#byLit.set(lit, (svg = stripSvg(events, frame, lit)));
    return svg;
  }

  /** Whether the strip for `lit` is already made for this story and frame. */
  has(events: readonly TielineEvent[], frame: StripFrame, lit: string | null): boolean {
    return this.#same(events, frame) && this.#byLit.has(lit);
  }

  #same(events: readonly TielineEvent[], frame: StripFrame): boolean {
    const f = this.#frame;
    return (
      this.#events === events &&
      f !== null &&
      f.width === frame.width &&
      f.height === frame.height &&
      f.font === frame.font &&
      f.theme === frame.theme &&
      f.measure === frame.measure &&
      f.shorten === frame.shorten
    );
  }

  #use(events: readonly TielineEvent[], frame: StripFrame): void {
    if (this.#same(events, frame)) return;
    this.#events = events;
    this.#frame = { ...frame };
    this.#byLit.clear();
  }
}
