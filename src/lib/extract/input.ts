/**
 * Checks the bytes of an article file before extraction: empty, too large, binary or not UTF-8
 * files get a message that names the file and what is wrong. Runs in Node and in the browser.
 */

/** Articles larger than this are refused: a news article is a few kB. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const MAGIC: [string, number[]][] = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a WebP image', [0x52, 0x49, 0x46, 0x46]],
];

export type ArticleCheck = { ok: true; text: string } | { ok: false; message: string };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The message for a file over the size limit (checked before reading it whole). */
export function tooLargeMessage(file: string, size: number): string | null {
  return size > MAX_ARTICLE_BYTES
    ? `${file} is too large (${mb(size)}; the limit is ${mb(MAX_ARTICLE_BYTES)})`
    : null;
}

/**
 * Decodes an article file, or says why it cannot be read as one.
 * @example checkArticleBytes('a.txt', new Uint8Array()) // -> { ok: false, message: 'a.txt is empty' }
 */
export function checkArticleBytes(file: string, bytes: Uint8Array): ArticleCheck {
  if (bytes.length === 0) return { ok: false, message: `${file} is empty` };
  const tooLarge = tooLargeMessage(file, bytes.length);
  if (tooLarge) return { ok: false, message: tooLarge };
  for (const [what, sig] of MAGIC) {
    if (sig.every((b, i) => bytes[i] === b)) {
      return { ok: false, message: `${file} is not a text article: it looks like ${what}` };
    }
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return {
      ok: false,
      message: `${file} is not a text article: it contains binary data (NUL bytes)`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: `${file} is not valid UTF-8 text: save it as UTF-8 and add it again`,
    };
  }
  if (text.trim() === '') return { ok: false, message: `${file} has no text (only blank space)` };
  // Control characters other than tab and line breaks mark a binary file saved as .txt.
  // eslint-disable-next-line no-control-regex
  const control = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > 16 && control > text.length / 100) {
    return {
      ok: false,
      message: `${file} is not a text article: it is full of control characters`,
    };
  }
  return { ok: true, text };
}
