import type { Dataset } from '../model/schema.ts';
import type { SourcesRequest } from './types.ts';

/**
 * What the extraction worker needs from the seeds' dataset: each article's file and text (the
 * dataset carries them) and the warnings about files that were skipped.
 * @example baseOf(dataset).documents[0].file // -> '000_2d8b67f57b302128.txt'
 */
export function baseOf(dataset: Dataset): SourcesRequest['base'] {
  return {
    documents: dataset.documents
      .filter((d) => !d.addedAt)
      .map(({ file, text }) => ({ file, text })),
    warnings: dataset.warnings,
  };
}
