/**
 * The article's own date, from the page: a wire dateline ("ANKARA, March 16, 2024 (Reuters) -",
 * "Brussels, 04.07.2024 —"), a "Published/Updated/Last Updated" line, a press-release header,
 * or, failing those, a dated photo caption. Only a date with its year counts: "TOKYO, March 16"
 * alone gives no year, and none is guessed.
 */
import { findDates, parsePartialDate, type PartialDate } from './dates.ts';
import type { Span } from './types.ts';

/** How many lines from the top a dateline or "Published" line may stand on. */
const HEAD_LINES = 6;
/** How far into a line a dateline's date may start. */
const DATELINE_REACH = 70;
/** A line shorter than this, not ending as a sentence ends, is a heading or a stamp. */
const SHORT_LINE = 120;
const STAMP =
  /\b(?:published|updated|posted|last updated|first published|issued|date|dated|statement|press release|communiqu[eé])\b/i;
/** A photo caption: its date is the day the picture (and usually the story) was taken. */
const CAPTION =
  /\b(?:Photo|Image|Picture|Credit)\s*:|\((?:Photo|Image)\b|\b(?:AFP|Reuters|Getty Images|AP Photo|EPA)\s*$/;
/** Before a dateline's date: a place in capitals or a city and country, then a comma. */
const PLACE_BEFORE = /^[\p{Lu}][\p{L}.'’/-]*(?:[\s,]+(?:\(?[\p{Lu}][\p{L}.'’/-]*\)?))*[\s,(—–-]*$/u;

export interface ArticleDate {
  date: PartialDate;
  span: Span;
}

/**
 * Finds the article's date among its first lines, then its captions.
 * @example findArticleDate('ANKARA, March 16, 2024 (Reuters) - Turkey ...', lines)?.date // -> { year: 2024, month: 3, day: 16 }
 */
export function findArticleDate(
  text: string,
  lines: Span[],
  boilerplate: Span[],
): ArticleDate | null {
  const head = lines.slice(0, HEAD_LINES);
  for (const line of head) {
    const part = text.slice(line.start, Math.min(line.end, line.start + 300));
    const whole = text.slice(line.start, line.end);
    // A paragraph of prose with no stamp word or caption can only open with a dateline: its
    // first characters are all there is to read.
    const prose = line.end - line.start >= SHORT_LINE && !STAMP.test(part) && !CAPTION.test(whole);
    const cut = prose ? part.indexOf(' ', DATELINE_REACH + 40) : -1;
    const read = cut < 0 ? part : part.slice(0, cut);
    if (!/(?:19|20)\d{2}/.test(read)) continue; // only a date with its year counts
    for (const d of findDates(read, null, 'past')) {
      if (!d.date || d.precision === 'year' || !/\b(?:19|20)\d{2}\b/.test(d.text)) continue;
      const before = part.slice(0, d.start);
      const stamp = STAMP.test(before) || STAMP.test(part.slice(0, 40));
      const dateline =
        d.start < DATELINE_REACH && (before.trim() === '' || PLACE_BEFORE.test(before));
      // A short line that is not a sentence: "Tuesday 19 December 2023 08:40 GMT".
      const shortLine =
        line.end - line.start < SHORT_LINE &&
        d.start < 80 &&
        !/[.!?]["”’]?$/.test(text.slice(line.start, line.end));
      const caption = d.precision === 'day' && CAPTION.test(whole);
      if (!(stamp || dateline || shortLine || caption)) continue;
      const date = parsePartialDate(d.date);
      if (date) return { date, span: { start: line.start + d.start, end: line.start + d.end } };
    }
  }
  for (const line of boilerplate) {
    const part = text.slice(line.start, Math.min(line.end, line.start + 300));
    const d = findDates(part, null, 'past').find((x) => x.precision === 'day');
    const date = d?.date ? parsePartialDate(d.date) : null;
    if (d && date) return { date, span: { start: line.start + d.start, end: line.start + d.end } };
  }
  return null;
}
