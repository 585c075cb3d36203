/**
 * Reads what IndexedDB holds for an added article. Storage can hold anything (an older
 * version, another tab's bug, a user's experiment): each record is checked, and one that
 * cannot be read becomes a message, never a crash.
 */
import * as v from 'valibot';
import { checkArticleBytes } from '../extract/input.ts';
import { ISO_DATE } from '../model/isoDate.ts';
import type { AddedArticle } from './types.ts';

const StoredArticleSchema = v.object({
  file: v.pipe(v.string(), v.regex(/\.txt$/i, 'file must end in .txt')),
  text: v.pipe(v.string(), v.minLength(1)),
  date: v.nullable(v.pipe(v.string(), v.regex(ISO_DATE, 'bad date'))),
  addedAt: v.string(),
});

export type StoredRead = { ok: true; article: AddedArticle } | { ok: false; message: string };

/**
 * @example parseStoredArticle({ file: 'a.txt', text: '...', date: null, addedAt: '...' }).ok // -> true
 */
export function parseStoredArticle(raw: unknown, key: string): StoredRead {
  const result = v.safeParse(StoredArticleSchema, raw);
  if (!result.success) {
    const issue = result.issues[0];
    return {
      ok: false,
      message: `A stored article (${key}) could not be read (${v.getDotPath(issue) ?? 'record'}: ${issue.message}); it was left out`,
    };
  }
  // The same checks as a new file: a record that is not text any more is left out.
  const check = checkArticleBytes(result.output.file, new TextEncoder().encode(result.output.text));
  if (!check.ok)
    return { ok: false, message: `A stored article: ${check.message}; it was left out` };
  return { ok: true, article: result.output };
}
