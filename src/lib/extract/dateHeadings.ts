/**
 * Date headings of a timeline-shaped article ("WEDNESDAY 25.12", "Friday, June 23", "Day 3:
 * 14 March"): a paragraph that is a date and nothing else dates the undated sentences under it,
 * until the next heading. Only where the article has two or more such headings (a timeline), so a
 * lone date line (a "Published" line the cleaner kept) never dates the whole body. A live page's
 * time stamps ("18:40 IST") are headings too: each dates its entry with the day above it, else
 * with the page's own day; a short line right after a heading is its entry's title, not the
 * end of the section.
 */
import { findDates, formatPartialDate, type DateMention, type PartialDate } from './dates.ts';
import type { Sentence } from './types.ts';

/** What a heading may hold besides its date: a day count, separators. */
const HEADING_REST = /^[\s,:.|•·–—-]*(?:day\s+\d{1,3})?[\s,:.|•·–—-]*$/i;
/** A date leading a paragraph, then a colon or dash: "June 10: ", "25 Dec — ". */
const LEAD = /^[\s•*-]*([^:—–]{3,32}?)\s*(?::|\s[—–-])\s/;
/** A live page's time stamp alone on its line: "18:40 IST", "10.45am", "9:05 p.m. GMT". */
const TIME_LINE =
  /^\s*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?\s*$/i;
/** Longer than this, a paragraph is prose, not a heading. */
const MAX_HEADING = 48;

/**
 * For each sentence, the heading date it falls under (null before the first heading, after a
 * heading that is not a date), and which sentences are the headings themselves.
 * @example dateHeadings(sentences, anchor, null).under[4]?.date // -> '2024-12-25'
 */
export function dateHeadings(
  sentences: Sentence[],
  anchor: PartialDate | null,
  dateline: { start: number; end: number } | null,
): { under: (DateMention | null)[]; headings: Set<number> } {
  const alone = (i: number) =>
    sentences[i - 1]?.paragraph !== sentences[i].paragraph &&
    sentences[i + 1]?.paragraph !== sentences[i].paragraph;
  const heading = sentences.map((s, i): DateMention | 'time' | 'other' | null => {
    if (!alone(i) || s.text.trim().length > MAX_HEADING) return null;
    if (dateline && s.start < dateline.end && dateline.start < s.end) return null;
    if (TIME_LINE.test(s.text)) return 'time';
    const found = findDates(s.text, anchor, 'past');
    const d = found.length === 1 ? found[0] : null;
    if (
      d?.date &&
      d.precision !== 'year' &&
      HEADING_REST.test(s.text.slice(0, d.start) + s.text.slice(d.end))
    )
      return { ...d, start: d.start + s.start, end: d.end + s.start };
    // A short line without a final stop ("Reactions", "What comes next") ends a dated section.
    return /[.!?"”]$/.test(s.text.trim()) ? null : 'other';
  });
  const under: (DateMention | null)[] = sentences.map(() => null);
  const headings = new Set<number>();
  const page = anchor?.day !== undefined ? anchor : null;
  if (heading.filter((h) => h && h !== 'other' && (h !== 'time' || page)).length >= 2) {
    let current: DateMention | null = null;
    let day: DateMention | null = null;
    heading.forEach((h, i) => {
      const s = sentences[i];
      if (h === 'other' && headings.has(i - 1))
        under[i] = current; // an entry's title
      else if (h === 'other') current = day = null;
      else if (h === 'time') {
        // A live page's time stamp ("18:40 IST"): its entry happened on the day heading above
        // it, else on the page's own day.
        current = day ?? (page && { ...pageDay(page), start: s.start, end: s.end, text: s.text });
        headings.add(i);
      } else if (h) {
        current = day = h;
        headings.add(i);
      } else under[i] = current;
    });
  }
  // "June 10: The ministry orders ... Prigozhin refuses.": a paragraph led by a date dates its
  // later sentences too.
  let lead: DateMention | null = null;
  sentences.forEach((s, i) => {
    if (sentences[i - 1]?.paragraph !== s.paragraph) {
      lead = null;
      const m = LEAD.exec(s.text);
      const d = m ? findDates(m[1], anchor, 'past') : [];
      if (d.length === 1 && d[0].date && d[0].end === m![1].trimEnd().length)
        lead = { ...d[0], start: d[0].start + s.start, end: d[0].end + s.start };
    } else if (lead) under[i] = lead;
  });
  return { under, headings };
}

/** The page's own day as a date a time stamp gives its entry. */
function pageDay(page: PartialDate): Omit<DateMention, 'start' | 'end' | 'text'> {
  return { date: formatPartialDate(page), precision: 'day', qualifier: 'at' };
}
