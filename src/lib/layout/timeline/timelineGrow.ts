/**
 * The second pass over a lane's rows: a shortened label grows into the empty room to its right,
 * up to its whole title. The compact layout caps every label at one width (a tenth of the plot
 * past 80 milestones), so "Ankara sent the…" was cut with half a row empty after it. Only
 * labels right of their mark grow, and only rightwards: each is bounded by what already stands
 * in its row (the next mark or label, an ongoing line's arrow, the plot's edge), none of which
 * moves, so the result does not depend on the order labels are taken in.
 */
import { markSizes, type PlacedMark } from './timelineRows.ts';
import { truncateText } from './timelineText.ts';
import type { MeasureText } from './timelineTypes.ts';

export interface GrowContext {
  /** The plot's right edge, px. */
  right: number;
  fontSize: number;
  measure: MeasureText;
  /** The weight labels are measured in (briefing mode's bold step). */
  weight?: number;
}

/**
 * Each truncated right-hand label made as long as the room up to the next thing in its row
 * allows (whole words, never shorter than it was); the mark's extent and an ongoing line's gap
 * follow it. Returns new marks; the input is left as it is.
 * @example growLabels([{ label: { text: 'Ankara…', full: 'Ankara sent the frigate', ... }, ... }], ctx)
 *   // -> the same mark labelled 'Ankara sent the frigate' when its row is empty after it
 */
export function growLabels(marks: readonly PlacedMark[], ctx: GrowContext): PlacedMark[] {
  const s = markSizes(ctx.fontSize);
  // What starts in each row, left to right: a label may run up to the next start less a gap.
  const starts = new Map<number, number[]>();
  for (const m of marks) {
    const list = starts.get(m.row) ?? [];
    list.push(m.extent[0]);
    starts.set(m.row, list);
  }
  for (const list of starts.values()) list.sort((a, b) => a - b);
  return marks.map((m) => {
    const label = m.label;
    if (!label || !label.truncated || label.anchor !== 'start') return m;
    const next = (starts.get(m.row) ?? []).find((x) => x > m.extent[0]) ?? Infinity;
    const arrow = m.tail?.arrowX != null ? m.tail.arrowX - s.arrow - s.gap : Infinity;
    const limit = Math.min(ctx.right, arrow, next - s.between);
    const room = limit - label.x;
    if (room <= label.width) return m;
    const text = truncateText(label.full, room, ctx.fontSize, ctx.measure, ctx.weight);
    const width = ctx.measure(text, ctx.fontSize, ctx.weight);
    if (!text || width <= label.width) return m;
    const grown = { ...label, text, width, truncated: text !== label.full };
    const oldEnd = label.x + label.width;
    const newEnd = label.x + width;
    return {
      ...m,
      label: grown,
      extent: [m.extent[0], Math.max(m.extent[1], newEnd)],
      tail: m.tail && {
        ...m.tail,
        // The line's gap around the label widens with it (the segment after the label moves on).
        segments: m.tail.segments
          .map(([a, b]): [number, number] =>
            a >= oldEnd && a < newEnd + s.gap ? [newEnd + s.gap, b] : [a, b],
          )
          .filter(([a, b]) => b - a > 1),
      },
    };
  });
}
