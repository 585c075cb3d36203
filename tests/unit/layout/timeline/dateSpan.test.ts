import { describe, expect, it } from 'vitest';
import { spanOfDate } from '../../../../src/lib/layout/timeline/dateSpan';

describe('spanOfDate', () => {
  it.each([
    { name: 'a year', input: '2019', expected: [Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)] },
    { name: 'a month', input: '2020-02', expected: [Date.UTC(2020, 1, 1), Date.UTC(2020, 2, 1)] },
    {
      name: 'a day',
      input: '2021-12-31',
      expected: [Date.UTC(2021, 11, 31), Date.UTC(2022, 0, 1)],
    },
  ])('$name: from its first ms to the first ms after it', ({ input, expected }) => {
    expect(spanOfDate(input)).toEqual(expected);
    // Read again from what it remembers: the same answer.
    expect(spanOfDate(input)).toEqual(expected);
  });
});
