/**
 * The dev server serves the dataset from the seeds folder and picks up an added or edited
 * article without a restart.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/model/schema.ts';
import { buildDatasetSafely, tielineDataset } from '../../../src/lib/build/datasetPlugin.ts';
import { SEEDS_DIR } from '../helpers.ts';

let dir: string;
let server: ViteDevServer | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tieline-dev-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
});
afterEach(async () => {
  await server?.close();
  server = null;
  rmSync(dir, { recursive: true, force: true });
});

async function served(): Promise<Dataset> {
  const mod = await server?.ssrLoadModule('virtual:tieline-dataset');
  return mod?.default as Dataset;
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the dev server did not pick up the change');
}

describe('tielineDataset (dev server)', () => {
  it(
    'serves the seeds, then an added and an edited article, without a restart',
    { timeout: 30_000 },
    async () => {
      server = await createServer({
        configFile: false,
        logLevel: 'silent',
        root: dir,
        plugins: [tielineDataset({ seedsDir: dir })],
        server: { middlewareMode: true, watch: { usePolling: true, interval: 50 } },
      });
      expect((await served()).documents).toHaveLength(2);

      writeFileSync(
        join(dir, 'new.txt'),
        'Australia and India\n\nAustralia and India held naval exercises in the Bay of Bengal in March 2023.',
      );
      await until(async () => (await served()).documents.length === 3);
      expect((await served()).actors.map((a) => a.name)).toContain('Australia');

      writeFileSync(
        join(dir, 'new.txt'),
        'Vietnam and India\n\nVietnam and India held talks in May 2021.',
      );
      await until(async () => (await served()).actors.some((a) => a.name === 'Vietnam'));
      expect((await served()).actors.map((a) => a.name)).not.toContain('Australia');
    },
  );
});

describe('buildDatasetSafely', () => {
  it('turns an unreadable folder into a warning, not a crash', () => {
    const d = buildDatasetSafely(join(dir, 'missing'));
    expect(d.documents).toEqual([]);
    expect(d.warnings[0]).toMatch(/cannot read the folder/);
  });
});
