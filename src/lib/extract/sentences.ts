/**
 * Splits article paragraphs into sentences, keeping offsets into the original text. One scan
 * per paragraph with no pattern that can backtrack: a run of "?!..." is read once, and a
 * sentence longer than MAX_SENTENCE is cut at a space, so later rules work on bounded windows.
 */
import type { Sentence, Span } from './types.ts';

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cmdr adm rear vice sgt rep sen gov st no vs etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e u.s u.k u.n a.m p.m jr sr brig ft mt'
  ).split(' '),
);

/** The longest sentence passed on whole; longer ones are cut at the last space before it. */
export const MAX_SENTENCE = 1000;

const TERMINAL = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);
const OPENERS = new Set(['"', '“', '‘', '(', "'"]);
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const opensSentence = (c: string | undefined) => c !== undefined && /[\p{Lu}\p{N}]/u.test(c);

function endsWithAbbreviation(body: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 12 && /[A-Za-z.]/.test(body[i - 1])) i--;
  const word = body.slice(i, dot);
  if (word.length === 1 && /[A-Z]/.test(word)) return true; // an initial: "S. Jaishankar"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits each paragraph span of `text` into sentences.
 * @example splitSentences('A b. C d.', [{start: 0, end: 9}]).map((s) => s.text) // -> ['A b.', 'C d.']
 */
export function splitSentences(text: string, paragraphs: Span[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((para, paragraph) => {
    const body = text.slice(para.start, para.end);
    let start = 0;
    let i = 0;
    while (i < body.length) {
      if (!TERMINAL.has(body[i])) {
        if (i - start >= MAX_SENTENCE) {
          start = cutLong(out, text, body, para.start, start, i, paragraph);
        }
        i++;
        continue;
      }
      const first = i;
      while (i < body.length && TERMINAL.has(body[i])) i++;
      while (i < body.length && CLOSERS.has(body[i])) i++;
      const end = i;
      let j = i;
      while (j < body.length && isSpace(body[j])) j++;
      if (j === i || j >= body.length) continue;
      const next = OPENERS.has(body[j]) ? body[j + 1] : body[j];
      if (!opensSentence(next)) continue;
      if (body[first] === '.' && end - first === 1 && endsWithAbbreviation(body, first)) continue;
      push(out, text, para.start + start, para.start + end, paragraph);
      start = j;
      i = j;
    }
    push(out, text, para.start + start, para.end, paragraph);
  });
  return out;
}

/** Ends an over-long sentence at the last space before `at`; returns where the next starts. */
function cutLong(
  out: Sentence[],
  text: string,
  body: string,
  base: number,
  start: number,
  at: number,
  paragraph: number,
): number {
  let cut = at;
  while (cut > start + MAX_SENTENCE / 2 && !isSpace(body[cut])) cut--;
  if (!isSpace(body[cut])) cut = at;
  push(out, text, base + start, base + cut, paragraph);
  while (cut < body.length && isSpace(body[cut])) cut++;
  return cut;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number) {
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start])) start++;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
