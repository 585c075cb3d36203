/**
 * The add dialog's steps as plain functions: check the typed date, prepare the pasted text and
 * every chosen file (each refused with its own message), and put the extractor's answer in
 * words, whether it refused (no actor, no dateline) or added.
 */
import { documentId } from '../extract/ids.ts';
import { ISO_DATE, isIsoDay } from '../model/isoDate.ts';
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
  if (!day) return null;
  if (!ISO_DATE.test(day)) return `The date "${day}" is not YYYY-MM-DD, YYYY-MM or YYYY`;
  const month = Number(day.slice(5, 7));
  if (day.length >= 7 && (month < 1 || month > 12))
    return `The date "${day}" is not a month of the calendar`;
  if (day.length === 10 && !isIsoDay(day)) return `The date "${day}" is not a day of the calendar`;
  return null;
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
 * What to say once the articles are in: what the extractor found in them (actors, relations,
 * events), plainly when it found no event or relation, and the first one's document id (the
 * reader opens it).
 * @example describeAdded(dataset, candidates, 212).message // -> 'Added “Japan and India...”: 6 actors, 2 relations, 1 event (extracted and merged in 212 ms).'
 */
export function describeAdded(dataset: Dataset, candidates: readonly AddedArticle[], ms: number) {
  const docs = dataset.documents.filter((d) => candidates.some((c) => documentId(c.file) === d.id));
  const ids = new Set(docs.map((d) => d.id));
  const names = docs.map((d) => `“${d.title}”`).join(', ');
  const inDocs = (evidence: { doc: string }[]) => evidence.some((e) => ids.has(e.doc));
  const actors = dataset.actors.filter((a) => inDocs(a.mentions)).length;
  const relations = dataset.relations.filter((r) => inDocs(r.evidence)).length;
  const events = dataset.events.filter((e) => inDocs(e.evidence)).length;
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const found = `${count(actors, 'actor')}, ${count(relations, 'relation')}, ${count(events, 'event')}`;
  const none =
    relations === 0 && events === 0
      ? ' No event or relation was found: its actors are listed, but it states no action between them.'
      : events === 0
        ? ' No event was found: it dates no action between its actors.'
        : relations === 0
          ? ' No relation was found between its actors.'
          : '';
  return {
    message: `Added ${names}: ${found} (extracted and merged in ${Math.round(ms)} ms).${none}`,
    docId: docs[0].id,
  };
}
