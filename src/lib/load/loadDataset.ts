/**
 * Node-only: reads a folder of articles (`*.txt`) and its overlay, checks each file, and runs the
 * extractor. Never throws: every problem becomes a warning that names the file.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractDataset, type ArticleInput } from '../extract/dataset.ts';
import { checkArticleBytes, tooLargeMessage } from '../extract/input.ts';
import { EMPTY_OVERLAY, parseOverlay, type Overlay } from '../extract/overlay.ts';
import type { Dataset } from '../model/schema.ts';

export interface LoadResult {
  dataset: Dataset;
}

export const OVERLAY_FILE = 'overlay.json';

/**
 * The folder's overlay (empty when there is none or it is broken, with a warning).
 * @example readOverlayFile('seeds').overlay.documents.length // -> 2
 */
export function readOverlayFile(dir: string): { overlay: Overlay; warnings: string[] } {
  const overlayPath = join(dir, OVERLAY_FILE);
  if (!existsSync(overlayPath)) return { overlay: EMPTY_OVERLAY, warnings: [] };
  return parseOverlay(readFileSync(overlayPath, 'utf8'), OVERLAY_FILE);
}

/**
 * Reads every `*.txt` in `dir` (plus `overlay.json`) and extracts the dataset.
 * @example loadDatasetFromDir('seeds').dataset.documents.length // -> 2
 */
export function loadDatasetFromDir(dir: string): LoadResult {
  const warnings: string[] = [];
  const empty: Dataset = { documents: [], actors: [], relations: [], events: [], warnings };
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith('.txt'))
      .sort();
  } catch (e) {
    warnings.push(`cannot read the folder ${dir}: ${(e as Error).message}`);
    return { dataset: empty };
  }
  const articles: ArticleInput[] = [];
  for (const file of files) {
    try {
      const path = join(dir, file);
      const tooLarge = tooLargeMessage(file, statSync(path).size);
      if (tooLarge) {
        warnings.push(`${tooLarge}: skipped`);
        continue;
      }
      const check = checkArticleBytes(file, readFileSync(path));
      if (check.ok) articles.push({ file, text: check.text });
      else warnings.push(`${check.message}: skipped`);
    } catch (e) {
      warnings.push(`${file}: cannot be read (${(e as Error).message}): skipped`);
    }
  }
  const { overlay, warnings: overlayWarnings } = readOverlayFile(dir);
  warnings.push(...overlayWarnings);
  if (articles.length === 0) {
    warnings.push(`no article could be extracted from ${dir} (looked for *.txt files)`);
    return { dataset: empty };
  }
  try {
    return { dataset: extractDataset(articles, overlay, warnings) };
  } catch (e) {
    warnings.push(`the extractor failed: ${(e as Error).message}`);
    return { dataset: empty };
  }
}
