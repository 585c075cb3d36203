/**
 * Tokens with offsets: words (letters, marks and digits, with inner apostrophes), a possessive
 * "'s" of its own, and single punctuation marks. One left-to-right pass with a pattern that
 * cannot backtrack, so any input tokenises in linear time.
 */

export interface Token {
  /** Offsets into the text the tokens were read from. */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals ("NATO", "KIHARA"). */
  upper: boolean;
  /** Whitespace stands before it (false for "-" in "Japan-India" and for "'s"). */
  spaced: boolean;
}

// A word is letters/marks/digits with inner ' or ’ followed by letters (O'Brien), never two
// separators in a row: each loop iteration consumes a separator and at least one letter.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|\S/gu;
const CAP = /^\p{Lu}/u;
const UPPER = /^[\p{Lu}\p{M}]{2,}$/u;
const WORD = /^[\p{L}\p{M}\p{N}]/u;

/**
 * Splits `text` (or the part of it in [from, to)) into tokens with absolute offsets.
 * @example tokenize("China's navy").map((t) => t.text) // -> ['China', "'s", 'navy']
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const start = from + m.index;
    const spaced = m.index === 0 ? true : /\s/.test(slice[m.index - 1]);
    // "China's" -> "China" + "'s"; "Philippines’" (plural possessive) keeps its apostrophe off.
    const apostrophe = t.length > 2 && t.endsWith('s') ? t[t.length - 2] : '';
    if ((apostrophe === "'" || apostrophe === '’') && WORD.test(t)) {
      const owner = t.slice(0, -2);
      out.push(make(owner, start, spaced));
      out.push(make(t.slice(-2), start + owner.length, false));
      continue;
    }
    out.push(make(t, start, spaced));
  }
  return out;
}

function make(text: string, start: number, spaced: boolean): Token {
  const word = WORD.test(text);
  return {
    start,
    end: start + text.length,
    text,
    lower: text.toLowerCase(),
    word,
    cap: word && CAP.test(text),
    upper: word && UPPER.test(text),
    spaced,
  };
}

/** The token texts of a phrase, as the trie stores it ("Self-Defense" -> Self, -, Defense). */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.text);
}
