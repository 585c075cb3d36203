import { describe, expect, it } from 'vitest';
import { runAtOnce, runInSlices } from '../../../src/lib/state/inSlices.ts';

function* count(to: number, every: number): Generator<void, number[]> {
  const seen: number[] = [];
  for (let i = 0; i < to; i++) {
    if (i > 0 && i % every === 0) yield;
    seen.push(i);
  }
  return seen;
}

describe('work in slices', () => {
  it('at once gives what the work returns', () => {
    expect(runAtOnce(count(5, 2))).toEqual([0, 1, 2, 3, 4]);
  });

  it('in slices gives the same, pausing between every slice and never after the last', async () => {
    let pauses = 0;
    const result = await runInSlices(count(5, 2), async () => void pauses++);
    expect(result).toEqual([0, 1, 2, 3, 4]);
    expect(pauses).toBe(2);
  });
});
