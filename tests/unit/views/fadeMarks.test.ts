import { describe, expect, it } from 'vitest';
import { FADE_LIMIT, fadeDuration } from '../../../src/lib/views/fadeMarks.ts';

describe('fadeDuration', () => {
  it.each([
    { name: 'no marks', marks: 0, expected: null },
    { name: 'the seeds network (19 actors, 30 relations)', marks: 2 * 19 + 30, expected: null },
    { name: 'at the limit', marks: FADE_LIMIT, expected: null },
    { name: 'one past it', marks: FADE_LIMIT + 1, expected: '0s' },
    { name: 'the corpus network (150 drawn actors, 580 relations)', marks: 880, expected: '0s' },
  ])('$name: $expected', ({ marks, expected }) => {
    expect(fadeDuration(marks)).toBe(expected);
  });
});
