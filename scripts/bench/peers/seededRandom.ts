/**
 * For the benchmark's peer pages: start positions from a fixed seed, so that every run of a
 * peer lays out the same picture (as Tieline's seeded layout does).
 * @example const random = seededRandom(1); random() // -> the same number every time
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
