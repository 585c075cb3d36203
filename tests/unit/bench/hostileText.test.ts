/**
 * Extraction time grows linearly with any input (issue 18, item 1): the shapes once measured
 * quadratic (16.8 s for 100,000 dots, 23.7 s for "?!" repeated, over 150 s for " and the
 * agreement" 50,000 times, 29.8 s for 1 MB without a sentence break) and units fast-check
 * generates. Compares time per kilobyte at a small and a large size of the same shape, never an
 * absolute time: a quadratic shape at 8 times the size takes 8 times as long per kilobyte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SHAPES,
  extractionMs,
  hostileUnit,
  settledGrowth,
  shapedArticle,
  type Shape,
} from '../../../scripts/bench/hostileText.ts';

/** Linear time gives about 1; twice as slow per kilobyte at 8 times the size is not linear. */
const MAX_RATIO = 2;

const growth = (shape: Shape, small: number, large: number, runs: number) =>
  settledGrowth(shape, small, large, runs, MAX_RATIO);

// Seconds of extraction each, on a shared machine: far above vitest's 5 s default.
describe('extraction time per kilobyte stays flat', { timeout: 120_000 }, () => {
  it.each([
    { shape: SHAPES[0], size: 100_000 },
    { shape: SHAPES[1], size: 104_000 },
    { shape: SHAPES[2], size: 180_000 },
    { shape: SHAPES[3], size: 1_000_000 },
    { shape: SHAPES[4], size: 131_072 },
  ])('$shape.name at the reported size ($size characters)', ({ shape, size }) => {
    const measured = growth(shape, size / 8, size, 2);
    expect(measured.ratio, JSON.stringify(measured)).toBeLessThan(MAX_RATIO);
  });

  it('" and the agreement" 50,000 times in one sentence (884 kB) as per kB as 10,000 times', () => {
    const measured = growth(SHAPES[2], 180_000, 900_000, 1);
    expect(measured.ratio, JSON.stringify(measured)).toBeLessThan(MAX_RATIO);
  });

  it('on 2,000 generated units repeated to 128 B and 1 kB (a suspect is timed again at 16 and 128 kB)', () => {
    const suspects: { unit: string; ratio: number }[] = [];
    fc.assert(
      fc.property(hostileUnit, (unit) => {
        const shape: Shape = { name: 'generated', unit };
        const small = extractionMs(shapedArticle(shape, 128), 1);
        const large = extractionMs(shapedArticle(shape, 1024), 1);
        // Timer noise on a 1 ms run is screened here, and decided at sizes where it is small.
        if (large / 8 <= small * 2.5 + 0.5) return;
        const { ratio } = growth(shape, 16_384, 131_072, 2);
        if (ratio >= MAX_RATIO) suspects.push({ unit, ratio });
      }),
      { numRuns: 2_000, seed: 18 },
    );
    expect(suspects).toEqual([]);
  });
});
