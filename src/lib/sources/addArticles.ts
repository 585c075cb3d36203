/**
 * The add dialog's steps as plain functions: check the typed date, prepare the pasted text and
 * every chosen file (each refused with its own message), and put the extractor's answer in
 * words, whether it refused (no actor, no dateline) or added.
 */
import { documentId } from '../extract/ids.ts';
import { ISO_DATE } from '../model/isoDate.ts';
import type { Dataset } from '../model/schema.ts';
import { checkFileSize, prepareFile, preparePaste, type Prepared } from './prepareArticles.ts';
import type { AddedArticle } from './types.ts';

/** A chosen or dropped file: its name and size first, its bytes only when it is small enough. */
export interface ChosenFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

/** The browser's File as a ChosenFile. */
export const chosenFile = (f: File): ChosenFile => ({
  name: f.name,
  size: f.size,
  bytes: async () => new Uint8Array(await f.arrayBuffer()),
});

/**
 * Why a typed date cannot be used, or null when it can (an empty one is no date).
 * @example checkDateInput('2024-13') // -> 'The date "2024-13" is not YYYY-MM-DD, YYYY-MM or YYYY'
 */
export function checkDateInput(day: string): string | null {
  return day && !ISO_DATE.test(day) ? `The date "${day}" is not YYYY-MM-DD, YYYY-MM or YYYY` : null;
}

/**
 * The pasted text (unless only files were chosen) and every file as articles, each given an id
 * not yet taken; or every problem, and nothing to add.
 * @example await prepareAll('', [], new Set(), now, null) // -> { articles: [], problems: ['The pasted text is empty: ...'] }
 */
export async function prepareAll(
  text: string,
  files: readonly ChosenFile[],
  taken: Set<string>,
  now: string,
  day: string | null,
): Promise<{ articles: AddedArticle[]; problems: string[] }> {
  const problems: string[] = [];
  const articles: AddedArticle[] = [];
  if (files.length === 0 || text.trim() !== '') {
    const p = preparePaste(text, taken, now, day);
    if (p.ok) articles.push(p.article);
    else problems.push(p.message);
  }
  for (const f of files) {
    const tooLarge = checkFileSize(f.name, f.size);
    const p: Prepared = tooLarge
      ? { ok: false, message: tooLarge }
      : prepareFile(f.name, await f.bytes(), taken, now, day);
    if (p.ok) {
      articles.push(p.article);
      taken.add(documentId(p.article.file));
    } else problems.push(p.message);
  }
  return { articles: problems.length ? [] : articles, problems };
}

/**
 * The messages for a refused add, and whether to ask for a date (only when the sole problem is
 * a missing dateline).
 * @example describeRefusal({ errors: [], needDate: ['a.txt'] }) // -> { errors: ['a.txt has no dateline: ...'], needDate: true }
 */
export function describeRefusal(refused: { errors: string[]; needDate: string[] }) {
  return {
    errors: [
      ...refused.errors,
      ...refused.needDate.map(
        (f) =>
          `${f.startsWith('pasted-') ? 'The pasted text' : f} has no dateline: give the article's date below, then Add again`,
      ),
    ],
    needDate: refused.needDate.length > 0 && refused.errors.length === 0,
  };
}

/**
 * What to say once the articles are in, and the first one's document id (the reader opens it).
 * @example describeAdded(dataset, candidates, 212).message // -> 'Added “Japan and India...”: extracted and merged in 212 ms.'
 */
export function describeAdded(dataset: Dataset, candidates: readonly AddedArticle[], ms: number) {
  const docs = dataset.documents.filter((d) => candidates.some((c) => documentId(c.file) === d.id));
  const names = docs.map((d) => `“${d.title}”`).join(', ');
  return {
    message: `Added ${names}: extracted and merged in ${Math.round(ms)} ms.`,
    docId: docs[0].id,
  };
}
