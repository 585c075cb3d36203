import { describe, expect, it } from 'vitest';
import { growLabels } from '../../../../src/lib/layout/timeline/timelineGrow';
import { computeTimelineLayout } from '../../../../src/lib/layout/timeline/timelineLayout';
import { markSizes, type PlacedMark } from '../../../../src/lib/layout/timeline/timelineRows';
import type { TimelineLayout } from '../../../../src/lib/layout/timeline/timelineTypes';
import type { TielineEvent } from '../../../../src/lib/model/schema';

/** A monospaced stand-in for the canvas: 6 px per character at 10 px. */
const measure = (text: string, fontSize: number) => 0.6 * fontSize * text.length;
const F = 10;
const ctx = { right: 1000, fontSize: F, measure };
const s = markSizes(F);

/** A point at `x` in `row`, its label right of it cut to `text` (of `full`). */
function mark(id: string, x: number, text: string, full: string, row = 0): PlacedMark {
  const lx = x + s.point / 2 + s.gap;
  const width = measure(text, F);
  return {
    id,
    title: full,
    status: 'occurred',
    shape: 'point',
    filled: true,
    analystDate: false,
    row,
    x0: x,
    x1: x,
    size: s.point,
    tail: null,
    label: { text, full, x: lx, anchor: 'start', width, truncated: text !== full },
    extent: [x - s.point / 2, lx + width],
  };
}

const FULL = 'Ankara sent the frigate north';
const cases: { name: string; marks: PlacedMark[]; expected: string[] }[] = [
  {
    name: 'alone in its row: the whole title',
    marks: [mark('a', 100, 'Ankara…', FULL)],
    expected: [FULL],
  },
  {
    name: 'the next mark close: the words that fit before it',
    // 'Ankara sent the…' is 16 characters (96 px) from 109; the next mark's extent starts at 220.
    marks: [mark('a', 100, 'Ankara…', FULL), mark('b', 224, 'Next', 'Next')],
    expected: ['Ankara sent the…', 'Next'],
  },
  {
    name: 'no room for another word: unchanged',
    marks: [mark('a', 100, 'Ankara…', FULL), mark('b', 170, 'Next', 'Next')],
    expected: ['Ankara…', 'Next'],
  },
  {
    name: 'the next mark in another row does not stop it',
    marks: [mark('a', 100, 'Ankara…', FULL), mark('b', 170, 'Next', 'Next', 1)],
    expected: [FULL, 'Next'],
  },
  {
    name: 'the plot edge stops it',
    marks: [mark('a', 850, 'Ankara…', FULL)],
    expected: ['Ankara sent the…'],
  },
  {
    name: 'a label left of its mark stays as it is',
    marks: [
      {
        ...mark('a', 100, 'Ankara…', FULL),
        label: { ...mark('a', 100, 'Ankara…', FULL).label!, anchor: 'end' },
      },
    ],
    expected: ['Ankara…'],
  },
];

describe('growLabels', () => {
  for (const { name, marks, expected } of cases)
    it(name, () => expect(growLabels(marks, ctx).map((m) => m.label?.text)).toEqual(expected));

  it('widens the extent with the label and marks a whole title as not truncated', () => {
    const [m] = growLabels([mark('a', 100, 'Ankara…', FULL)], ctx);
    expect(m.label!.truncated).toBe(false);
    expect(m.label!.width).toBe(measure(FULL, F));
    expect(m.extent[1]).toBe(m.label!.x + m.label!.width);
  });

  it('stops before an ongoing line’s arrow and moves the line’s gap with the label', () => {
    const base = mark('a', 100, 'Ankara…', FULL);
    const end = base.label!.x + base.label!.width;
    const ongoing: PlacedMark = {
      ...base,
      status: 'ongoing',
      tail: { segments: [[end + s.gap, 270 - s.arrow + 1]], arrowX: 270 },
      extent: [base.extent[0], 270],
    };
    const [m] = growLabels([ongoing], ctx);
    const labelEnd = m.label!.x + m.label!.width;
    expect(m.label!.text).toBe('Ankara sent the frigate…');
    expect(labelEnd).toBeLessThanOrEqual(270 - s.arrow - s.gap);
    expect(m.tail!.segments.every(([a]) => a >= labelEnd + s.gap)).toBe(true);
  });

  it('does not mutate its input and gives the same output again', () => {
    const marks = [mark('a', 100, 'Ankara…', FULL), mark('b', 224, 'Next', 'Next')];
    const copy = structuredClone(marks);
    const once = growLabels(marks, ctx);
    expect(marks).toEqual(copy);
    expect(growLabels(marks, ctx)).toEqual(once);
  });
});

function event(i: number): TielineEvent {
  const words = ['Ankara sent the frigate north', 'Greece–Turkey coercion on the Aegean', 'Talks'];
  return {
    id: `e${i}`,
    title: `${words[i % 3]} ${i}`,
    date: `20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}`,
    precision: 'day',
    dateText: null,
    status: i % 11 === 0 ? 'ongoing' : 'occurred',
    kind: 'meeting',
    domains: [(['maritime', 'diplomacy', 'cyber'] as const)[i % 3]],
    actors: [],
    analyst: [],
    evidence: [{ doc: 'd', start: 0, end: 1, quote: 'x' }],
  };
}

/** Every drawn piece in a lane row: [left, right] of labels and heads, per row key. */
function rowsOf(layout: TimelineLayout) {
  const rows = new Map<string, { id: string; kind: string; a: number; b: number }[]>();
  for (const m of layout.marks) {
    const key = `${m.lane}:${m.row}`;
    const list = rows.get(key) ?? [];
    const r = m.shape === 'point' ? m.size / 2 : 0;
    list.push({ id: m.id, kind: 'mark', a: m.x0 - r, b: m.x1 + r });
    if (m.label) {
      const a = m.label.anchor === 'start' ? m.label.x : m.label.x - m.label.width;
      list.push({ id: m.id, kind: 'label', a, b: a + m.label.width });
    }
    if (m.tail?.arrowX != null)
      list.push({ id: m.id, kind: 'arrow', a: m.tail.arrowX - m.size, b: m.tail.arrowX });
    rows.set(key, list);
  }
  return rows;
}

describe('a crowded timeline (past 80 milestones, labels capped at a tenth of the plot)', () => {
  const events = Array.from({ length: 120 }, (_, i) => event(i));
  for (const width of [700, 1200, 1900]) {
    const layout = computeTimelineLayout(events, { width, height: 300, measure });
    const f = layout.fontSize;

    it(`${width} px: no label overlaps another label, a mark or an arrow`, () => {
      for (const [key, list] of rowsOf(layout))
        for (const [i, p] of list.entries())
          for (const q of list.slice(i + 1)) {
            if (p.id === q.id) continue;
            expect(p.b <= q.a || q.b <= p.a, `${key}: ${p.kind} ${p.id} / ${q.kind} ${q.id}`).toBe(
              true,
            );
          }
    });

    it(`${width} px: no shortened label has room left for its next word`, () => {
      const between = markSizes(f).between;
      for (const [, list] of rowsOf(layout)) {
        for (const m of layout.marks) {
          const l = m.label;
          if (!l || !l.truncated || l.anchor !== 'start' || m.tail) continue;
          if (!list.some((p) => p.id === m.id && p.kind === 'label')) continue;
          const next = Math.min(
            layout.range[1] + between,
            ...list.filter((p) => p.a > l.x + l.width - 0.01 && p.id !== m.id).map((p) => p.a),
          );
          const kept = l.text.slice(0, -1);
          const nextWord =
            l.full.slice(0, kept.length + 1) +
            (/^\s*\S+/.exec(l.full.slice(kept.length))?.[0] ?? '');
          const wider = measure(nextWord.trimEnd() + '…', f);
          expect(l.x + wider, `"${l.text}" could show more`).toBeGreaterThan(next - between);
        }
      }
    });
  }
});
