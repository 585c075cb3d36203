/**
 * Dates in a sentence, normalised to ISO 8601 at the precision the text gives. chrono-node reads
 * the explicit and relative forms; the rules here add what it lacks for news: bare years
 * ("in 2008", "since 2014", "mid-2020"), numeric day-first dates (30.05.2024), decades (kept as
 * words), the year of a month-day from the article's date, and the direction of a bare weekday
 * from the tense around it. Relative dates need the article's date; without it they stay
 * undated with their words. Nothing is ever given a day or month the text does not state.
 */
import * as chrono from 'chrono-node';
import type { Precision } from '../model/vocabulary.ts';

/** A date known to the year, month or day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export interface DateMention {
  /** Offsets within the text searched. */
  start: number;
  end: number;
  /** The words that gave the date, qualifier included ("since 2018", "in June 2020"). */
  text: string;
  date: string | null;
  precision: Precision | null;
  /**
   * How the date relates to the event: at it, since it (ongoing), by it (deadline), vague,
   * or `previous` ("the first since September 2022": an earlier instance's date).
   */
  qualifier: 'at' | 'since' | 'by' | 'vague' | 'previous';
  /** A year naming a thing ("the 2008 Joint Declaration", "the 1951 treaty"). */
  attributive?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatPartialDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/**
 * Reads an ISO 8601 string ("2024", "2024-08", "2024-08-20") into a partial date.
 * @example parsePartialDate('2024-08') // -> { year: 2024, month: 8 }
 */
export function parsePartialDate(iso: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const d: PartialDate = { year: Number(m[1]) };
  if (m[2]) d.month = Number(m[2]);
  if (m[3]) d.day = Number(m[3]);
  if ((d.month ?? 1) < 1 || (d.month ?? 1) > 12 || (d.day ?? 1) < 1 || (d.day ?? 1) > 31)
    return null;
  if (d.day !== undefined && d.month !== undefined) {
    const real = new Date(Date.UTC(d.year, d.month - 1, d.day));
    if (real.getUTCMonth() !== d.month - 1) return null; // 2024-02-30
  }
  return d;
}

export const precisionOf = (d: PartialDate): Precision =>
  d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';

const RANK: Record<Precision, number> = { year: 1, month: 2, day: 3 };

/**
 * chrono-node's English casual parser without what news dates never need here: clock times
 * and time zones, and the numeric forms the rules below read day-first. A third of the work.
 */
const UNUSED_PARSERS = new Set([
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENSlashMonthFormatParser',
  'ENYearMonthDayParser',
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENTimeUnitWithinFormatParser',
]);
const UNUSED_REFINERS = new Set([
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
  'ENMergeDateTimeRefiner',
  'ForwardDateRefiner',
]);
const casual = chrono.en.configuration.createCasualConfiguration(false);
const newsChrono = new chrono.Chrono({
  parsers: casual.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name)),
  refiners: casual.refiners.filter((r) => !UNUSED_REFINERS.has(r.constructor.name)),
});

/** Where to look for a date: digits, month and weekday names, relative words. */
const MONTH =
  '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Za-z]*\\.?';
/**
 * Where to look for a date: a month name beside a number or after a preposition ("5 March",
 * "March 5", "in early March"; "may" the verb is no cue), a weekday, a relative expression.
 */
const CUE = new RegExp(
  [
    `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`,
    `\\b${MONTH}\\s+\\d`,
    `\\b(?:[Ii]n|[Ee]arly|[Mm]id|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Dd]uring|[Oo]n|[Bb]efore|[Aa]fter)[\\s-]+(?:early\\s+|mid-|late\\s+)?${MONTH}\\b`,
    '\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b',
    '\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|ago)\\b',
    '\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Pp]revious|[Ee]arlier|[Ll]ater)\\s+(?:this\\s+)?(?:week|month|year|weekend|quarter)\\b',
  ].join('|'),
  'g',
);
/** Characters around a cue handed to chrono: a window, so a long sentence costs what it holds. */
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 40;

/** "early May", "mid-May", "late May". */
const PART_OF_MAY = /\b(early|mid|late)([-\s]+)(May)\b/g;
const PREVIOUS = /\bfirst (?:\w+ )?(since\s+(?:the\s+)?)$/i;
const QUALIFIER_WORD =
  /\b(since|from|by|before|until|till|in|on|at|during|of)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s])?$/i;
const SINCE = new Set(['since', 'from']);
const BY = new Set(['by', 'before', 'until', 'till']);

/** The word before a date that says how it relates to the event, and where it starts. */
function qualifierBefore(
  text: string,
  start: number,
): { q: DateMention['qualifier']; from: number } {
  const before = text.slice(Math.max(0, start - 28), start);
  const base = start - before.length;
  const prev = PREVIOUS.exec(before);
  if (prev) return { q: 'previous', from: base + prev.index + prev[0].length - prev[1].length };
  const m = QUALIFIER_WORD.exec(before);
  if (!m) return { q: 'at', from: start };
  const w = m[1].toLowerCase();
  return { q: SINCE.has(w) ? 'since' : BY.has(w) ? 'by' : 'at', from: base + m.index };
}

/** Which way a bare weekday or month points: the tense of the sentence decides. */
export type Direction = 'past' | 'future';

/** `a` before (< 0), at (0) or after (> 0) `b`, compared at the precision both give. */
function compareAtPrecision(a: PartialDate, b: PartialDate): number {
  const [x, y] = [formatPartialDate(a), formatPartialDate(b)];
  const n = Math.min(x.length, y.length);
  return x.slice(0, n).localeCompare(y.slice(0, n));
}

function shiftYearToTense(d: PartialDate, anchor: PartialDate, direction: Direction): PartialDate {
  const cmp = compareAtPrecision(d, anchor);
  if (direction === 'past' && cmp > 0) return { ...d, year: d.year - 1 };
  if (direction === 'future' && cmp < 0) return { ...d, year: d.year + 1 };
  return d;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function weekdayDate(anchor: PartialDate, text: string, direction: Direction): PartialDate | null {
  if (anchor.day === undefined || anchor.month === undefined) return null;
  const lower = text.toLowerCase();
  const target = WEEKDAYS.findIndex((w) => lower.includes(w));
  if (target < 0) return null;
  const base = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day));
  let delta = (target - base.getUTCDay() + 7) % 7; // 0..6 days ahead
  if (/\bnext\b|\bcoming\b/.test(lower)) delta = delta === 0 ? 7 : delta;
  else if (/\blast\b|\bpast\b|\bprevious\b/.test(lower)) delta = delta === 0 ? -7 : delta - 7;
  else if (direction === 'past' && delta > 0) delta -= 7;
  const d = new Date(base.getTime() + delta * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A number is a count, not a year, when a unit follows it ("2,052 members", "2000 troops"). */
const COUNT_AFTER =
  /^\s*(?:troops|soldiers|people|members|personnel|km|kilometres|kilometers|miles|tonnes|tons|metres|meters|feet|dollars|euros|vessels|ships|aircraft|missiles|drones|rounds|casualties|deaths|civilians|refugees|migrants|comments|views|words|hours|[%])/i;
/** A capitalised word right before a year, not a month or a preposition ("In 2023"). */
const NAME_BEFORE =
  /\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|In|Since|By|Until|Till|From|Before|After|During|Through|Throughout|Of|For|To|And|Or|Around|About|Circa|Early|Late|Mid|Spring|Summer|Autumn|Fall|Winter|The|Between)\b)\p{Lu}[\p{L}-]+\s$/u;
const BARE_YEAR =
  /(?<![\d,.$£€¥/:-])\b((?:early|mid|late)[-\s])?((?:19|20)\d{2})\b(?![\d,/:]\d|\d|s\b|['’]s\b)/gi;
const DECADE = /\b(?:the\s+)?((?:early|mid|late)[-\s])?((?:19|20)\d0)['’]?s\b/gi;
const NUMERIC = /(?<![\d.\-/])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\d.\-/]\d)/g;
/**
 * Year first, then month and day, alone or before a clock time: "2025-08-28T14:20Z",
 * "2020-01-19 22:40", and as East Asian pages write it, "2022/12/16 19:40 JST", "2024.05.01".
 */
const ISO_DAY = /(?<![\d.\-/])((?:19|20)\d{2})([-/.])(\d{2})\2(\d{2})(?![\d/]|[-.]\d)/g;
/** A spaced dash before what cannot end a range (not a number, not a month): a dateline's end. */
const DATELINE_DASH = new RegExp(`\\s[-–—]\\s(?!\\s*(?:\\d|${MONTH}))`, 'g');
/** A weekday, then day and month with no year: "WEDNESDAY 25.12", "Fri, 27/12". */
const WEEKDAY_DAY_MONTH =
  /\b(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?\s+(\d{1,2})[./](\d{1,2})\b\.?(?![./]?\d)/gi;
const YEAR_END =
  /\b(?:by|before|until|in)?\s*(?:the\s+)?(?:year['’]s end|end of (?:the|this) year)\b/gi;
const VAGUE = /\b(recently|lately|in recent (?:years|months|weeks)|recent)\b/gi;
/** After a year, a word that makes it name a thing: "the 2008 Joint Declaration", "1951 treaty". */
const ATTRIBUTIVE_AFTER =
  /^\s*["“']?(?:[A-Z]|(?:treaty|accord|agreement|declaration|deal|pact|armistice|memorandum|resolution|war|ceasefire|truce|protocol|convention|charter|referendum|elections?|summit|law|act)\b)/;

const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Dates a narrative counts from its last date: see narrativeDate. */
const NARRATIVE = new RegExp(
  [
    '\\b(?:the\\s+)?(next|following|previous|preceding)\\s+(day|morning|evening|week|month|year)\\b',
    '\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(day|week|month|year)s?\\s+(later|afterwards?|earlier)\\b',
    '\\b(days|weeks|months)\\s+later\\b',
    // "the 25th": a day of the month named before; not "the 20th Party Congress", "the 21st
    // round" (an ordinal that counts the noun after it).
    '\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?!\\s+(?:[\\w\\u0027\\u2019-]+\\s+){0,4}?(?:round|session|meeting|summit|anniversary|century|edition|congress|plenum|plenary|dialogue|conference|division|brigade|fleet|corps|regiment|battalion)s?\\b)',
    '\\b(?:(later|earlier)\\s+)?(?:in\\s+|at\\s+the\\s+(end|start|beginning)\\s+of\\s+)?(that|the\\s+same)\\s+(year|month)\\b',
    '\\bthis\\s+week\\b',
    '\\b(?:that|the\\s+same|that\\s+same)\\s+(day|morning|afternoon|evening|night)\\b',
    '\\b(?:that|the\\s+same|that\\s+same)\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\b',
    '\\b(?:(?:a\\s+few|several|two|three|four|five|six|\\d{1,2})\\s+)?(hours|minutes|moments)\\s+(?:later|afterwards?)\\b',
  ].join('|'),
  'gi',
);
/** A word every NARRATIVE form holds: a sentence without one is not read for them. */
const NARRATIVE_UNIT =
  /day|morning|evening|afternoon|night|week|month|year|later|afterward|\d|january|february|march|april|may|june|july|august|september|october|november|december/i;

// Not NARRATIVE itself: "next year" (no "the") counts from the article, as chrono reads it.
const NARRATIVE_WHOLE =
  /^(?:the\s+)?(?:(?:next|following)\s+(?:day|morning|evening)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+(?:later|afterwards?|earlier))$/i;
/** "that year", "the same year" (the sentence's year); "last/this/next year" (the article's). */
const WHICH_YEAR = /^,?\s+(?:of\s+)?(that|the same|last|this|next)\s+year\b/i;
const YEAR_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };
const THIS_PART_OF_DAY = /\bthis\s+(?:morning|afternoon|evening)\b/gi;
/** Days named by their holiday, on a fixed date: "on Christmas Day", "on New Year's Eve". */
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  'boxing day': [12, 26],
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
};
const HOLIDAY =
  /\b(Christmas (?:Eve|Day)|Boxing Day|New Year['’]s (?:Eve|Day))(?:,?\s+((?:19|20)\d{2})\b)?/g;
/** A count of time units: "three days", "after 10 weeks". */
const COUNTED_UNITS =
  /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:days?|weeks?|months?|years?)\s*$/i;

function addTo(d: PartialDate, unit: string, n: number): PartialDate {
  // "the following year", "two years later": the year, not the day counted from.
  if (unit === 'year') return { year: d.year + n };
  if (unit === 'month') {
    if (d.month === undefined) return d;
    const m = d.year * 12 + d.month - 1 + n;
    return { year: Math.floor(m / 12), month: (m % 12) + 1 };
  }
  if (d.month === undefined || d.day === undefined) return d;
  const t = new Date(
    Date.UTC(d.year, d.month - 1, d.day) + n * (unit === 'week' ? 7 : 1) * 86_400_000,
  );
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * A date counted from the narrative's last date `ref`: "the next day" (day after), "two weeks
 * later", "days later" (that month at best), "on the 14th" (the day in ref's month, or in the
 * month of a date right after: "from the 14th to the 16th of July"), "later that year", "this
 * week" (the article's month). Null when there is nothing to count from.
 */
function narrativeDate(
  m: RegExpMatchArray,
  ref: PartialDate | null,
  next: PartialDate | null,
  anchor: PartialDate | null,
): PartialDate | null {
  const w = m[0].toLowerCase();
  if (/^this\s+week$/.test(w))
    return anchor?.month !== undefined ? { year: anchor.year, month: anchor.month } : null;
  if (m[1]) {
    if (!ref) return null;
    const unit = m[2].toLowerCase().replace(/morning|evening/, 'day');
    const d = addTo(ref, unit, /^p/i.test(m[1]) ? -1 : 1);
    return unit === 'week' ? { year: d.year, month: d.month } : d;
  }
  if (m[3]) {
    if (!ref) return null;
    const n = COUNT_WORDS[m[3].toLowerCase()] ?? Number(m[3]);
    const unit = m[4].toLowerCase();
    return addTo(ref, unit, /earlier/i.test(m[5]) ? -n : n);
  }
  if (m[6]) {
    if (!ref) return null;
    return ref.month !== undefined ? { year: ref.year, month: ref.month } : { year: ref.year };
  }
  if (m[7]) {
    const base = next?.month !== undefined ? next : ref;
    if (!base || base.month === undefined) return null;
    return { year: base.year, month: base.month, day: Number(m[7]) };
  }
  // "the same day", "that night", "hours later"
  if (m[12] || m[14]) return ref?.day !== undefined ? ref : null;
  // "in March 2021 ... and hosted the summit that September": the month of the year named last.
  if (m[13]) return ref ? { year: ref.year, month: MONTHS.indexOf(m[13].toLowerCase()) + 1 } : null;
  if (m[10]) {
    if (!ref) return null;
    return m[11].toLowerCase() === 'month' && ref.month !== undefined
      ? { year: ref.year, month: ref.month }
      : { year: ref.year };
  }
  return null;
}

interface Found {
  start: number;
  end: number;
  date: PartialDate | null;
  vague?: boolean;
  attributive?: boolean;
  /** A month-day whose year came from the article date ("on June 1"). */
  yearless?: boolean;
}

/**
 * Finds the dates in a sentence. `anchor` is the article's date (relative forms need it);
 * `direction` is the sentence's tense (bare weekdays and month-days point that way).
 * @example findDates('They met in June 2020.', null, 'past')[0].date // -> '2020-06'
 */
export function findDates(
  text: string,
  anchor: PartialDate | null,
  direction: Direction = 'past',
  previous: PartialDate | null = null,
  previousDay: PartialDate | null = null,
  story: PartialDate | null = null,
): DateMention[] {
  const found: Found[] = [];
  // Numeric forms, decades and bare years all need a digit: most sentences have none.
  const digits = /\d/.test(text);
  const overlaps = (s: number, e: number) => found.some((f) => s < f.end && f.start < e);
  const add = (f: Found) => {
    if (!overlaps(f.start, f.end)) found.push(f);
  };

  for (const m of digits ? text.matchAll(NUMERIC) : []) {
    let [a, b] = [Number(m[1]), Number(m[3])];
    if (b > 12 && a <= 12) [a, b] = [b, a]; // 5/30/2024 is month-first
    const d = parsePartialDate(`${m[4]}-${pad(b)}-${pad(a)}`);
    if (d) add({ start: m.index, end: m.index + m[0].length, date: d });
  }
  // "WEDNESDAY 25.12", "Fri 27/12": a weekday makes a day and month with no year a date.
  for (const m of digits ? text.matchAll(WEEKDAY_DAY_MONTH) : []) {
    if (!anchor) continue;
    const d = parsePartialDate(`${anchor.year}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
    if (d)
      add({
        start: m.index,
        end: m.index + m[0].length,
        date: shiftYearToTense(d, anchor, direction),
        yearless: true,
      });
  }
  for (const m of digits ? text.matchAll(ISO_DAY) : []) {
    const d = parsePartialDate(`${m[1]}-${m[3]}-${m[4]}`);
    if (d) add({ start: m.index, end: m.index + m[0].length, date: d });
  }
  for (const m of digits ? text.matchAll(DECADE) : []) {
    add({ start: m.index, end: m.index + m[0].length, date: null, vague: true });
  }
  for (const m of /year/i.test(text) ? text.matchAll(YEAR_END) : []) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    add({ start, end: m.index + m[0].length, date: anchor ? { year: anchor.year } : null });
  }
  // "this morning", "this afternoon": the article's own day.
  for (const m of text.matchAll(THIS_PART_OF_DAY)) {
    if (anchor?.day !== undefined)
      add({ start: m.index, end: m.index + m[0].length, date: anchor });
  }
  // "on Christmas Day": the holiday in the year the tense points to from the article's date.
  for (const m of /Christmas|Boxing|New Year/.test(text) ? text.matchAll(HOLIDAY) : []) {
    const [month, day] = HOLIDAYS[m[1].toLowerCase().replace('’', "'")];
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[2]) add({ ...span, date: { year: Number(m[2]), month, day } });
    else if (anchor)
      add({
        ...span,
        date: shiftYearToTense({ year: anchor.year, month, day }, anchor, direction),
        yearless: true,
      });
  }
  for (const m of text.matchAll(VAGUE)) {
    add({ start: m.index, end: m.index + m[0].length, date: null, vague: true });
  }
  for (const w of cueWindows(text)) {
    const ref = anchor ?? { year: 2000, month: 1, day: 1 };
    const instant = new Date(Date.UTC(ref.year, (ref.month ?? 7) - 1, ref.day ?? 15, 12));
    let results: chrono.ParsedResult[];
    try {
      // "LIMA, March 9, 2025 - On Thursday, ...": a dash that ends a dateline is no range; the
      // same number of characters keeps every offset.
      // "in early May", "mid-May": chrono reads May as a month only after "in" (else it may be
      // the verb); the part of the month, as long, becomes that "in".
      const window = text
        .slice(w.start, w.end)
        .replace(DATELINE_DASH, ' ; ')
        .replace(
          PART_OF_MAY,
          (_m, part: string, gap: string, may: string) =>
            `in${' '.repeat(part.length + gap.length - 2)}${may}`,
        );
      results = newsChrono.parse(window, { instant, timezone: 0 });
    } catch {
      continue;
    }
    for (const r of results) {
      const start = w.start + r.index;
      const end = start + r.text.length;
      if (overlaps(start, end)) continue;
      // "the next day", "two days later": counted from the narrative below, not from the article.
      if (NARRATIVE_WHOLE.test(r.text.trim())) continue;
      // "after three days of talks", "two weeks of fighting": a span of time, not a date.
      if (COUNTED_UNITS.test(r.text) && /^\s+of\b/i.test(text.slice(end, end + 4))) continue;
      const resolved = resolveChrono(r, anchor, direction);
      if (resolved === undefined) continue;
      // "last November", "next March" name their year from the article: not yearless.
      const yearless =
        r.start.isCertain('month') &&
        !/\b(?:19|20)\d{2}\b/.test(r.text) &&
        !relativeWords(r.text) &&
        !/\b(?:last|next|this|coming|past)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
      add({ start, end, date: resolved, ...(yearless ? { yearless } : {}) });
    }
  }
  for (const m of digits ? text.matchAll(BARE_YEAR) : []) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (overlaps(start, end) || COUNT_AFTER.test(text.slice(end, end + 16))) continue;
    // "Eagle Partner 2023", "Balikatan 2024", "Vision 2030": a year closing a name is the name's.
    if (!m[1] && NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    const year = Number(m[2]);
    const before = text.slice(Math.max(0, start - 6), start);
    // "the 1951 treaty", "its 2018 agreement", "the Philippines' 1951 treaty".
    const attributive =
      !m[1] &&
      (/\b(?:the|a|an|its|their|his|her)\s+$/i.test(before) || /\w['’]s?\s+$/.test(before)) &&
      ATTRIBUTIVE_AFTER.test(text.slice(end, end + 16));
    add({ start, end, date: { year }, attributive });
  }

  found.sort((a, b) => a.start - b.start);
  // "in November 2023 ..., and on 19 November that year": a month-day said to be in "that
  // year" takes the year the sentence gave before it.
  // "In July 2019 Tokyo tightened ..., and in August Seoul threatened ...": a later month with
  // no year or day goes on in the year of the month before it (not a bare year: "the deal of
  // 2013 stalled despite a deal in March" is this year's March).
  let year: number | null = null;
  let month: PartialDate | null = null;
  const absorbed = new Set<Found>();
  for (const f of found) {
    if (absorbed.has(f)) continue;
    const which = WHICH_YEAR.exec(text.slice(f.end, f.end + 24));
    // "in February last year", "on March 5 next year": the article's year moved by the words.
    const shift = which ? YEAR_SHIFT[which[1].toLowerCase()] : undefined;
    const setYear = shift === undefined ? year : anchor ? anchor.year + shift : null;
    if (f.yearless && f.date && which && setYear !== null) {
      f.date = { ...f.date, year: setYear };
      f.end += which[0].length;
      for (const g of found) if (g !== f && g.start < f.end && f.start < g.end) absorbed.add(g);
    } else if (
      f.yearless &&
      f.date?.month !== undefined &&
      f.date.day === undefined &&
      month?.month !== undefined &&
      f.date.month > month.month
    ) {
      f.date = { ...f.date, year: month.year };
    } else if (
      f.yearless &&
      f.date?.month !== undefined &&
      year === null &&
      story &&
      story.year < f.date.year &&
      compareAtPrecision(story, { ...f.date, year: story.year }) <= 0
    ) {
      // "Abiy took office on 2 April 2018. On 5 June ...": a paragraph telling a past year's
      // story goes on in that year while its month-days follow one another.
      f.date = { ...f.date, year: story.year };
    } else if (
      f.date &&
      !f.yearless &&
      !f.attributive &&
      /\b(?:19|20)\d{2}\b/.test(text.slice(f.start, f.end))
    ) {
      year = f.date.year;
      if (f.date.month !== undefined) month = f.date;
    }
  }
  for (const g of absorbed) found.splice(found.indexOf(g), 1);
  // "the next day", "two days later", "on the 14th", "later that year": counted from the date
  // the narrative gave last, in this sentence or before it.
  for (const m of NARRATIVE_UNIT.test(text) ? text.matchAll(NARRATIVE) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const before = found.filter((f) => f.end <= start && f.date && !f.attributive && !f.vague);
    // A count of days ("the next day", "two days later") counts from the last day named, not
    // from a month named since ("On Wednesday X said the murder in August ... The next day").
    const days = /\b(?:days?|morning|afternoon|evening|night|hours|minutes|moments)\b/i.test(m[0]);
    const dayBefore = before.filter((f) => f.date!.day !== undefined);
    const ref = days
      ? dayBefore.length
        ? dayBefore[dayBefore.length - 1].date!
        : (previousDay ?? previous)
      : before.length
        ? before[before.length - 1].date!
        : previous;
    const next = found.find((f) => f.start >= end && f.start - end < 12 && f.date);
    const date = narrativeDate(m, ref, next?.date ?? null, anchor);
    if (date) found.push({ start, end, date });
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((f) => {
    const own: DateMention['qualifier'] | null = /^(?:by|before|until)\b/i.test(
      text.slice(f.start, f.end),
    )
      ? 'by'
      : null;
    const { q, from } = f.vague
      ? { q: 'vague' as const, from: f.start }
      : own
        ? { q: own, from: f.start }
        : qualifierBefore(text, f.start);
    const start = Math.min(from, f.start);
    let end = f.end;
    while (end > start && /[\s,.;:]/.test(text[end - 1])) end--;
    return {
      start,
      end,
      text: text.slice(start, end),
      date: f.date ? formatPartialDate(f.date) : null,
      precision: f.date ? precisionOf(f.date) : null,
      qualifier: q,
      ...(f.attributive ? { attributive: true } : {}),
    };
  });
}

/** Windows around the date cues of a sentence, merged where they touch. */
function cueWindows(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(text)) !== null) {
    const start = Math.max(0, m.index - WINDOW_BEFORE);
    const end = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start: wordStart(text, start), end });
  }
  for (const w of out) w.end = wordEnd(text, w.end);
  return out;
}
const wordStart = (t: string, i: number) => {
  let j = i;
  while (j > 0 && i - j < 12 && /\w/.test(t[j - 1])) j--;
  return j;
};
const wordEnd = (t: string, i: number) => {
  let j = i;
  while (j < t.length && j - i < 12 && /\w/.test(t[j])) j++;
  return j;
};

/**
 * A chrono result as a partial date at the precision the text gives; null when it is relative
 * and the article's date is not precise enough; undefined when it is not a date at all.
 */
function resolveChrono(
  r: chrono.ParsedResult,
  anchor: PartialDate | null,
  direction: Direction,
): PartialDate | null | undefined {
  const c = r.start;
  const text = r.text;
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(text.trim())) return undefined; // numeric: ours
  if (/^\s*(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*$/i.test(text))
    return undefined;
  // "three months after Macron bowed", "a few days before the vote": counted from an event,
  // not from the article's date.
  if (/\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\s*$/i.test(text)) return undefined;
  const hasYear = /\b(?:19|20)\d{2}\b/.test(text);
  const relative = !hasYear && !c.isCertain('month');
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    return anchor ? weekdayDate(anchor, text, direction) : null;
  }
  if (!c.isCertain('year') && !c.isCertain('month') && !c.isCertain('day')) return undefined;
  if (/\bweek(end)?s?\b/i.test(text)) {
    // "next week": the week, known at best to its month.
    if (!anchor || anchor.month === undefined) return null;
    return { year: c.get('year') ?? anchor.year, month: c.get('month') ?? anchor.month };
  }
  const d: PartialDate = { year: c.get('year') ?? 0 };
  if (c.isCertain('month') || c.isCertain('day') || relative) d.month = c.get('month') ?? undefined;
  // "at the end of July": the month, not an invented last day.
  if (c.isCertain('day') && !/\b(?:end|beginning|start|middle)\s+of\b/i.test(text))
    d.day = c.get('day') ?? undefined;
  if (!c.isCertain('month') && !c.isCertain('day') && c.isCertain('year')) delete d.month;
  if (!hasYear) {
    // Relative ("last month", "yesterday") or a month-day without a year: needs the anchor,
    // precise enough for what it states.
    if (!anchor) return null;
    const p = precisionOf(d);
    if (RANK[precisionOf(anchor)] < RANK[p] && !(c.isCertain('month') && !relativeWords(text)))
      return null;
    if (c.isCertain('month') && !relativeWords(text)) {
      return shiftYearToTense({ ...d, year: anchor.year }, anchor, direction);
    }
  }
  if (!d.year) return null;
  return d;
}

const relativeWords = (t: string) =>
  /\b(?:yesterday|today|tomorrow|tonight|ago|last|next|this|earlier|later|previous|coming)\b/i.test(
    t,
  );
