import { describe, expect, it } from 'vitest';
import { placeLane, type RowContext } from '../../../../src/lib/layout/timeline/timelineRows';
import type { TielineEvent } from '../../../../src/lib/model/schema';

const measure = (text: string, fontSize: number) => 0.6 * fontSize * text.length;

/** Ten milestones in the same month: each opens a row of its own. */
const crowded: TielineEvent[] = Array.from({ length: 10 }, (_, i) => ({
  id: `e${i}`,
  title: `A long milestone title number ${i}`,
  date: '2020-05-0' + ((i % 9) + 1),
  precision: 'day',
  dateText: null,
  status: 'occurred',
  kind: 'meeting',
  domains: ['maritime'],
  actors: [],
  analyst: [],
  evidence: [{ doc: 'd', start: 0, end: 1, quote: 'x' }],
}));

const ctx: RowContext = {
  x: (t) => 100 + (t - Date.UTC(2020, 0, 1)) / 86_400_000,
  left: 100,
  right: 1000,
  dataEnd: '2020-12-31',
  fontSize: 16,
  maxLabel: Infinity,
  uniform: false,
  measure,
};

describe('placeLane', () => {
  it('opens a row for each milestone that has no room in the rows before', () => {
    expect(placeLane(crowded, ctx)?.rows).toBe(10);
  });

  it('stops with null once the lane needs more rows than it may open', () => {
    expect(placeLane(crowded, ctx, 9)).toBeNull();
    expect(placeLane(crowded, ctx, 0)).toBeNull();
  });

  it('places exactly as without a limit when the rows are enough', () => {
    expect(placeLane(crowded, ctx, 10)).toEqual(placeLane(crowded, ctx));
  });
});
