/**
 * Finds date expressions in a sentence and normalises them to ISO 8601 at the precision the text
 * gives. Relative expressions ("on Tuesday", "last month", "by the year's end") are resolved
 * against the article's date when it is known, and left unresolved (date null) when it is not.
 */
import type { Precision } from '../model/vocabulary.ts';

/** A date known to the year, month or day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export interface DateMention {
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  /** The words that gave the date, qualifier included ("since 2018", "in June 2020"). */
  text: string;
  date: string | null;
  precision: Precision | null;
  /** How the date relates to the event: at it, since it (ongoing), by it (deadline), vague. */
  qualifier: 'at' | 'since' | 'by' | 'vague';
}

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
const MONTH_RE =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const monthIndex = (word: string) =>
  MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3).toLowerCase())) + 1;
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
  return d;
}

const precisionOf = (d: PartialDate): Precision =>
  d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';

const QUAL = '(?:(since|from|by|before|until|in|on|of|during)\\s+(?:the\\s+)?)?';

interface Rule {
  re: RegExp;
  resolve: (
    m: RegExpExecArray,
    anchor: PartialDate | null,
    future: boolean,
  ) => PartialDate | null | 'vague';
}

function shiftMonth(d: PartialDate, by: number): PartialDate | null {
  if (d.month === undefined) return null;
  const total = d.year * 12 + (d.month - 1) + by;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

/** Which way a weekday points: "next"/"last" say so; otherwise the tense of the sentence. */
type Direction = 'next' | 'last' | 'forward' | 'back';

function weekday(
  anchor: PartialDate | null,
  name: string,
  direction: Direction,
): PartialDate | null {
  if (!anchor || anchor.day === undefined || anchor.month === undefined) return null;
  const base = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day));
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  let delta = (target - base.getUTCDay() + 7) % 7; // 0..6 days ahead
  // "on Tuesday" in a Tuesday story is that day; only "next"/"last" skip a week.
  if (direction === 'next' && delta === 0) delta = 7;
  if (direction === 'back' && delta > 0) delta -= 7;
  if (direction === 'last') delta = delta === 0 ? -7 : delta - 7;
  const d = new Date(base.getTime() + delta * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const YEAR = '((?:19|20)\\d{2})';
const NOT_NUMBER_BEFORE = '(?<![\\d,.$£€¥-])';
const NOT_NUMBER_AFTER = '(?![\\d,]\\d|\\d)';

const RULES: Rule[] = [
  {
    re: new RegExp(`\\b${QUAL}(\\d{1,2})\\s+${MONTH_RE},?\\s+${YEAR}${NOT_NUMBER_AFTER}`, 'gi'),
    resolve: (m) => ({ year: +m[4], month: monthIndex(m[3]), day: +m[2] }),
  },
  {
    re: new RegExp(`\\b${QUAL}${MONTH_RE}\\s+(\\d{1,2}),?\\s+${YEAR}${NOT_NUMBER_AFTER}`, 'gi'),
    resolve: (m) => ({ year: +m[4], month: monthIndex(m[2]), day: +m[3] }),
  },
  {
    re: new RegExp(`\\b${QUAL}${MONTH_RE},?\\s+${YEAR}${NOT_NUMBER_AFTER}`, 'gi'),
    resolve: (m) => ({ year: +m[3], month: monthIndex(m[2]) }),
  },
  {
    re: new RegExp(`${NOT_NUMBER_BEFORE}\\b${QUAL}${YEAR}${NOT_NUMBER_AFTER}(?!s\\b)`, 'gi'),
    resolve: (m) => ({ year: +m[2] }),
  },
  {
    re: /\b(?:(on|by|since|until|before|from)\s+)?(?:(?:last|next|this|coming)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    resolve: (m, a, future) => {
      const words = m[0].toLowerCase();
      const direction: Direction = /\b(next|coming)\b/.test(words)
        ? 'next'
        : /\blast\b/.test(words)
          ? 'last'
          : future
            ? 'forward'
            : 'back';
      return weekday(a, m[2], direction);
    },
  },
  {
    re: /\b(by|before|until|in)?\s*(?:the\s+)?(?:year['’]s end|end of (?:the|this) year|end of \d{4})\b/gi,
    resolve: (_m, a) => (a ? { year: a.year } : null),
  },
  {
    re: /\b(?:(since|in|by|until)\s+)?(last|next|this|earlier this|later this)\s+(month|year)\b/gi,
    resolve: (m, a) => {
      if (!a) return null;
      const step = /last/i.test(m[2]) ? -1 : /next/i.test(m[2]) ? 1 : 0;
      if (m[3].toLowerCase() === 'year') return { year: a.year + step };
      const shifted = shiftMonth(a, step);
      return shifted;
    },
  },
  { re: /\b(recently|recent|lately|in recent years)\b/gi, resolve: () => 'vague' },
];

function qualifierOf(word: string | undefined): DateMention['qualifier'] {
  const w = (word ?? '').toLowerCase();
  if (w === 'since' || w === 'from') return 'since';
  if (w === 'by' || w === 'before' || w === 'until') return 'by';
  return 'at';
}

/**
 * Finds the dates in a sentence. `future` tells relative weekdays to look forward.
 * @example findDates('They met in June 2020.', null, false)[0].date // -> '2020-06'
 */
export function findDates(
  text: string,
  anchor: PartialDate | null,
  future: boolean,
): DateMention[] {
  const found: DateMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text)) !== null) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const resolved = rule.resolve(m, anchor, future);
      const words = text.slice(start, end);
      if (resolved === 'vague') {
        found.push({ start, end, text: words, date: null, precision: null, qualifier: 'vague' });
      } else {
        found.push({
          start,
          end,
          text: words,
          date: resolved ? formatPartialDate(resolved) : null,
          precision: resolved ? precisionOf(resolved) : null,
          qualifier: qualifierOf(m[1]),
        });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
