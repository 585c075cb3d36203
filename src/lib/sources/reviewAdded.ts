/**
 * After extraction, before anything is kept: an article with no recognisable actor is refused,
 * and one with neither a dateline nor a date from the dialog needs its date asked for.
 */
import { documentId } from '../extract/ids.ts';
import type { Dataset } from '../model/schema.ts';
import type { AddedArticle } from './types.ts';

export interface Review {
  /** One message per refused article. */
  errors: string[];
  /** Files that have no dateline and no date: the dialog asks for one. */
  needDate: string[];
}

/**
 * @example reviewAdded(dataset, [article]) // -> { errors: [], needDate: [] }
 */
export function reviewAdded(dataset: Dataset, candidates: readonly AddedArticle[]): Review {
  const docs = new Map(dataset.documents.map((d) => [d.id, d]));
  const mentioned = new Set(dataset.actors.flatMap((a) => a.mentions.map((m) => m.doc)));
  const errors: string[] = [];
  const needDate: string[] = [];
  for (const c of candidates) {
    const id = documentId(c.file);
    const doc = docs.get(id);
    const name = c.file.startsWith('pasted-') ? 'The pasted text' : c.file;
    if (!doc || !mentioned.has(id)) {
      errors.push(
        `${name} has no recognisable actors (countries, people, forces or places): nothing was added`,
      );
    } else if (doc.date === null) {
      needDate.push(c.file);
    }
  }
  return { errors, needDate };
}
