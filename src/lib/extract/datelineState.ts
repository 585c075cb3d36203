/**
 * The state an article is filed from: the place its dateline opens with ("MANILA, Oct 5 -",
 * "Tokyo, March 16", "LA PAZ, Oct 1") when that place is a state's capital or seat of
 * government. Wire style leaves "the foreign ministry said" unowned when it is that state's.
 */
import { CITY_STATES, LEXICON, words } from './lexicon/index.ts';
import type { Span } from './types.ts';

/**
 * A dateline's place: capitalised words, then a comma, a bracket or a dash; in capitals
 * ("MANILA, "), or followed by its date ("Tokyo, March 16"), so a headline is none.
 */
const PLACE =
  /^\s*((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:,|\(|[—–-]\s)\s*(\S*)/u;
const DATE_START = /^(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
/** Lines from the top where a dateline may stand (after a headline, a byline, a date line). */
const LINES = 5;

/** Capitals, and the seats of government the lexicon names as towns ("La Paz"). */
const capitals = new Map<string, string>();
const seats = new Set(words.internationalSeats);
for (const e of LEXICON)
  if (e.kind === 'country' && e.country)
    for (const a of [e.capital, ...e.aliases])
      if (
        a &&
        !seats.has(a) &&
        (a === e.capital || CITY_STATES.get(a)?.includes(e.country)) &&
        !capitals.has(a)
      )
        capitals.set(a, e.country);

/** "THE HAGUE" -> "The Hague", "NEW DELHI" -> "New Delhi"; mixed case stays. */
const titleCase = (s: string) =>
  s === s.toUpperCase()
    ? s
        .toLowerCase()
        .replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    : s;

/**
 * @example datelineState('Headline\nMANILA, Oct 5, 2024 - ...', lines) // -> 'PH'
 */
export function datelineState(text: string, lines: Span[]): string | null {
  for (const line of lines.slice(0, LINES)) {
    const m = PLACE.exec(text.slice(line.start, Math.min(line.end, line.start + 80)));
    if (!m || (m[1] !== m[1].toUpperCase() && !DATE_START.test(m[2]))) continue;
    const place = titleCase(m[1]);
    const iso = capitals.get(place);
    if (iso) return iso;
  }
  return null;
}
