/**
 * The dataset from the seed articles plus the articles added in the browser. It is always
 * re-extracted from all the texts (never patched), so removing an added article gives back
 * exactly the dataset without it: an actor, relation or event it alone supported disappears,
 * one it shared loses just that article's evidence.
 */
import { extractDataset } from '../extract/dataset.ts';
import { documentId } from '../extract/ids.ts';
import type { Dataset } from '../model/schema.ts';
import type { SourcesRequest } from './types.ts';

/** The source recorded for a date typed in the add dialog (an analyst-supplied fact). */
export const DIALOG_DATE_SOURCE = 'Date given in the "Add an article" dialog when it was added';

/**
 * @example buildSourcesDataset({ base, overlay, added: [] }) // same as the seeds' dataset
 */
export function buildSourcesDataset({ base, overlay, added: all }: SourcesRequest): Dataset {
  const warnings: string[] = [];
  // A stored article whose name a seed has since taken would give two documents one id.
  const seedIds = new Set(base.documents.map((d) => documentId(d.file)));
  const added = all.filter((a) => {
    if (!seedIds.has(documentId(a.file))) return true;
    warnings.push(
      `${a.file}: an article of that name is now among the seeds; the copy added in this browser is left out`,
    );
    return false;
  });
  const articles = [
    ...base.documents.map(({ file, text }) => ({ file, text })),
    ...added.map(({ file, text }) => ({ file, text })),
  ];
  const dated = added.filter((a) => a.date !== null);
  const merged = {
    documents: [
      ...overlay.documents,
      ...dated.map((a) => ({ file: a.file, date: a.date as string, source: DIALOG_DATE_SOURCE })),
    ],
    events: overlay.events,
  };
  const dataset = extractDataset(articles, merged, warnings);
  const addedAt = new Map(added.map((a) => [documentId(a.file), a.addedAt]));
  for (const doc of dataset.documents) {
    const at = addedAt.get(doc.id);
    if (at) doc.addedAt = at;
  }
  // The seeds' own warnings (skipped files) stay; the overlay's are found again, once.
  dataset.warnings = [...new Set([...base.warnings, ...warnings])];
  return dataset;
}
