import { describe, expect, it } from 'vitest';
import { computeCallout } from '../../../../src/lib/layout/timeline/timelineCallout';
import { computeTimelineLayout } from '../../../../src/lib/layout/timeline/timelineLayout';
import type { TimelineLayout } from '../../../../src/lib/layout/timeline/timelineTypes';
import { milestone } from '../../helpers';

/** A monospaced stand-in for the canvas: 0.6 em per character. */
const measure = (text: string, fontSize: number) => 0.6 * fontSize * text.length;

// Crowded enough that labels are shortened (90 milestones in a 700 px frame).
const events = Array.from({ length: 90 }, (_, i) =>
  milestone(
    `e${i}`,
    `Greece–Turkey standoff over survey ship number ${i}`,
    `2020-0${1 + (i % 9)}-1${i % 10}`,
  ),
);
const undated = [milestone('u', 'India–Japan talks on a maritime domain awareness centre', null)];
const layout = computeTimelineLayout(
  [...events, ...undated, milestone('short', 'Talks', '2020-05-05')],
  {
    width: 700,
    height: 300,
    measure,
  },
);
const inside = (c: { x: number; width: number }) => c.x >= 0 && c.x + c.width <= layout.width;

describe('computeCallout', () => {
  it('gives a shortened label its whole title, on its row, from where the label starts', () => {
    const m = layout.marks.find((x) => x.label?.truncated && x.label.anchor === 'start')!;
    const c = computeCallout(layout, m.id, measure)!;
    expect(c.text).toBe(m.title);
    expect(c.textY).toBe(m.y);
    expect(c.width).toBeGreaterThan(measure(m.title, layout.fontSize));
    expect(inside(c)).toBe(true);
    if (c.x + c.width < layout.width - 2) expect(c.textX).toBe(m.label!.x);
  });

  it('ends where a label left of its mark ends', () => {
    const m = layout.marks.find((x) => x.label?.truncated)!;
    const left = {
      ...layout,
      marks: [{ ...m, label: { ...m.label!, anchor: 'end' as const, x: 500 } }],
    };
    const c = computeCallout(left, m.id, measure)!;
    expect(c.x + c.width).toBe(506);
    expect(c.text).toBe(m.title);
  });

  it('keeps a long title inside the drawing near the right edge', () => {
    const m = layout.marks.find((x) => x.label?.truncated)!;
    const edge: Pick<TimelineLayout, 'width' | 'fontSize' | 'rowHeight' | 'marks' | 'undated'> = {
      ...layout,
      marks: [{ ...m, label: { ...m.label!, x: layout.width - 20 } }],
    };
    const c = computeCallout(edge, m.id, measure)!;
    expect(c.x + c.width).toBeLessThanOrEqual(layout.width - 2);
    expect(c.text).toBe(m.title);
  });

  it('does the same for an undated chip', () => {
    const chip = layout.undated.chips.find((x) => x.id === 'u')!;
    expect(chip.label.truncated).toBe(true);
    const c = computeCallout(layout, 'u', measure)!;
    expect(c.text).toBe(chip.title);
    expect(c.textY).toBe(chip.box.y + chip.box.height / 2);
    expect(inside(c)).toBe(true);
  });

  it('is null for a whole label and for a milestone not drawn', () => {
    expect(layout.marks.find((x) => x.id === 'short')?.label?.truncated).toBe(false);
    expect(computeCallout(layout, 'short', measure)).toBeNull();
    expect(computeCallout(layout, 'nowhere', measure)).toBeNull();
  });
});
