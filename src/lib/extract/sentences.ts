/**
 * Splits article paragraphs into sentences, keeping offsets into the original text.
 */
import type { Sentence, Span } from './types.ts';

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cmdr adm rear vice sgt rep sen gov st no vs etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e u.s u.k u.n a.m p.m'
  ).split(' '),
);

/** A candidate sentence end: terminal punctuation, closing quotes, then space and an opener. */
const BOUNDARY = /[.!?]+["”’')\]]*(?=\s+["“‘(]?[A-Z0-9])/g;

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
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
    BOUNDARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BOUNDARY.exec(body)) !== null) {
      if (m[0][0] === '.' && endsWithAbbreviation(body, m.index)) continue;
      const end = m.index + m[0].length;
      push(out, text, para.start + start, para.start + end, paragraph);
      start = end;
      while (start < body.length && /\s/.test(body[start])) start++;
    }
    push(out, text, para.start + start, para.end, paragraph);
  });
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number) {
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
