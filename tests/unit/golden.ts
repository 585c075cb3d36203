/** Golden datasets: each seed alone (with its overlay entries), and the whole seeds folder. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDataset } from '../../src/lib/extract/dataset.ts';
import { parseOverlay } from '../../src/lib/extract/overlay.ts';
import type { Dataset } from '../../src/lib/model/schema.ts';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';
import { SEEDS_DIR } from './helpers.ts';

export const GOLDEN_DIR = fileURLToPath(new URL('../golden', import.meta.url));

/** [golden file name, dataset] for every seed article, then `all-seeds.json`. */
export function buildGoldens(): [string, Dataset][] {
  const { overlay } = parseOverlay(
    readFileSync(join(SEEDS_DIR, 'overlay.json'), 'utf8'),
    'overlay.json',
  );
  const files = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const one = files.map((file): [string, Dataset] => {
    const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
    const own = { documents: overlay.documents.filter((d) => d.file === file), events: [] };
    return [file.replace(/\.txt$/, '.json'), extractDataset([{ file, text }], own)];
  });
  return [...one, ['all-seeds.json', loadDatasetFromDir(SEEDS_DIR).dataset]];
}
