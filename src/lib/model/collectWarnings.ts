import type { Dataset } from './schema.ts';

/**
 * Every warning in the dataset: whole-file problems first, then per-article ones by file.
 * @example collectWarnings(dataset) // ['empty.txt: file is empty', '001.txt: no dateline']
 */
export function collectWarnings(dataset: Dataset): string[] {
  const perDocument = dataset.documents.flatMap((doc) =>
    doc.warnings.map((warning) => `${doc.file}: ${warning}`),
  );
  return [...dataset.warnings, ...perDocument];
}
