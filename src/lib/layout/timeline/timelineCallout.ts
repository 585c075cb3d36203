/**
 * The whole title of a milestone whose label is shortened ("Greece–Turkey…"), shown over the
 * timeline while it is hovered or has the keyboard focus: a sighted keyboard user gets no
 * tooltip, and the label is the only place the picture names the milestone. It sits on the
 * label's row, from where the label starts, inside the drawing.
 */
import type { MeasureText, TimelineLayout } from './timelineTypes.ts';

export interface TimelineCallout {
  id: string;
  text: string;
  /** The box (text and padding) and the text's baseline start. */
  x: number;
  y: number;
  width: number;
  height: number;
  textX: number;
  textY: number;
}

/** Space between the text and the box's edge, px. */
const PAD_X = 6;

/**
 * The callout for milestone `id`, or null when its label is already whole (or it is not drawn).
 * @example computeCallout(layout, 'greece-turkey-coercion', measure)?.text // -> 'Greece–Turkey coercion'
 */
export function computeCallout(
  layout: Pick<TimelineLayout, 'width' | 'fontSize' | 'rowHeight' | 'marks' | 'undated'>,
  id: string,
  measure: MeasureText,
): TimelineCallout | null {
  const f = layout.fontSize;
  const mark = layout.marks.find((m) => m.id === id);
  const chip = mark ? null : layout.undated.chips.find((c) => c.id === id);
  if (!mark && !chip) return null;
  const label = mark ? mark.label : chip!.label;
  if (label && !label.truncated) return null;
  const text = label?.full ?? mark?.title ?? chip!.title;
  const width = Math.ceil(measure(text, f)) + 2 * PAD_X;
  const height = layout.rowHeight;
  const middle = mark ? mark.y : chip!.box.y + chip!.box.height / 2;
  // Where the reader already looks: the label's start (its end, for a label left of its mark);
  // a mark without a label, just right of it.
  const from = label
    ? label.anchor === 'start'
      ? label.x - PAD_X
      : label.x + PAD_X - width
    : mark!.x1 + mark!.size / 2 + 2;
  const x = Math.max(2, Math.min(from, layout.width - 2 - width));
  return {
    id,
    text,
    x,
    y: middle - height / 2,
    width,
    height,
    textX: x + PAD_X,
    textY: middle,
  };
}
