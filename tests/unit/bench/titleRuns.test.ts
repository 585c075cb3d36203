/**
 * A run of titles before names already found ("Prime Minister China " repeated, no sentence
 * break) once looked up each name by scanning every candidate so far: 40 ms/kB at 2 MB against
 * 4 ms/kB at 128 kB (82 s for 2 MB). Found by the hostile-input generator; time per kB must stay flat.
 */
import { expect, it } from 'vitest';
import { perKbGrowth } from '../../../scripts/bench/hostileText.ts';

it('"Prime Minister China " repeated: time per kB at 2 MB within twice that at 256 kB', () => {
  const shape = { name: 'titles before covered names', unit: 'Prime Minister China ' };
  const growth = perKbGrowth(shape, 262_144, 2_097_152, 1);
  expect(growth.ratio, JSON.stringify(growth)).toBeLessThan(2);
}, 120_000);
