/**
 * Heavy and hostile article texts, and how extraction time grows with them: the shapes that once
 * took the extractor quadratic time (runs of punctuation, one endless sentence of conjunctions, a
 * megabyte without a sentence break) at any size, and a fast-check generator of repeated units.
 * Used by `npm run bench` (the worst case, and 10,000 generated runs) and by the unit test that
 * checks time per kilobyte stays flat (tests/unit/bench/hostileText.test.ts).
 */
import fc from 'fast-check';
import { extractDataset } from '../../src/lib/extract/dataset.ts';

/** Every article starts like a real one, so the shape lands in its body. */
const HEAD = 'Japan and India review security ties\nTOKYO, Aug. 20, 2024 — ';

/** Text without one sentence break, cut from real words. */
const PROSE =
  'Japan and India agreed to deepen defence cooperation and the Quad partners held talks with ' +
  'the Chinese Coast Guard near the Senkaku Islands while Prime Minister Narendra Modi met ' +
  'Fumio Kishida in New Delhi on March 20 2022 and signed a pact on maritime security ';

/** A named shape: its repeated unit (a body of about `bytes` is that unit repeated). */
export interface Shape {
  name: string;
  unit: string;
  /** Closes the body (one sentence of conjunctions still ends in a full stop). */
  tail?: string;
}

/** The shapes the hostile-input report timed (issue 18, item 1), and one found since. */
export const SHAPES: Shape[] = [
  { name: 'dots', unit: '.' },
  { name: '"?!" repeated', unit: '?!' },
  { name: '" and the agreement" in one sentence', unit: ' and the agreement', tail: '.' },
  { name: 'prose without sentence breaks', unit: PROSE },
  // Found by the generated units: a bracket search that rescanned every run of spaces.
  { name: 'tabs and spaces', unit: '\t ' },
];

/**
 * An article of about `bytes` characters in the given shape.
 * @example shapedArticle(SHAPES[0], 100_000).length // -> 100_059
 */
export function shapedArticle(shape: Shape, bytes: number): string {
  const body = shape.unit.repeat(Math.max(1, Math.round(bytes / shape.unit.length)));
  return `${HEAD}Japan signed${body}${shape.tail ?? ''}\n`;
}

/**
 * Milliseconds to extract the text alone (the best of `runs`, so a busy machine's pauses fall out).
 * @example extractionMs('Japan and India held talks.', 3) // -> 1.2
 */
export function extractionMs(text: string, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extractDataset([{ file: 'hostile.txt', text }], { documents: [], events: [] }, []);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Time per kilobyte at two sizes, and their ratio (1 = linear; a quadratic shape grows with size). */
export interface Growth {
  smallMsPerKb: number;
  largeMsPerKb: number;
  ratio: number;
}

/**
 * How time per kilobyte changes from `small` to `large` characters of the shape.
 * @example perKbGrowth(SHAPES[0], 10_000, 80_000).ratio // -> 0.9
 */
export function perKbGrowth(shape: Shape, small: number, large: number, runs = 3): Growth {
  const a = shapedArticle(shape, small);
  const b = shapedArticle(shape, large);
  const smallMsPerKb = extractionMs(a, runs) / (a.length / 1024);
  const largeMsPerKb = extractionMs(b, runs) / (b.length / 1024);
  return { smallMsPerKb, largeMsPerKb, ratio: largeMsPerKb / smallMsPerKb };
}

/**
 * The growth, timed again when it looks superlinear (ratio `limit` or more); the lower ratio
 * counts. The machine may be shared: another process's burst slows one timing, while a quadratic
 * shape is slow in both.
 * @example settledGrowth(SHAPES[1], 13_000, 104_000, 2, 2).ratio // -> 1.1
 */
export function settledGrowth(
  shape: Shape,
  small: number,
  large: number,
  runs: number,
  limit: number,
): Growth {
  const first = perKbGrowth(shape, small, large, runs);
  if (first.ratio < limit) return first;
  const again = perKbGrowth(shape, small, large, runs);
  return again.ratio < first.ratio ? again : first;
}

/** The pieces generated units are made of: words, names, dates, punctuation runs, odd characters. */
const PIECES = [
  'Japan',
  'India',
  'China',
  'and',
  'the',
  'agreement',
  'signed',
  'held talks with',
  'Prime Minister',
  'Modi',
  'on May 3, 2020',
  'in 2008',
  'last month',
  'will',
  'not',
  '.',
  '...',
  '?!',
  '!',
  '"',
  '(',
  ')',
  ',',
  ';',
  '—',
  '\n',
  '\n\n',
  '\t',
  'Mr.',
  'U.S.',
  'e.g.',
  '2+2',
  '\u200b',
  'ﬁ',
  '日本',
];

/**
 * A unit to repeat: a few pieces, joined by spaces or not (runs of punctuation need both).
 * @example fc.sample(hostileUnit, 1)[0] // -> 'Japan ?! the'
 */
export const hostileUnit: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([pieces, spaced]) => pieces.join(spaced ? ' ' : '') + (spaced ? ' ' : ''));

/** The worst of the reported shapes, and of `runs` generated units, as time-per-kB growth. */
export interface HostileReport {
  worstShape: { name: string; bytes: number; msPerKb: number; ratio: number };
  generated: { runs: number; worstUnit: string; ratio: number };
}

/**
 * Times each shape at its reported size against an eighth of it, and `runs` generated units at
 * 1 kB and 8 kB (the worst five again at 16 and 128 kB): `npm run bench`'s hostile-input rows.
 * @example measureHostile(10_000).worstShape.ratio // -> 1.1
 */
export function measureHostile(runs: number): HostileReport {
  const sizes = [100_000, 104_000, 884_000, 1_000_000, 131_072];
  let worstShape: HostileReport['worstShape'] = { name: '', bytes: 0, msPerKb: 0, ratio: 0 };
  SHAPES.forEach((shape, i) => {
    const g = settledGrowth(shape, sizes[i] / 8, sizes[i], 2, 2);
    if (g.ratio > worstShape.ratio)
      worstShape = { name: shape.name, bytes: sizes[i], msPerKb: g.largeMsPerKb, ratio: g.ratio };
  });
  // Screened cheaply (one timing at 1 and 8 kB, where a timer's noise is large), then the five
  // worst timed again at 16 and 128 kB: the row reports the worst of those.
  const screened: { unit: string; ratio: number }[] = [];
  fc.assert(
    fc.property(hostileUnit, (unit) => {
      screened.push({ unit, ratio: perKbGrowth({ name: 'generated', unit }, 1024, 8192, 1).ratio });
    }),
    { numRuns: runs, seed: 18 },
  );
  let generated = { runs, worstUnit: '', ratio: 0 };
  for (const { unit } of screened.sort((a, b) => b.ratio - a.ratio).slice(0, 5)) {
    const { ratio } = settledGrowth({ name: 'generated', unit }, 16_384, 131_072, 2, 2);
    if (ratio > generated.ratio) generated = { runs, worstUnit: unit, ratio };
  }
  return { worstShape, generated };
}
