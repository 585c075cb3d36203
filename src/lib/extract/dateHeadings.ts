/**
 * Date headings of a timeline-shaped article ("WEDNESDAY 25.12", "Friday, June 23", "Day 3:
 * 14 March"): a paragraph that is a date and nothing else dates the undated sentences under it,
 * until the next heading. Only where the article has two or more such headings (a timeline), so a
 * lone date line (a "Published" line the cleaner kept) never dates the whole body.
 */
import { findDates, type DateMention, type PartialDate } from './dates.ts';
import type { Sentence } from './types.ts';

/** What a heading may hold besides its date: a day count, separators. */
const HEADING_REST = /^[\s,:.|•·–—-]*(?:day\s+\d{1,3})?[\s,:.|•·–—-]*$/i;
/** A date leading a paragraph, then a colon or dash: "June 10: ", "25 Dec — ". */
const LEAD = /^[\s•*-]*([^:—–]{3,32}?)\s*(?::|\s[—–-])\s/;
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
  const heading = sentences.map((s, i): DateMention | 'other' | null => {
    if (!alone(i) || s.text.trim().length > MAX_HEADING) return null;
    if (dateline && s.start < dateline.end && dateline.start < s.end) return null;
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
  if (heading.filter((h) => h && h !== 'other').length >= 2) {
    let current: DateMention | null = null;
    heading.forEach((h, i) => {
      if (h === 'other') current = null;
      else if (h) {
        current = h;
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
