/**
 * Turns what the user pasted or dropped into articles to add, or into messages that say what is
 * wrong (empty, binary, not UTF-8, too large, a PDF or image renamed .txt, a name already used).
 * The byte checks are the ones the seeds go through (extract/input.ts).
 */
import { checkArticleBytes, tooLargeMessage } from '../extract/input.ts';
import { documentId, slugify } from '../extract/ids.ts';
import type { AddedArticle } from './types.ts';

/**
 * What extract/input.ts's checks would misname: UTF-16 text (its NUL bytes read as "binary
 * data") and a WAV file (a RIFF container, as WebP is). Null when neither.
 * @example foreignText('a.txt', new Uint8Array([0xff, 0xfe, 0x4a, 0])) // -> 'a.txt is UTF-16 text: save it as UTF-8 and add it again'
 */
export function foreignText(name: string, bytes: Uint8Array): string | null {
  const at = (i: number, text: string) =>
    [...text].every((c, k) => bytes[i + k] === c.charCodeAt(0));
  if (at(0, 'RIFF') && at(8, 'WAVE'))
    return `${name} is not a text article: it looks like a WAV audio file`;
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // Without a mark: ASCII letters in UTF-16 put a NUL in every other byte.
  const head = bytes.subarray(0, 512);
  let oddNul = 0;
  let evenNul = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2) oddNul++;
    else evenNul++;
  }
  const half = head.length / 2;
  const alternating =
    head.length >= 16 &&
    Math.max(oddNul, evenNul) > 0.9 * half &&
    Math.min(oddNul, evenNul) < 0.1 * half;
  return bom || alternating ? `${name} is UTF-16 text: save it as UTF-8 and add it again` : null;
}

export type Prepared = { ok: true; article: AddedArticle } | { ok: false; message: string };

/**
 * The document ids the given files take.
 * @example takenIds(['000_a.txt']) // -> Set { '000-a' }
 */
export function takenIds(files: readonly string[]): Set<string> {
  return new Set(files.map(documentId));
}

export const PASTE_LABEL = 'The pasted text';

/**
 * An article from pasted text, named after its first line.
 * @example preparePaste('Japan and India...', new Set(), '2025-01-01T00:00:00Z', null)
 */
export function preparePaste(
  text: string,
  takenIds: ReadonlySet<string>,
  addedAt: string,
  date: string | null,
): Prepared {
  if (text.trim() === '')
    return { ok: false, message: `${PASTE_LABEL} is empty: paste an article's text first` };
  const check = checkArticleBytes(PASTE_LABEL, new TextEncoder().encode(text));
  if (!check.ok) return check;
  const headline = check.text.trim().split('\n')[0].slice(0, 48);
  const base = `pasted-${slugify(headline)}`;
  let file = `${base}.txt`;
  for (let n = 2; takenIds.has(documentId(file)); n++) file = `${base}-${n}.txt`;
  return { ok: true, article: { file, text: check.text, date, addedAt } };
}

/**
 * The size check, before a file is read whole.
 * @example checkFileSize('big.txt', 6e6) // -> 'big.txt is too large (5.7 MB; the limit is 5.0 MB)'
 */
export function checkFileSize(name: string, size: number): string | null {
  return tooLargeMessage(name, size);
}

/**
 * An article from a chosen or dropped file.
 * @example prepareFile('a.pdf', bytes, ids, now, null) // -> { ok: false, message: 'a.pdf is not a .txt file...' }
 */
export function prepareFile(
  name: string,
  bytes: Uint8Array,
  takenIds: ReadonlySet<string>,
  addedAt: string,
  date: string | null,
): Prepared {
  if (!/\.txt$/i.test(name))
    return { ok: false, message: `${name} is not a .txt file: save the article as plain text` };
  const foreign = foreignText(name, bytes);
  if (foreign) return { ok: false, message: foreign };
  const check = checkArticleBytes(name, bytes);
  if (!check.ok) return check;
  if (takenIds.has(documentId(name)))
    return {
      ok: false,
      message: `${name} is already among the sources: remove it first, or rename the file`,
    };
  return { ok: true, article: { file: name, text: check.text, date, addedAt } };
}
