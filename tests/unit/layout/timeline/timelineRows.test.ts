import { describe, expect, it } from 'vitest';
import {
  leastRows,
  placeLane,
  RowMemo,
  type RowContext,
} from '../../../../src/lib/layout/timeline/timelineRows';
import type { TielineEvent } from '../../../../src/lib/model/schema';
import { milestone } from '../../helpers';

const measure = (text: string, fontSize: number) => 0.6 * fontSize * text.length;

/** Ten milestones in the same month: each opens a row of its own. */
const crowded: TielineEvent[] = Array.from({ length: 10 }, (_, i) =>
  milestone(`e${i}`, `A long milestone title number ${i}`, '2020-05-0' + ((i % 9) + 1)),
);

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

  it('places as without a memo when one memo is shared by every label cap tried', () => {
    const memo = new RowMemo();
    const events = [...crowded, ...spread];
    for (const maxLabel of [Infinity, 300, 120, 40])
      for (const uniform of [false, true]) {
        const at = { ...ctx, maxLabel, uniform };
        expect(placeLane(events, { ...at, memo }), `${maxLabel} ${uniform}`).toEqual(
          placeLane(events, at),
        );
      }
  });
});

/** Milestones 40 days apart: their marks never touch, their labels would. */
const spread: TielineEvent[] = crowded.map((e, i) => ({
  ...e,
  date: new Date(Date.UTC(2020, 0, 1) + i * 40 * 86_400_000).toISOString().slice(0, 10),
}));

describe('leastRows', () => {
  it('counts the marks that cover one point: none of them can share a row', () => {
    expect(leastRows(crowded, ctx)).toBe(10);
  });

  it('is 1 for marks apart, though their labels take more rows', () => {
    expect(leastRows(spread, ctx)).toBe(1);
    expect(placeLane(spread, ctx)?.rows).toBeGreaterThan(1);
  });

  it('is never more than the rows placeLane opens, at any label cap', () => {
    for (const events of [crowded, spread, [...crowded, ...spread]])
      for (const maxLabel of [Infinity, 200, 50])
        for (const uniform of [false, true])
          expect(leastRows(events, ctx)).toBeLessThanOrEqual(
            placeLane(events, { ...ctx, maxLabel, uniform })?.rows ?? 0,
          );
  });

  it('is 1 for an empty lane, as placeLane', () => {
    expect(leastRows([], ctx)).toBe(1);
    expect(placeLane([], ctx)?.rows).toBe(1);
  });
});
