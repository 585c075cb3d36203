/**
 * The year of a wire dateline that gives none ("TBILISI, Aug 13 (Reuters) -"), worked out the
 * way a reader does: the article was written while the office-holders it names with their
 * titles held office ("Russian President Dmitry Medvedev", "U.S. President George W. Bush"), not
 * before the latest year it reports, and in a year when the lead's weekday ("Somalia on Tuesday
 * recalled ...") falls on the dateline's day or the day before. A year is given only when
 * exactly one fits; otherwise the article stays undated, as before.
 */
import type { ActorRegistry } from './actors.ts';
import { findDates, parsePartialDate, type PartialDate } from './dates.ts';
import { ENTRY_BY_KEY } from './lexicon/index.ts';
import type { Mention, Span } from './types.ts';

/** How many lines from the top a dateline may stand on. */
const HEAD_LINES = 6;
/** A place in capitals (or City, Country), then the month and day: "TOKYO, March 16 (". */
const YEARLESS =
  /^\s*[\p{Lu}][\p{Lu}\p{L}.'’ /-]*(?:,\s*[\p{Lu}][\p{L}.'’ -]*)?[,\s]+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b(?![,\s]*\d{4})/u;

/** The last year the office-holder list knows: no later year is guessed (and no clock read). */
const LIST_YEAR = Math.max(
  ...[...ENTRY_BY_KEY.values()].flatMap((e) => e.roles.map((r) => Number(r.from.slice(0, 4)))),
);

export interface YearlessDateline {
  month: number;
  day: number;
  span: Span;
}

/** A month-day dateline without its year among the first lines, or null. */
export function findYearlessDateline(text: string, lines: Span[]): YearlessDateline | null {
  for (const line of lines.slice(0, HEAD_LINES)) {
    const part = text.slice(line.start, Math.min(line.end, line.start + 120));
    const m = YEARLESS.exec(part);
    if (!m) continue;
    const d = findDates(m[1], { year: 2000, month: 6, day: 15 }, 'past')[0];
    const date = d?.date ? parsePartialDate(d.date) : null;
    if (!date || date.month === undefined || date.day === undefined) continue;
    const start = line.start + m.index + m[0].indexOf(m[1]);
    return { month: date.month, day: date.day, span: { start, end: start + m[1].length } };
  }
  return null;
}

/**
 * The one year in which the dateline's month-day falls inside every titled office-holder's
 * term and not before the latest year the text names; null when none or several fit.
 * @example inferYear(dl, mentions, reg, text).year // -> 2008 (Medvedev and Bush both in office)
 */
export function inferYear(
  dateline: YearlessDateline,
  mentions: Mention[],
  reg: ActorRegistry,
  text: string,
): { year: number; why: string } | null {
  // Each titled, listed person: the spans of their terms, as [from, to] ISO days.
  const terms: [string, string][][] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!m.title || seen.has(m.actorKey)) continue;
    seen.add(m.actorKey);
    const entry = ENTRY_BY_KEY.get(m.actorKey);
    if (!entry || reg.get(m.actorKey).kind !== 'person' || entry.roles.length === 0) continue;
    terms.push(entry.roles.map((r) => [r.from, r.to ?? '9999-12-31']));
  }
  let latest = 0;
  for (const m of text.matchAll(/\b(?:19|20)\d{2}\b/g)) {
    const y = Number(m[0]);
    if (y <= LIST_YEAR) latest = Math.max(latest, y);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const fits: number[] = [];
  for (let y = Math.max(latest, 1990); y <= LIST_YEAR; y++) {
    const day = `${y}-${pad(dateline.month)}-${pad(dateline.day)}`;
    const inTerm = (t: [string, string]) => t[0].slice(0, 7) <= day.slice(0, 7) && day <= t[1];
    if (terms.every((person) => person.some(inTerm))) fits.push(y);
  }
  // "ADDIS ABABA, Jan 2 (Reuters) - Somalia on Tuesday recalled ...": the lead's weekday is the
  // dateline's day or the day before it, which leaves few years of the list's span.
  const lead = WEEKDAY.exec(text.slice(dateline.span.end, dateline.span.end + LEAD_CHARS));
  const byWeekday = lead
    ? fits.filter((y) => {
        const dow = new Date(Date.UTC(y, dateline.month - 1, dateline.day)).getUTCDay();
        const named = WEEKDAYS.indexOf(lead[1].toLowerCase());
        return dow === named || dow === (named + 1) % 7;
      })
    : fits;
  if (terms.length === 0 && !lead) return null;
  if (byWeekday.length !== 1) return null;
  const why = [
    terms.length ? 'the office-holders it names with their titles all held office' : '',
    lead ? `its first paragraph's "${lead[0]}" falls on the dateline's day or the day before` : '',
  ].filter(Boolean);
  return { year: byWeekday[0], why: why.join(' and ') };
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday in the lead: "on Tuesday", "late on Monday". */
const WEEKDAY = /\bon\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
/** How far into the text the lead runs. */
const LEAD_CHARS = 400;

/** The dateline's date once its year is known. */
export function withYear(d: YearlessDateline, year: number): PartialDate {
  return { year, month: d.month, day: d.day };
}
