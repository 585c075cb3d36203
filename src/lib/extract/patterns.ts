/**
 * Regular expressions built from the gazetteer and the title/force/place triggers.
 * Built once; every extractor pass shares them.
 */
import { GAZETTEER } from './gazetteer.ts';
import type { GazetteerEntry } from './types.ts';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of literal strings, longest first so the longest name wins. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join('|');
}

export const entryKey = (e: GazetteerEntry) => `g:${e.name}`;

/** Name or demonym -> gazetteer entry. */
export const ALIASES = new Map<string, { entry: GazetteerEntry; demonym: boolean }>();
for (const entry of GAZETTEER) {
  for (const a of entry.aliases) ALIASES.set(a, { entry, demonym: false });
  for (const d of entry.demonyms ?? []) ALIASES.set(d, { entry, demonym: true });
}

export const ALIAS_RE = new RegExp(`(?<![\\w.])(?:${alternation(ALIASES.keys())})(?![\\w])`, 'g');

export const COUNTRY_BY_ISO = new Map(
  GAZETTEER.filter((e) => e.kind === 'country' || e.kind === 'bloc').map((e) => [e.country, e]),
);

/** Country names, their possessives and demonyms, as they can prefix a title or a force. */
const COUNTRY_WORDS = GAZETTEER.filter((e) => e.kind === 'country' || e.kind === 'bloc').flatMap(
  (e) => [
    ...e.aliases.filter((a) => !/^[A-Z][a-z]+$/.test(a) || a === e.name),
    ...(e.demonyms ?? []),
  ],
);
const COUNTRY_ALT = alternation(COUNTRY_WORDS);

const SERVICE =
  '[Cc]oast [Gg]uard|[Nn]avy|[Aa]rmy|[Aa]ir [Ff]orce|[Mm]arine [Cc]orps|[Mm]ilitary|[Aa]rmed [Ff]orces|[Ff]orces|[Tt]roops|[Ss]oldiers';

/** "Chinese Coast Guard", "India's navy", "the Indian military". */
export const FORCE_RE = new RegExp(
  `(?<![\\w])(${COUNTRY_ALT})(?:['’]s)?\\s+(${SERVICE})(?![\\w])`,
  'g',
);

const TITLES = [
  'Prime Minister',
  'Deputy Prime Minister',
  'Foreign Minister',
  'Defen[cs]e Minister',
  'External Affairs Minister',
  'Home Minister',
  'Finance Minister',
  'Trade Minister',
  'Minister of (?:State for )?(?:Defen[cs]e|Finance|Trade|(?:Foreign|External|Home|[A-Z][a-z]+) Affairs)',
  'Minister',
  'Vice President',
  'President',
  'Secretary of State',
  'Secretary of Defen[cs]e',
  'Defen[cs]e Secretary',
  'Foreign Secretary',
  'Chief Cabinet Secretary',
  'National Security Adviser',
  'Ambassador',
  'Rear Admiral',
  'Vice Admiral',
  'Admiral',
  'Lieutenant General',
  'Lt\\.? Gen\\.?',
  'Major General',
  'General',
  'Chief of (?:the )?(?:Army|Naval|Air|Defen[cs]e) Staff',
  'Chief of Staff',
  'Commander',
  'Captain',
  'Spokesperson',
];

const NAME_WORD = "[A-Z][a-z]+(?:['’][A-Z][a-z]+|-[A-Z]?[a-z]+)?";
/** A title followed by a personal name: "Indian Defense Minister Rajnath Singh". */
export const TITLE_RE = new RegExp(
  `(?<![\\w])(?:(${COUNTRY_ALT})(?:['’]s)?\\s+)?(${TITLES.join('|')})\\s+((?:[A-Z]\\.\\s?)?${NAME_WORD}(?:\\s${NAME_WORD}){0,2})(?![\\w])`,
  'g',
);

/** Geographic names built on a feature word: "Galwan Valley", "Spratly Islands". */
export const PLACE_RE =
  /(?<![\w])((?:[A-Z][a-z]+[ -]){1,2}(Valley|Islands|Island|Strait|Sea|Prefecture|Province|Peninsula|Pass|Gulf|Atoll|Reef|Shoal|Ocean|Bay))(?![\w])/g;

/** A place named after a cue: "the port city of Visakhapatnam", "off the coast of Western Australia". */
export const PLACE_CUE_RE =
  /\b(?:port (?:city |town )?of|city of|town of|province of|prefecture of|island of|region of|off the coast of)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/g;

/** Capitalised words that start a sentence or a title, never part of a name. */
export const NOT_NAMES = new Set(
  (
    'The A An This That These Those In On At Also And But Both Its Their His Her Said During After ' +
    'Before While Meanwhile However Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'January February March April May June July August September October November December'
  ).split(' '),
);
