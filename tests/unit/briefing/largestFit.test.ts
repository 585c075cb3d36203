import { describe, expect, it } from 'vitest';
import { largestFit } from '../../../src/lib/briefing/largestFit.ts';

/** The step card's sizes, as StepCard.svelte tries them. */
const SIZES = [1.6, 1.5, 1.4, 1.3, 1.2, 1.1, 1.0, 0.9, 0.8, 0.7];

/** What trying each size from the largest, one by one, chose (StepCard before largestFit). */
function oneByOne(limit: number): number {
  for (const s of SIZES) if (s <= limit) return s;
  return SIZES[SIZES.length - 1];
}

describe('largestFit', () => {
  const cases = [
    { name: 'a short card: the largest size', limit: 2 },
    { name: 'exactly the largest', limit: 1.6 },
    { name: 'one step down', limit: 1.55 },
    { name: 'in the middle', limit: 1.12 },
    { name: 'the smallest', limit: 0.7 },
    { name: 'none fits: the smallest', limit: 0.2 },
  ];
  for (const { name, limit } of cases)
    it(`chooses what trying one by one chose: ${name}`, () => {
      expect(largestFit(SIZES, (s) => s <= limit)).toBe(oneByOne(limit));
    });

  it('tries once for a card that fits at the largest size, at most five times otherwise', () => {
    for (let limit = 0.5; limit <= 1.7; limit += 0.05) {
      const tried: number[] = [];
      largestFit(SIZES, (s) => (tried.push(s), s <= limit));
      expect(tried.length).toBeLessThanOrEqual(limit >= 1.6 ? 1 : 5);
    }
  });

  it('chooses the same from any guess, in as many tries as the guess is off, plus three', () => {
    for (let limit = 0.5; limit <= 1.7; limit += 0.05)
      for (let guess = -2; guess <= 12; guess++) {
        const tried: number[] = [];
        const chosen = largestFit(
          SIZES,
          (s) => (tried.push(s), s <= limit),
          () => guess,
        );
        expect(chosen).toBe(oneByOne(limit));
        const answer = SIZES.indexOf(chosen);
        const start = Math.min(SIZES.length - 1, Math.max(1, guess));
        expect(tried.length).toBeLessThanOrEqual(3 + Math.abs(start - answer));
      }
  });

  it('asks for the guess only when the largest size does not fit', () => {
    let asked = 0;
    largestFit(
      SIZES,
      () => true,
      () => asked++,
    );
    expect(asked).toBe(0);
  });

  it('does not change the sizes it is given', () => {
    const sizes = [...SIZES];
    largestFit(sizes, (s) => s < 1);
    expect(sizes).toEqual(SIZES);
  });

  it('says so when it is given no size', () => {
    expect(() => largestFit([], () => true)).toThrow(/no size/);
  });

  it('chooses the same from any first size, with or without a guess', () => {
    for (let limit = 0.5; limit <= 1.7; limit += 0.05)
      for (let from = -1; from <= 11; from++)
        for (const guess of [undefined, () => 4]) {
          const chosen = largestFit(SIZES, (s) => s <= limit, guess, from);
          expect(chosen).toBe(oneByOne(limit));
        }
  });

  it('tries twice for a card that fits where the last one did, the answer last', () => {
    for (let i = 1; i < SIZES.length; i++) {
      const tried: number[] = [];
      largestFit(
        SIZES,
        (s) => (tried.push(s), s <= SIZES[i]),
        () => i,
        i,
      );
      expect(tried).toEqual([SIZES[i - 1], SIZES[i]]);
    }
  });
});
