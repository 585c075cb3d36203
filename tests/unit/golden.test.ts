/**
 * The pipeline's output for each seed is pinned in tests/golden/. A change to the extractor that
 * changes what a briefer sees shows up here; refresh with `npm run golden` and review `git diff`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, buildGoldens } from './golden.ts';

describe('golden datasets', () => {
  const goldens = buildGoldens();
  it('there is one golden per seed plus the whole folder', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(3);
  });
  it.each(goldens)('%s matches what the extractor makes now', (file, dataset) => {
    const path = join(GOLDEN_DIR, file);
    expect(existsSync(path), `${file} missing: run npm run golden`).toBe(true);
    const golden = JSON.parse(readFileSync(path, 'utf8'));
    expect(dataset, `${file} changed: run npm run golden and review git diff tests/golden`).toEqual(
      golden,
    );
  });
});
