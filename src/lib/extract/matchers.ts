/**
 * The lexicon compiled into the tries and sets the actor rules read (built once, shared by
 * every document and by the worker).
 */
import { LEXICON, type LexiconEntry, words } from './lexicon/index.ts';
import { phraseTokens, type Token } from './tokens.ts';
import { TokenTrie } from './trie.ts';

export interface GazetteerHit {
  entry: LexiconEntry;
  demonym: boolean;
}

/** Names and demonyms, matched case-sensitively ("US" the country, never "us"). */
export const GAZETTEER = new TokenTrie<GazetteerHit>();
const VARIANT = new Map(
  Object.entries(words.spellingVariants).flatMap(([uk, us]) => [
    [uk, us],
    [us, uk],
  ]),
);
/** A name and the name with the other spelling of its words ("Organisation" / "Organization"). */
const spellings = (tokens: string[]) => {
  const other = tokens.map((t) => VARIANT.get(t) ?? t);
  return other.some((t, i) => t !== tokens[i]) ? [tokens, other] : [tokens];
};
for (const entry of LEXICON) {
  for (const a of entry.aliases)
    for (const form of spellings(phraseTokens(a))) GAZETTEER.add(form, { entry, demonym: false });
  for (const d of entry.demonyms) GAZETTEER.add(phraseTokens(d), { entry, demonym: true });
}

const lowerTrie = (list: string[]) => {
  const t = new TokenTrie<string>(true);
  for (const w of list) t.add(phraseTokens(w), w);
  return t;
};
const exactTrie = (list: string[]) => {
  const t = new TokenTrie<string>();
  for (const w of list) t.add(phraseTokens(w), w);
  return t;
};

export const TITLE_HEADS = lowerTrie(words.titleHeads);
/** The first words titles can start with: a quick no for every other token. */
export const TITLE_FIRST = new Set(
  [...words.titleHeads, ...words.titleModifiers].map((w) => phraseTokens(w)[0].toLowerCase()),
);
/** The last words of titles: a name right after one is a person's ("Prime Minister X and ..."). */
export const TITLE_LAST = new Set(
  words.titleHeads.map((w) => phraseTokens(w).at(-1)!.toLowerCase()),
);
export const TITLE_MODIFIERS = lowerTrie(words.titleModifiers);
export const PORTFOLIOS = new Set(words.portfolios);
/** "Affairs" in "for African Affairs Molly Phee": a portfolio's last word, a name after it. */
export const PORTFOLIO_ENDS = new Set(words.portfolioEnds);
export const TITLE_VAGUE = new Set(words.titleVague.map((w) => w.toLowerCase()));
/** Force heads a bare number names a unit with: "the 15 Corps", "18 Grenadiers". */
export const UNIT_HEADS: ReadonlySet<string> = new Set(words.unitHeads);
/** Title heads that give a person's state and no office ("his Pakistani counterpart"). */
export const TITLE_STATE_ONLY = new Set(words.titleStateOnly);
export const HONORIFICS = new Set(words.honorifics.map((w) => w.replace(/\.$/, '')));
export const SPEECH_VERBS = new Set(words.speechVerbs);
export const PERSON_AFTER = lowerTrie(words.personAfter);
export const PERSON_AFTER_COMMA = lowerTrie(words.personAfterComma);
export const PERSON_NOUNS = new Set(words.personNouns);
export const PERSON_BEFORE = new Set(words.personBefore.map((w) => w.toLowerCase()));
export const NOT_PERSON_LAST = new Set(words.notPersonLast);
export const ORG_HEADS = exactTrie([...words.orgHeads, ...words.companySuffixes]);
/** Heads that end a body's name: "Vostok Logistika LLC and Amurtrans Rail JSC" are two. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(words.companySuffixes);
/** "Vienna Convention", "Oslo Accords": after a place, the name of an instrument. */
export const INSTRUMENT_HEADS = exactTrie(words.instrumentHeads);
export const FORCE_HEADS = exactTrie(words.forceHeads);
export const PLACE_HEADS = exactTrie(words.placeHeads);
export const REGION_HEADS = new Set(words.regionHeads);
export const PLACE_HEADS_FIRST = new Set(words.placeHeadsFirst);
export const PLACE_NAMES_FIRST = new Set([...words.placeNamesFirst, ...words.compassNames]);
/** "the Kosovo Police", "the Seimas": an organisation so named is a body of its state. */
export const STATE_BODY_HEADS = new RegExp(`\\b(?:${words.stateBodyHeads.join('|')})\\b`);
/** "Four" in "Four China Coast Guard vessels": a count, never a body's first word. */
export const COUNT_WORDS = new Set(words.countWords);
/** "West" in "West Darfur": a compass word before a listed place names part of it. */
export const COMPASS_NAMES = new Set(words.compassNames);
/** "the East African bloc", "North Korean troops": a word ending so is an adjective, no name. */
export const ADJECTIVE_ENDING = new RegExp(`(?:${words.adjectiveEndings.join('|')})$`);
export const FACILITY_HEADS = exactTrie(words.facilityHeads);
export const PLACE_CUES = new Set(words.placeCues.map((w) => w.toLowerCase()));
export const PLACE_FEATURES_AFTER = new Set(words.placeFeaturesAfter);
/** A place's noun in apposition: "Wad Madani, the capital of ...". */
export const PLACE_APPOSITIONS = lowerTrie(words.placeAppositions);
/** The plural of a place's noun, before a list of places: "four crossing points, ...". */
export const PLACE_PLURALS = lowerTrie(words.placePlurals);
export const FACILITY_AFTER = lowerTrie(words.facilityFeaturesAfter);
export const PARTICLES = new Set(words.nameParticles);
export const SUFFIXES = new Set(words.nameSuffixes.map((w) => w.replace(/\.$/, '')));
export const NOT_NAMES = new Set(words.notNames);
export const OUTLETS = exactTrie(words.outlets);
export const SERVICES = lowerTrie(Object.keys(words.services));
export const SERVICE_NAME = (word: string) => words.services[word.toLowerCase()] ?? 'Armed Forces';
export const MINISTRIES = lowerTrie(Object.keys(words.ministries));
export const MINISTRY_NAME = (word: string) => words.ministries[word.toLowerCase()];
export const SERVICE_OVERRIDES: Record<string, string> = words.serviceNames;

/** Lexicon entries by name or alias (exact), for "the name a rule built is a known actor". */
export const BY_ALIAS = new Map<string, LexiconEntry>();
for (const e of LEXICON) for (const a of e.aliases) if (!BY_ALIAS.has(a)) BY_ALIAS.set(a, e);
export const VESSEL_PREFIXES = new Set(words.vesselPrefixes);
/** A warship's prefix and the state whose navy it names ('' when several use it). */
export const NAVAL_PREFIXES = new Map(Object.entries(words.navalPrefixes));

/** Heads of a meeting's name ("Strategic Dialogue", "Annual Summit"). */
export const MEETING_HEADS: ReadonlySet<string> = new Set(words.meetingHeads);
/** A verb of holding right before a meeting's name: "held the 17th ", "convened its annual ". */
const HELD_BEFORE =
  /\b(?:h[eo]ld(?:s|ing)?|host(?:s|ed|ing)?|conven(?:e|es|ed|ing)|attend(?:s|ed|ing)?|(?:co-)?chair(?:s|ed|ing)?|open(?:s|ed|ing)?|conclud(?:e|es|ed|ing))\s+(?:the|a|an|its|their)\s+(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+teenth|annual|inaugural|latest|next)\s+)?$/i;

/**
 * Whether the capitalised meeting noun at token `head` ends a name a verb of holding opens:
 * "held the Annual Summit", "held the 17th Japan-India Foreign Ministers' Strategic Dialogue".
 */
export function heldMeeting(text: string, tokens: Token[], head: number): boolean {
  if (!MEETING_HEADS.has(tokens[head]?.text ?? '')) return false;
  let k = head;
  // A name is a few words: a bounded walk back, so a long run of capitals stays linear.
  while (
    k > 0 &&
    head - k < 12 &&
    (tokens[k - 1].cap || /^(?:-|['’]s?|\d{1,3}(?:st|nd|rd|th)?)$/.test(tokens[k - 1].text))
  )
    k--;
  return HELD_BEFORE.test(text.slice(Math.max(0, tokens[k].start - 40), tokens[k].start));
}

/**
 * A month or weekday name, in full or short, any case: the words of a date, capitalised yet no
 * name ("ruled Monday that", "the Cabinet on Friday").
 */
export const CALENDAR_NAME =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
