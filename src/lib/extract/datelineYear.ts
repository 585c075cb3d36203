/**
 * The year of a wire dateline that gives none ("TBILISI, Aug 13 (Reuters) -"), worked out the
 * way a reader does: the article was written while the office-holders it names with their
 * titles held office ("Russian President Dmitry Medvedev", "U.S. President George W. Bush"; all
 * but one when they are three or more), not before the latest year it reports, and in a year
 * when the lead's weekday ("Somalia on Tuesday recalled ...") falls on the dateline's day (else
 * the day before). A year is given only when exactly one fits; otherwise the article stays
 * undated, as before.
 */
import type { ActorRegistry } from './actors.ts';
import { findDates, parsePartialDate, type PartialDate } from './dates.ts';
import { ENTRY_BY_KEY } from './lexicon/index.ts';
import type { Mention, Span } from './types.ts';

/** How many lines from the top a dateline may stand on. */
const HEAD_LINES = 6;
/**
 * A place in capitals or in one to three capitalised words (then, maybe, its country), then
 * the month and day: "TOKYO, March 16 (", "Tokyo, Japan, March 16". Not a headline that ends on
 * a date ("Maldives asks India to withdraw troops by March 15").
 */
const YEARLESS =
  /^\s*(?:[\p{Lu}][\p{Lu}.'’ /-]*|\p{Lu}[\p{Ll}.'’-]+(?:\s\p{Lu}[\p{Ll}.'’-]+){0,2})(?:,\s*[\p{Lu}][\p{L}.'’ -]*)?[,\s]+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b(?![,\s]*\d{4})/u;

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
    // "U.S. President Joe Biden": the roles the title names, not his years as vice president;
    // a title that names none of them ("RSF commander" for a listed council member) tells
    // nothing about the date.
    // "Defense Minister" names the list's "Defence Minister": one office in either spelling.
    const spell = (x: string) => x.toLowerCase().replace(/defense/g, 'defence');
    const title = spell(text.slice(m.title.start, m.title.end));
    const named = entry.roles.filter((r) => title.includes(spell(r.role)));
    if (named.length) terms.push(named.map((r) => [r.from, r.to ?? '9999-12-31']));
  }
  let latest = 0;
  for (const m of text.matchAll(/\b(?:19|20)\d{2}\b/g)) {
    const y = Number(m[0]);
    if (y <= LIST_YEAR) latest = Math.max(latest, y);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  // Each year by how many of the titled people held a listed office then; one may hold an
  // office the list does not know (a rebel leader the list has only as a later president).
  const held = new Map<number, number>();
  for (let y = Math.max(latest, 1990); y <= LIST_YEAR; y++) {
    const day = `${y}-${pad(dateline.month)}-${pad(dateline.day)}`;
    const inTerm = (t: [string, string]) => t[0].slice(0, 7) <= day.slice(0, 7) && day <= t[1];
    held.set(y, terms.filter((person) => person.some(inTerm)).length);
  }
  const most = Math.max(0, ...held.values());
  const enough = terms.length <= 2 ? terms.length : terms.length - 1;
  const fitting = [...held].filter(([, n]) => n === most && n >= enough).map(([y]) => y);
  // "(c) Harbour Wire 2025. All rights reserved.": the year the story was published, where
  // the offices named allow it.
  const copyright = copyrightYear(text);
  const fits = copyright !== null && fitting.includes(copyright) ? [copyright] : fitting;
  // "ADDIS ABABA, Jan 2 (Reuters) - Somalia on Tuesday recalled ...": the lead's weekday is the
  // dateline's day, else the day before it; either leaves few years of the list's span.
  const lead = WEEKDAY.exec(text.slice(dateline.span.end, dateline.span.end + LEAD_CHARS));
  if (terms.length === 0 && !lead && fits.length !== 1) return null;
  const named = lead ? WEEKDAYS.indexOf(lead[1].toLowerCase()) : -1;
  const dow = (y: number) => new Date(Date.UTC(y, dateline.month - 1, dateline.day)).getUTCDay();
  const sameDay = fits.filter((y) => dow(y) === named);
  const dayAfter = fits.filter((y) => dow(y) === (named + 1) % 7);
  const year = !lead
    ? fits.length === 1
      ? fits[0]
      : null
    : sameDay.length === 1
      ? sameDay[0]
      : sameDay.length === 0 && dayAfter.length === 1
        ? dayAfter[0]
        : null;
  if (year === null) return null;
  const offices =
    most === terms.length
      ? 'the office-holders it names with their titles all held office'
      : `${most} of the ${terms.length} office-holders it names with their titles held office`;
  const why = [
    terms.length ? offices : '',
    year === copyright ? `its copyright line names ${copyright}` : '',
    lead
      ? `its first paragraph's "${lead[0]}" falls on the dateline's day${dow(year) === named ? '' : ' or the day before'}`
      : '',
  ].filter(Boolean);
  return { year, why: why.join(' and ') };
}

/** A copyright line with a year: "(c) Harbour Wire 2025", "© 2023 Washington Ledger". */
const COPYRIGHT = /^[ \t[(]*(?:©|\([cC]\)|Copyright\b)[^\n]{0,80}$/gmu;

/** The year of the text's copyright line (the last year of a range), or null. */
export function copyrightYear(text: string): number | null {
  let year: number | null = null;
  for (const line of text.matchAll(COPYRIGHT)) {
    const years = line[0].match(/\b(?:19|20)\d{2}\b/g);
    if (years) year = Number(years[years.length - 1]);
  }
  return year;
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
