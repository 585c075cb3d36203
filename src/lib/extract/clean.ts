/**
 * Separates article text from page boilerplate (comment prompts, "Related News" links, image
 * file names, forum statistics, navigation) without changing the text: it returns the offsets
 * of the lines to keep, so every later offset still points into the original file text.
 */
import type { Span } from './types.ts';

/** A line that starts a page footer: everything from it to the end is boilerplate. */
const FOOTER_START = [
  /^(leave (the first|a) comment|\d+ comments?|comments?|read more|you may also like|forum statistics|share this( article| story)?|related|related coverage|related content|most read|most popular|more on this story|more stories|read also|see also|recommended|trending|comments are closed.*|sign up for our newsletter.*)\W*$/i,
  // "Related News" is often glued to the first related headline: "Related NewsJapan, ..."
  /^[Rr]elated ([Nn]ews|[Aa]rticles|[Ss]tories|[Pp]osts)(?![a-z])/,
];

/** A line that is boilerplate on its own, wherever it stands. */
const BOILERPLATE_LINE = [
  /^\S+\.(webp|jpe?g|png|gif|svg|avif|bmp)$/i, // an image file name
  /^[\d.,\s]+$/, // a bare number (forum counts such as "3,386")
  /^(back|top|back to top|share|tweet|print|email|advertisement|menu|home|reply|log ?in|register|threads|messages|members|latest member|subscribe|sign up|loading\W*)$/i,
  /^(image|photo|file photo|picture|credit|caption)s?( credit)?\s*[:|]/i,
  // Bylines and credits: "By Jane Doe", "Reporting by ...; Editing by ...", "Staff Writer".
  /^by\s+\p{Lu}[^.!?]{0,100}$/iu,
  /^\(?(reporting|editing|writing|additional reporting|compiled|edited|written) by\b/i,
  /^(staff (writer|reporter)s?|staff and agencies|agencies|staff reporter)$/i,
  // A desk's credit on its own line: "Maghreb Bureau", "Foreign Desk", "Our Correspondent".
  /^(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:bureau|desk|correspondents?)$/iu,
  /^(filed under|tags|topics|share on)\b/i,
  // A box of links: "Related Internet links: Israeli Defence Forces | Lebanese Government".
  /^(related|see also|more on this|more on|external)( [a-z]+){0,2}\s*:/i,
  /^(published|updated|last updated|posted|first published)\b.{0,80}$/i,
  // A page's note on itself: "Update, Sept. 11: This article has been updated ...".
  /^(update|updated|correction|clarification|editor['’]?s note)\b[^:]{0,30}:/i,
  // An author's or a press office's line: "Author: Dr. Jane Doe, Senior Fellow", "Senior
  // Adviser Jane Doe, tel. +358 295 000 000", "Press contact: press@example.org".
  /^(authors?|contacts?|media contacts?|press contacts?|press enquiries|enquiries|inquiries)\s*:/i,
  /^.{0,120}(?:\btel\.?|\btelephone|\bphone|\bmobile)\s*[:.]?\s*\+?\d[\d\s()/-]{6,}.{0,40}$/i,
  /^.{0,120}\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.{0,40}$/,
];

export interface CleanResult {
  /** The lines of article text, in order, as offsets into the original text. */
  paragraphs: Span[];
  /** The lines ignored as boilerplate. */
  boilerplate: Span[];
}

function lines(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length - m[1].length;
    out.push({ start: m.index, end });
    if (m[1] === '') break;
  }
  return out;
}

/** Trims a span to its non-blank characters. */
function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Splits a document into article paragraphs and boilerplate lines.
 * @example cleanText('Title\n\nBody.\nBack\nTop').boilerplate.length // -> 2
 */
export function cleanText(text: string): CleanResult {
  const paragraphs: Span[] = [];
  const boilerplate: Span[] = [];
  let inFooter = false;
  const all = lines(text)
    .map((raw) => trim(text, raw))
    .filter((span) => span.end > span.start);
  // A footer is only a footer when no paragraph of prose follows it ("Share this article"
  // under the byline is page furniture, not the end of the article).
  const proseAfter = new Uint8Array(all.length + 1);
  for (let k = all.length - 1; k >= 0; k--) {
    const line = text.slice(all[k].start, all[k].end);
    proseAfter[k] = proseAfter[k + 1] || (line.length > 160 && /[.!?]["”’]?$/.test(line) ? 1 : 0);
  }
  for (let k = 0; k < all.length; k++) {
    const span = all[k];
    const line = text.slice(span.start, span.end);
    if (
      !inFooter &&
      paragraphs.length > 0 &&
      !proseAfter[k + 1] &&
      FOOTER_START.some((re) => re.test(line))
    )
      inFooter = true;
    if (inFooter || BOILERPLATE_LINE.some((re) => re.test(line))) boilerplate.push(span);
    else paragraphs.push(span);
  }
  return { paragraphs, boilerplate };
}
