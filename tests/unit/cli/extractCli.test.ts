import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/model/schema.ts';
import { runExtractCli } from '../../../src/lib/cli/extractCli.ts';
import { SEEDS_DIR } from '../helpers.ts';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'tieline-cli-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runExtractCli(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run extract', () => {
  it('prints documents with counts, actors by kind and events in date order', () => {
    const { code, out } = run(['--seeds', SEEDS_DIR]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Tieline extraction: 2 documents, \d+ actors, \d+ relations, \d+ events/);
    expect(out).toMatch(/000_2d8b67f57b302128\.txt {2}"Japan and India strengthen security ties/);
    expect(out).toMatch(
      /dated 2024-08 \(analyst overlay\); \d+ words, \d+ actors, \d+ relations, \d+ events/,
    );
    expect(out).toMatch(
      / {2}person \(\d+\)\n(.*\n)*? {4}Yoko Kamikawa \[JP, Foreign Minister of Japan\]/,
    );
    const years = [...out.split('Events (date order')[1].matchAll(/^ {2}(\d{4})/gm)].map(
      (m) => m[1],
    );
    expect(years).toEqual([...years].sort());
    expect(out).toMatch(/undated +occurred +Chinese research vessel docked/);
  });

  it('--out writes the dataset as JSON in the schema', () => {
    const file = join(dir, 'out', 'dataset.json');
    expect(run(['--seeds', SEEDS_DIR, '--out', file]).code).toBe(0);
    const parsed = parseDataset(JSON.parse(readFileSync(file, 'utf8')));
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(Object.keys(parsed.dataset).sort()).toEqual([
        'actors',
        'documents',
        'events',
        'relations',
        'warnings',
      ]);
  });

  it('--seeds reads another folder', () => {
    writeFileSync(
      join(dir, 'a.txt'),
      'Manila and Beijing\n\nThe Philippines accused China of a clash near the Second Thomas Shoal in June 2024.',
    );
    const { code, out } = run(['--seeds', dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/Tieline extraction: 1 document,/);
    expect(out).toMatch(/Philippines \[PH\]/);
  });

  it.each([
    {
      name: 'empty folder',
      setup: () => {},
      args: () => ['--seeds', dir],
      code: 1,
      err: /no document could be extracted/,
    },
    {
      name: 'only a binary file',
      setup: () => writeFileSync(join(dir, 'x.txt'), Buffer.from([0, 1, 2])),
      args: () => ['--seeds', dir],
      code: 1,
      err: /no document could be extracted/,
    },
    {
      name: 'unknown option',
      setup: () => {},
      args: () => ['--sedes', dir],
      code: 2,
      err: /unknown option "--sedes"/,
    },
    {
      name: 'missing value',
      setup: () => {},
      args: () => ['--out'],
      code: 2,
      err: /--out needs a value/,
    },
  ])('$name: exits $code with a clear message', ({ setup, args, code, err }) => {
    setup();
    const r = run(args());
    expect(r.code).toBe(code);
    expect(r.err).toMatch(err);
  });
});
