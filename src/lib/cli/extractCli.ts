/**
 * `npm run extract [-- --seeds DIR] [--out FILE]`: extract a folder of articles, print a summary,
 * optionally write the dataset as JSON. Exit code 0 when at least one document extracted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseDataset } from '../model/schema.ts';
import { formatSummary } from './formatSummary.ts';
import { loadDatasetFromDir } from '../load/loadDataset.ts';

export interface CliIo {
  log: (line: string) => void;
  error: (line: string) => void;
}

const USAGE = 'usage: npm run extract -- [--seeds DIR] [--out FILE]';

/**
 * Runs the extract command and returns its exit code.
 * @example runExtractCli(['--seeds', 'seeds'], console) // -> 0
 */
export function runExtractCli(argv: string[], io: CliIo): number {
  let seeds = 'seeds';
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      io.log(USAGE);
      return 0;
    }
    if (
      (arg === '--seeds' || arg === '--out') &&
      (argv[i + 1] === undefined || argv[i + 1].startsWith('--'))
    ) {
      io.error(`${arg} needs a value. ${USAGE}`);
      return 2;
    }
    if (arg === '--seeds') seeds = argv[++i];
    else if (arg === '--out') out = argv[++i];
    else {
      io.error(`unknown option "${arg}". ${USAGE}`);
      return 2;
    }
  }
  const { dataset } = loadDatasetFromDir(resolve(seeds));
  io.log(formatSummary(dataset));
  if (dataset.documents.length === 0) {
    io.error(`error: no document could be extracted from ${seeds}`);
    return 1;
  }
  const checked = parseDataset(dataset);
  if (!checked.ok) {
    io.error(`error: the extracted dataset does not match the schema: ${checked.message}`);
    return 1;
  }
  if (out) {
    try {
      mkdirSync(dirname(resolve(out)), { recursive: true });
      writeFileSync(out, JSON.stringify(dataset, null, 2) + '\n');
      io.log(`\nWrote ${out}`);
    } catch (e) {
      io.error(`error: cannot write ${out}: ${(e as Error).message}`);
      return 1;
    }
  }
  return 0;
}
