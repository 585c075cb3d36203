/**
 * Actor mentions in a document. Three passes over each sentence's tokens:
 * 1. the lexicon (countries, demonyms, blocs, bodies, places, office-holders), longest first;
 *    "<country or demonym> <service>" makes a force ("Indian navy", "Russian troops");
 * 2. titles (any case, before or after the name) make people, with role and country;
 * 3. other runs of capitalised words, typed by their context: an organisation or force head
 *    noun, a place feature word or cue, an honorific, a speech verb.
 * Then, within the article, a surname or acronym joins its earlier full mention. Overlaps go
 * to the longest match, so "Chinese Coast Guard" is one force, not a mention of China.
 */
import type { ActorKind } from '../model/vocabulary.ts';
import {
  CITY_STATES,
  ENTRY_BY_KEY,
  NON_STATE_KEYS,
  roleOn,
  words,
  type LexiconEntry,
} from './lexicon/index.ts';
import {
  BY_ALIAS,
  FORCE_HEADS,
  GAZETTEER,
  HONORIFICS,
  NOT_NAMES,
  ORG_HEADS,
  OUTLETS,
  PARTICLES,
  PLACE_CUES,
  PLACE_FEATURES_AFTER,
  PLACE_HEADS_FIRST,
  PLACE_NAMES_FIRST,
  COMPASS_NAMES,
  PORTFOLIO_ENDS,
  COUNT_WORDS,
  ADJECTIVE_ENDING,
  FACILITY_HEADS,
  FACILITY_AFTER,
  PLACE_HEADS,
  PLACE_APPOSITIONS,
  PLACE_PLURALS,
  REGION_HEADS,
  MINISTRIES,
  MINISTRY_NAME,
  PERSON_AFTER,
  PERSON_AFTER_COMMA,
  PERSON_BEFORE,
  PERSON_NOUNS,
  NOT_PERSON_LAST,
  INSTRUMENT_HEADS,
  COMPANY_SUFFIXES,
  PORTFOLIOS,
  SERVICES,
  SERVICE_NAME,
  SERVICE_OVERRIDES,
  SPEECH_VERBS,
  SUFFIXES,
  TITLE_FIRST,
  TITLE_HEADS,
  heldMeeting,
  CALENDAR_NAME,
  TITLE_MODIFIERS,
  TITLE_LAST,
  TITLE_STATE_ONLY,
  TITLE_VAGUE,
  UNIT_HEADS,
  VESSEL_PREFIXES,
  NAVAL_PREFIXES,
} from './matchers.ts';
import { pageOutlets } from './pageOutlets.ts';
import { tokenize, type Token } from './tokens.ts';
import { inflect } from './triggers.ts';
import type { ActorDraft, Mention, Sentence } from './types.ts';

/** The actors met so far, shared across the documents of one extraction run. */
export class ActorRegistry {
  readonly drafts = new Map<string, ActorDraft>();
  /** Actors whose role is worded as an article gives it. */
  readonly textRole = new Set<string>();
  /** Each bloc met so far by its code ("EU"), for the officers who act for it. */
  readonly blocs = new Map<string, string>();

  fromEntry(entry: LexiconEntry, date: string | null = null): string {
    if (!this.drafts.has(entry.key)) {
      const role = roleOn(entry, date);
      this.drafts.set(entry.key, {
        key: entry.key,
        name: entry.name,
        kind: entry.kind,
        country: role?.country && /^[A-Z]{2}$/.test(role.country) ? role.country : entry.country,
        role: role ? describeRole(role.role, role.country) : null,
        aliases: new Set(),
        ...(entry.organ ? { organ: true } : {}),
      });
      if (entry.kind === 'bloc' && entry.country && !this.blocs.has(entry.country))
        this.blocs.set(entry.country, entry.key);
    }
    return entry.key;
  }

  ensure(key: string, make: () => Omit<ActorDraft, 'key' | 'aliases'>): string {
    const known = this.drafts.get(key);
    if (!known) this.drafts.set(key, { key, ...make(), aliases: new Set() });
    else if (!known.country || !known.role) {
      // A later mention may say more: "X" first, "Defence Minister X of India" later.
      const more = make();
      known.country ??= more.country;
      known.role ??= more.role;
    }
    return key;
  }

  get(key: string): ActorDraft {
    const d = this.drafts.get(key);
    if (!d) throw new Error(`unknown actor ${key}`);
    return d;
  }
}

function describeRole(role: string, country: string | null): string {
  if (role.includes(',')) return role; // "Rear Admiral, Indian Navy" names its body already
  const entry = country ? ENTRY_BY_KEY.get(`country:${country}`) : undefined;
  const c = entry?.name;
  if (!c) return country ? `${role}, ${country}` : role;
  // "Prime Minister of Japan", "... of St Vincent and the Grenadines" name their state already.
  const of = role.lastIndexOf(' of ');
  if (of >= 0) {
    const tail = tokenize(role.slice(of + 4));
    const hit = GAZETTEER.longestAt(tail, 0);
    if (hit && hit.length === tail.length && hit.value.entry === entry) return role;
  }
  return `${role} of ${c === 'United States' || c === 'United Kingdom' ? `the ${c}` : c}`;
}

interface Candidate extends Mention {
  priority: number;
}

/** A state (country or bloc with a code) that a token run names, if any. */
function stateAt(tokens: Token[], i: number): { entry: LexiconEntry; length: number } | null {
  const hit = GAZETTEER.longestAt(tokens, i);
  if (!hit) return null;
  const e = hit.value.entry;
  return e.kind === 'country' || (e.kind === 'bloc' && e.country)
    ? { entry: e, length: hit.length }
    : null;
}

/** The state named right before token `from` with a possessive ("South Korea's"), if any. */
function possessiveState(
  tokens: Token[],
  from: number,
): { entry: LexiconEntry; from: number } | null {
  if (!/^['’]s?$/.test(tokens[from - 1]?.text ?? '')) return null;
  for (let k = from - 2; k >= 0 && k >= from - 4; k--) {
    const hit = stateAt(tokens, k);
    if (hit && k + hit.length === from - 1 && hit.entry.kind === 'country')
      return { entry: hit.entry, from: k };
  }
  return null;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const cap = (t: Token | undefined) => !!t && t.word && (t.cap || t.upper);
const titleCase = (w: string) =>
  w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w)
    ? w.charAt(0) + w.slice(1).toLowerCase()
    : w;
const capWords = (s: string) =>
  s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** A title before a name: modifiers (any case, a country among them), a head, "of <state>". */
interface TitleMatch {
  /** Lexicon key of the bloc or body named before the title, if any. */
  body: string | null;
  start: number; // token index
  end: number; // token index after the title
  role: string;
  country: string | null;
  vague: boolean;
}

function titleAt(tokens: Token[], i: number): TitleMatch | null {
  if (!tokens[i].cap && !TITLE_FIRST.has(tokens[i].lower)) return null;
  let j = i;
  let country: string | null = null;
  let body: string | null = null;
  for (let guard = 0; guard < 6 && j < tokens.length; guard++) {
    // "NATO Secretary General", "IAEA Director General", "IDF spokesman": the office is the body's.
    const named = GAZETTEER.longestAt(tokens, j)?.value.entry;
    if (
      named &&
      !body &&
      (named.kind === 'bloc' || named.kind === 'organization' || named.kind === 'force') &&
      TITLE_HEADS.longestAt(tokens, j + phraseLength(tokens, j))
    ) {
      body = named.key;
      j += phraseLength(tokens, j);
      continue;
    }
    const state = stateAt(tokens, j);
    if (state && !country) {
      country = state.entry.country;
      j += state.length;
      if (tokens[j]?.text === "'s" || tokens[j]?.text === '’s') j++;
      continue;
    }
    const mod = TITLE_MODIFIERS.longestAt(tokens, j);
    // A modifier that is also a head ("chief", "general") is a head when nothing follows;
    // modifiers may stack before the head ("deputy defence minister").
    if (mod && headAfterModifiers(tokens, j + mod.length)) {
      j += mod.length;
      if (tokens[j]?.text === '-') j++;
      continue;
    }
    break;
  }
  const head = TITLE_HEADS.longestAt(tokens, j);
  if (!head) return null;
  let end = j + head.length;
  // "Minister of Foreign Affairs", "Secretary of National Defense", "President of Serbia";
  // a second complement after the first: "Assistant Secretary of State for African Affairs".
  for (
    let complements = 0;
    complements < 2 && (tokens[end]?.lower === 'of' || tokens[end]?.lower === 'for');
    complements++
  ) {
    let k = end + 1;
    if (tokens[k]?.lower === 'the') k++;
    const state = stateAt(tokens, k);
    if (state) {
      country ??= state.entry.country;
      end = k + state.length;
    } else {
      let n = k;
      while (
        n < tokens.length &&
        (cap(tokens[n]) || (tokens[n].lower === 'and' && cap(tokens[n + 1])))
      ) {
        if (stateAt(tokens, n) || GAZETTEER.longestAt(tokens, n)) break;
        n++;
        // "for African Affairs Molly Phee": a portfolio ends on "Affairs"; a name follows.
        if (PORTFOLIO_ENDS.has(tokens[n - 1].text)) break;
      }
      // "leader of the Nationalist Movement Party and Erdoğan's ally": the "and" that stopped
      // before a known name joins a second apposition, not the title.
      if (n > k && tokens[n - 1].lower === 'and') n--;
      // "Minister of the Interior Mari Rantanen": a portfolio's words, then a name of its own.
      let p = k;
      while (p < n && PORTFOLIOS.has(tokens[p].lower)) p++;
      if (p > k && n - p >= 2 && cap(tokens[p])) n = p;
      if (n > k) end = n;
    }
  }
  const text = roleText(tokens, i, end);
  const headWord = tokens
    .slice(j, j + head.length)
    .map((t) => t.lower)
    .join(' ');
  return {
    body,
    start: i,
    end,
    role: TITLE_STATE_ONLY.has(headWord) ? '' : text,
    country,
    vague: TITLE_VAGUE.has(headWord) && j === i,
  };
}

/** Whether a title head follows `j`, after at most three more modifiers. */
function headAfterModifiers(tokens: Token[], j: number): boolean {
  for (let n = 0; n < 4; n++) {
    if (TITLE_HEADS.longestAt(tokens, j)) return true;
    const mod = TITLE_MODIFIERS.longestAt(tokens, j);
    if (!mod) return false;
    j += mod.length;
    if (tokens[j]?.text === '-') j++;
  }
  return false;
}

const phraseLength = (tokens: Token[], j: number) => GAZETTEER.longestAt(tokens, j)?.length ?? 1;

/** The role as words, without the country that prefixes it ("Indian Defence Minister" -> "Defence Minister"). */
function roleText(tokens: Token[], from: number, to: number): string {
  const parts: string[] = [];
  for (let k = from; k < to; k++) {
    const state = stateAt(tokens, k);
    if (state && k === from) {
      k += state.length - 1;
      if (tokens[k + 1]?.text === "'s" || tokens[k + 1]?.text === '’s') k++;
      continue;
    }
    const t = tokens[k];
    if (t.text === '-') {
      parts.push('-');
      continue;
    }
    const word = ['of', 'for', 'the', 'and'].includes(t.lower) ? t.lower : capWords(t.text);
    parts.push(word);
  }
  return parts
    .join(' ')
    .replace(/ - /g, '-')
    .replace(/^(New|Former|Then|Acting|Incoming|Outgoing) /, '');
}

/** A name run starting at token i: capitalised words, particles, hyphens, initials, "Jr.". */
function nameRun(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j];
    if (
      cap(t) &&
      (!NOT_NAMES.has(t.text) || (j === i && t.text === 'Operation')) &&
      !PLACE_CUES.has(t.lower) &&
      !SPEECH_VERBS.has(t.text)
    ) {
      j++;
      // An initial: "S. Jaishankar".
      if (t.text.length === 1 && tokens[j]?.text === '.' && cap(tokens[j + 1])) j++;
      // Hyphenated: "Ing-wen", "al-Burhan", "Rostov-on-Don".
      while (tokens[j]?.text === '-' && !tokens[j].spaced && tokens[j + 1] && !tokens[j + 1].spaced)
        j += 2;
      continue;
    }
    if (
      j > i &&
      PARTICLES.has(t.text) &&
      (cap(tokens[j + 1]) || (tokens[j + 1]?.text === '-' && cap(tokens[j + 2])))
    ) {
      j += tokens[j + 1]?.text === '-' ? 2 : 1; // "al-Burhan"
      continue;
    }
    if (j === i && PARTICLES.has(t.text) && tokens[j + 1]?.text === '-' && cap(tokens[j + 2])) {
      j += 3; // "al-Burhan"
      continue;
    }
    if (j > i && SUFFIXES.has(t.text.replace(/\.$/, ''))) {
      j++;
      if (tokens[j]?.text === '.') j++;
      break;
    }
    break;
  }
  return j;
}

const spanText = (text: string, tokens: Token[], from: number, to: number) =>
  text.slice(tokens[from].start, tokens[to - 1].end);

/** A person's canonical name from its text: family names in capitals become "Kihara". */
/** A regnal number: "Hassan II", "Mohammed VI", "Charles III". */
const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/;

function personName(raw: string): string {
  return raw
    .split(/\s+/)
    .map((w) => (REGNAL.test(w) ? w : titleCase(w)))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/,?\s+(Jr|Sr)\.?$/, ' $1.'); // "Teodoro, Jr.", "Marcos Jr" at a sentence's end
}

/** Body heads that name a place after some cues ("near Vanguard Bank"). */
const PLACE_OR_BODY: Record<string, string[]> = words.placeOrBodyHeads;
/** "waters near Vanguard Bank": a bank a ship is near is a shoal, not a lender. */
function placeOrBody(tokens: Token[], from: number, end: number, kind: ActorKind): ActorKind {
  const cue = tokens[from - 1]?.lower === 'the' ? tokens[from - 2] : tokens[from - 1];
  return PLACE_OR_BODY[tokens[end - 1].text]?.includes(cue?.lower ?? '') ? 'place' : kind;
}

/** Honours named after a person: "Order of King Abdulaziz" names no one who acts. */
const HONOURS = new Set(words.honours);
/** After a leader's name, the words that make it their government's: "Biden administration". */
const GOVERNMENT_AFTER = /^(?:administration|government)$/;

export interface MentionContext {
  /** The article's date (ISO), for the role an office-holder held then. */
  date: string | null;
  /** Lower-cased words the article uses in lower case: a capitalised one is a common word. */
  lowerWords: Set<string>;
  /** The state the article is filed from (its dateline's capital), if the dateline says. */
  filedFrom?: string | null;
}

/**
 * Finds every actor mention in a document's sentences, registering new actors in `reg`.
 * @example extractMentions(text, sentences, reg, ctx).map((m) => m.text) // -> ['Japan', 'India', ...]
 */
export function extractMentions(
  text: string,
  sentences: Sentence[],
  reg: ActorRegistry,
  ctx: MentionContext,
  sentenceTokens: Token[][] = sentences.map((s) => tokenize(text, s.start, s.end)),
): Mention[] {
  const cands: Candidate[] = [];
  const outlets = pageOutlets(text);
  const towns: { raw: string; start: number; end: number }[] = [];
  const candAt = new Map<number, number>();
  const acronyms = new Map<string, string>();
  // "Syrian Democratic Forces (SDF)": the acronyms the article defines, with their long forms.
  const definitions = new Map<string, string>();
  // Each "(RSF)" first, then the name that ends right before it: a few short reads per article.
  for (const p of text.matchAll(ACRONYM_IN_PARENS)) {
    // The spaces before the bracket, walked back over (a bounded walk: no pattern that could
    // rescan a long run of spaces from every start).
    let ws = p.index;
    while (
      ws > 0 &&
      p.index - ws < LONG_FORM_REACH &&
      (text[ws - 1] === ' ' || text[ws - 1] === '\t')
    )
      ws--;
    if (ws === p.index) continue;
    const m = LONG_FORM.exec(text.slice(Math.max(0, ws - LONG_FORM_REACH), ws));
    // "The Rapid Support Forces (RSF)" at a sentence's start defines "Rapid Support Forces".
    if (m && !definitions.has(p[1])) definitions.set(p[1], m[1].replace(/^The[ \t]+/, ''));
  }
  // "Prigozhin says": a word that speaks alone is a person's surname, so "Yevgeny Prigozhin's
  // armed revolt" earlier in the article names that person.
  const spoken = new Set<string>();
  for (const m of text.matchAll(SPOKEN)) spoken.add(m[1]);
  // "Qassem Soleimani ... Trump said Soleimani had ... Soleimani's deputy": a word that stands
  // alone mid-sentence, again and again, is how the article names a person it named in full.
  for (const w of aloneTwice(sentenceTokens)) spoken.add(w);
  const persons: { key: string; tokens: Token[]; familyFirst: boolean }[] = [];
  const tokensOf: Token[][] = [];
  /** The last ministry of each kind the article named with its state ("Foreign Ministry"). */
  const lastMinistry = new Map<string, string>();

  const push = (
    key: string,
    tokens: Token[],
    from: number,
    to: number,
    priority: number,
    demonym = false,
    title?: { start: number; end: number },
  ) => {
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    candAt.set(start, cands.length);
    cands.push({
      actorKey: key,
      start,
      end,
      text: text.slice(start, end),
      demonym,
      priority,
      ...(title ? { title } : {}),
    });
  };

  /** The listed actor a name is, else a new one of that kind. */
  const actorNamed = (raw: string, kind: ActorKind, country: string | null) => {
    const known = BY_ALIAS.get(raw);
    return known
      ? reg.fromEntry(known, ctx.date)
      : reg.ensure(`${kind}:${raw}`, () => ({ name: raw, kind, country, role: null }));
  };

  for (const tokens of sentenceTokens) {
    tokensOf.push(tokens);
    const covered = new Uint8Array(tokens.length);
    const cover = (a: number, b: number) => covered.fill(1, a, b);
    /** Outlets: no rule may start a name on them. */
    const never = new Uint8Array(tokens.length);

    // Outlets and wire services are never actors: "(AP)", "Reuters".
    for (let i = 0; i < tokens.length; i++) {
      const own = outlets?.longestAt(tokens, i);
      const o = own ?? OUTLETS.longestAt(tokens, i);
      if (
        o &&
        (own ||
          o.length > 1 ||
          tokens[i - 1]?.text === '(' ||
          tokens[i + 1]?.text === ')' ||
          i === 0 ||
          tokens[i - 1]?.text === '/' ||
          tokens[i + 1]?.text === '/')
      ) {
        cover(i, i + o.length);
        never.fill(1, i, i + o.length);
        i += o.length - 1;
      }
    }

    // A ship is never a person: a warship is a force of its navy's state ("USS Carney", "the
    // grounded BRP Sierra Madre"), a merchant ship no actor ("MV Galaxy Leader").
    for (let i = 0; i < tokens.length; i++) {
      if (!VESSEL_PREFIXES.has(tokens[i].text) || !cap(tokens[i + 1])) continue;
      let k = i + 1;
      while (k < tokens.length && k - i <= 3 && cap(tokens[k])) k++;
      const navy = NAVAL_PREFIXES.get(tokens[i].text);
      if (navy !== undefined)
        push(actorNamed(spanText(text, tokens, i, k), 'force', navy || null), tokens, i, k, 2);
      cover(i, k);
      i = k - 1;
    }

    // 0. A place named by its feature: "the Gulf of Finland", "Baghdad International Airport";
    // the state or town inside is not the actor named.
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || !cap(tokens[i]) || NOT_NAMES.has(tokens[i].text)) continue;
      const named = featurePlace(tokens, i);
      if (!named || covered.subarray(i, named.end).includes(1)) continue;
      const key = actorNamed(spanText(text, tokens, i, named.end), named.kind, null);
      push(key, tokens, i, named.end, 2);
      cover(i, named.end);
      i = named.end - 1;
    }

    // 1. The lexicon, and "<state> <service>" forces.
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i]) continue;
      const hit = GAZETTEER.longestAt(tokens, i);
      if (!hit) continue;
      // "Mohammed Ali al-Houthi": a family name with its particle is part of a person's name.
      if (
        tokens[i - 1]?.text === '-' &&
        !tokens[i].spaced &&
        PARTICLES.has(tokens[i - 2]?.text ?? '') &&
        cap(tokens[i - 3])
      )
        continue;
      const e = hit.value.entry;
      let end = i + hit.length;
      const alias = text.slice(tokens[i].start, tokens[end - 1].end);
      // "the Vienna Convention", "the Oslo Accords": a place naming an instrument is no actor.
      if (
        (e.kind === 'place' || e.kind === 'region' || alias === e.capital) &&
        INSTRUMENT_HEADS.longestAt(tokens, end)
      ) {
        i = end - 1;
        continue;
      }
      // "West Darfur", "North Kivu": part of a listed place, a place of its own in its state.
      if (
        (e.kind === 'place' || e.kind === 'region') &&
        !hit.value.demonym &&
        i > 0 &&
        !covered[i - 1] &&
        COMPASS_NAMES.has(tokens[i - 1].text)
      ) {
        const key = actorNamed(spanText(text, tokens, i - 1, end), e.kind, e.country);
        push(key, tokens, i - 1, end, 2);
        cover(i - 1, end);
        i = end - 1;
        continue;
      }
      const poss = tokens[end]?.text === "'s" || tokens[end]?.text === '’s' ? 1 : 0;
      // "Morocco's foreign ministry", "the French Ministry of Defence", "Seoul's defence ministry".
      // "Gaza's health ministry": a territory's own, named by its possessive.
      const ministry =
        (e.kind === 'country' && (alias !== e.capital || poss)) ||
        ((e.kind === 'place' || e.kind === 'region') && poss && e.country)
          ? MINISTRIES.longestAt(tokens, end + poss)
          : null;
      if (ministry) {
        const from = end + poss;
        const stateEnd = end;
        end = from + ministry.length;
        const key = stateMinistry(reg, e, ministry.value, spanText(text, tokens, from, end));
        lastMinistry.set(MINISTRY_NAME(ministry.value), key);
        reg.get(key).aliases.add(spanText(text, tokens, i, end));
        // The words name two actors: the state ("Brazil's", "French") and its ministry.
        push(reg.fromEntry(e, ctx.date), tokens, i, stateEnd, 2, hit.value.demonym);
        push(key, tokens, from, end, 3);
        cover(i, end);
        i = end - 1;
        continue;
      }
      if ((e.kind === 'country' || (e.kind === 'bloc' && e.country)) && alias !== e.capital) {
        const svc = SERVICES.longestAt(tokens, end + poss);
        if (svc) {
          const service = SERVICE_NAME(svc.value);
          const own = SERVICE_OVERRIDES[`${e.country}:${service}`];
          const known = own ? BY_ALIAS.get(own) : undefined;
          // "Russian forces", "Azerbaijani troops": the state acting, not a body of its own
          // (a force with its own name, "Israel Defense Forces", stays one).
          const key = known
            ? reg.fromEntry(known, ctx.date)
            : service === GENERIC_FORCES && e.kind === 'country'
              ? reg.fromEntry(e, ctx.date)
              : reg.ensure(`force:${e.country}:${service}`, () => ({
                  name: `${e.demonyms[0] ?? e.name} ${service}`,
                  kind: 'force' as ActorKind,
                  country: e.country,
                  role: null,
                }));
          end = end + poss + svc.length;
          push(key, tokens, i, end, 3);
          cover(i, end);
          i = end - 1;
          continue;
        }
      }
      // An acronym the article defines ("Syrian Democratic Forces (SDF)") is the article's,
      // not the list's ("SDF" for Japan's Self-Defense Forces).
      const longForm = definitions.get(alias);
      if (longForm && !e.aliases.includes(longForm)) {
        const defined = BY_ALIAS.has(longForm)
          ? BY_ALIAS.get(longForm)!.key
          : (acronyms.get(alias) ?? null);
        if (defined) {
          if (!reg.drafts.has(defined)) reg.fromEntry(ENTRY_BY_KEY.get(defined)!, ctx.date);
          push(defined, tokens, i, end, 2);
          cover(i, end);
        }
        i = end - 1;
        continue;
      }
      // "the outgoing Biden administration", "the Modi government": the state the person led,
      // named by them; not the person.
      const led =
        e.kind === 'person' && e.country ? ENTRY_BY_KEY.get(`country:${e.country}`) : null;
      if (led && GOVERNMENT_AFTER.test(tokens[end]?.text ?? '')) {
        push(reg.fromEntry(led, ctx.date), tokens, i, end + 1, 2);
        cover(i, end + 1);
        i = end;
        continue;
      }
      // A listed person's surname inside another name ("Villa del Rosario") is not them.
      if (e.kind === 'person' && alias !== e.name) {
        const prev = tokens[i - 1];
        // "Rafik Hariri International Airport": a place or a body named after a person is that
        // place or body, not the person.
        const next = tokens[end]?.text === 'International' ? end + 1 : end;
        const head = PLACE_HEADS.longestAt(tokens, next) ?? ORG_HEADS.longestAt(tokens, next);
        if (head) {
          const to = next + head.length;
          const raw = spanText(text, tokens, i, to);
          const kind: ActorKind = PLACE_HEADS.longestAt(tokens, next) ? 'place' : 'organization';
          push(
            reg.ensure(`${kind}:${raw}`, () => ({ name: raw, kind, country: null, role: null })),
            tokens,
            i,
            to,
            2,
          );
          cover(i, to);
          i = to - 1;
          continue;
        }
        const inName =
          (cap(prev) &&
            !TITLE_FIRST.has(prev!.lower) &&
            !HONORIFICS.has(prev!.text.replace(/\.$/, '')) &&
            i > 1) ||
          (cap(tokens[end]) && !NOT_NAMES.has(tokens[end].text));
        if (inName) continue;
      }
      // A capital where something happens ("talks in Ankara") is that city, a place in its
      // state; a capital that acts ("Ankara said") stands for the state.
      // A capital named as its state ("Djibouti", "Kuwait") is the state.
      if (
        alias === e.capital &&
        alias !== e.name &&
        /^(?:in|at|near|to|from|into|outside|around)$/.test(tokens[i - 1]?.lower ?? '')
      ) {
        const city = reg.ensure(`place:${alias}`, () => ({
          name: alias,
          kind: 'place',
          country: e.country,
          role: null,
        }));
        push(city, tokens, i, end, 2);
        cands[cands.length - 1].asPlace = true;
        cover(i, end);
        i = end - 1;
        continue;
      }
      // "Sudan's Omar al-Bashir": a listed person named as their own state's acts for it, on
      // any date (the list's role is for the article's date; the possessive says it then).
      const owner = e.kind === 'person' ? possessiveState(tokens, i) : null;
      const owned = owner && owner.entry.country === e.country;
      push(
        reg.fromEntry(e, ctx.date),
        tokens,
        i,
        end,
        2,
        hit.value.demonym,
        owned ? { start: tokens[owner.from].start, end: tokens[end - 1].end } : undefined,
      );
      if (e.kind === 'person')
        persons.push({ key: e.key, tokens: tokens.slice(i, end), familyFirst: tokens[i].upper });
      cover(i, end);
      i = end - 1;
    }

    // 1b. A ministry its state follows ("the Ministry of Defence of Armenia", "the foreign
    // ministry in Moscow"), or none names: then the article's last ministry of its kind.
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || never[i]) continue;
      const ministry = MINISTRIES.longestAt(tokens, i);
      if (!ministry) continue;
      const end = i + ministry.length;
      const link = tokens[end]?.lower;
      let owner = link === 'of' || link === 'in' ? GAZETTEER.longestAt(tokens, end + 1) : null;
      if (owner && (owner.value.entry.kind !== 'country' || owner.value.demonym)) owner = null;
      const kind = MINISTRY_NAME(ministry.value);
      const written = spanText(text, tokens, i, end);
      let key: string | undefined;
      if (owner) key = stateMinistry(reg, owner.value.entry, ministry.value, written);
      // "the Crimean parliament", "Hamas's health ministry": a name before it says it is some
      // other body's.
      else if (
        !(i > 1 && tokens[i - 1].cap && tokens[i - 1].word) &&
        !(/^['’]s?$/.test(tokens[i - 1]?.text ?? '') && cap(tokens[i - 2])) &&
        !(tokens[i - 2]?.text === '-' && cap(tokens[i - 3])) // "the Hamas-run health ministry"
      )
        key =
          lastMinistry.get(kind) ??
          // "Foreign ministry spokesman Geng Shuang": the speaker's, named by who speaks.
          (TITLE_HEADS.longestAt(tokens, end)
            ? undefined
            : filedFrom(reg, ctx.filedFrom, ministry.value, written));
      if (!key) continue;
      if (owner) lastMinistry.set(kind, key);
      reg.get(key).aliases.add(written);
      push(key, tokens, i, end, 3);
      // "of Armenia" is named on its own, and no longer name may run over it.
      const to = owner && link === 'of' ? end + 1 + owner.length : end;
      if (to > end) reg.get(key).aliases.add(spanText(text, tokens, i, to));
      cover(i, to);
      never.fill(1, i, to);
      i = to - 1;
    }

    // 2. Titles: "Indian Defense Minister Rajnath Singh", "new president William Lai",
    //    "Gilberto Teodoro, Secretary of National Defense".
    for (let i = 0; i < tokens.length; i++) {
      const title = titleAt(tokens, i);
      if (!title) continue;
      // "the Order of King Abdulaziz", "the Prize of Sheikh Zayed": an honour's name.
      if (tokens[i - 1]?.lower === 'of' && HONOURS.has(tokens[i - 2]?.text ?? '')) continue;
      // "Supreme Leader Ayatollah Ali Khamenei": an honorific between title and name.
      for (;;) {
        if (
          HONORIFICS.has(tokens[title.end]?.text.replace(/\.$/, '') ?? '') ||
          (tokens[title.end]?.text === '.' && HONORIFICS.has(tokens[title.end - 1]?.text ?? ''))
        )
          title.end++;
        // "H.E.", "H.H.", "H.R.H.": styles of address spelt with initials.
        else if (styleInitials(tokens, title.end) > 0)
          title.end += styleInitials(tokens, title.end);
        // A rank after an office: "Army spokesman Col. Bikram Singh", "spokesman Rear Admiral X".
        else if (tokens[title.end]?.cap && titleAt(tokens, title.end)) {
          const rank = titleAt(tokens, title.end)!;
          if (rank.end <= title.end) break;
          title.end = rank.end;
          if (tokens[title.end]?.text === '.' && !tokens[title.end].spaced) title.end++;
        } else break;
      }
      // "the special representative for the dialogue, Miroslav Lajčák,": the name after a comma.
      {
        let k = title.end;
        if (['for', 'on', 'to', 'in', 'at'].includes(tokens[k]?.lower ?? '')) {
          k++;
          if (tokens[k]?.lower === 'the') k++;
          for (let w = 0; w < 3 && tokens[k]?.word && tokens[k].text !== ','; w++) k++;
        }
        // "the group's leader, Hassan Nasrallah,": a vague title is an office once it is someone's.
        const owned = /^(?:['’]s|its|their)$/i.test(tokens[title.start - 1]?.text ?? '');
        // "the movement's secretary-general, Sayyed Hassan Nasrallah,", "the President of
        // Azerbaijan, H.E. Mr. Ilham Aliyev,": styles of address are no name.
        let from = k + 1;
        for (;;) {
          const style = styleInitials(tokens, from);
          if (style > 0) from += style;
          else if (
            HONORIFICS.has(tokens[from]?.text.replace(/\.$/, '') ?? '') &&
            nameRun(tokens, from + 1 + (tokens[from + 1]?.text === '.' ? 1 : 0)) - from >= 3
          )
            from += tokens[from + 1]?.text === '.' ? 2 : 1;
          else break;
        }
        if (
          tokens[k]?.text === ',' &&
          (!title.vague || owned) &&
          nameRun(tokens, title.end) === title.end &&
          nameRun(tokens, from) - from >= 2 &&
          [',', '.', ')'].includes(tokens[nameRun(tokens, from)]?.text ?? '.')
        )
          title.end = from;
      }
      // A known person right after the title ("Defense Minister Gen Nakatani"): the title
      // gives the office's evidence.
      const at = covered[title.end] ? candAt.get(tokens[title.end]?.start ?? -1) : undefined;
      const knownAt = at === undefined ? undefined : cands[at];
      if (knownAt && reg.get(knownAt.actorKey).kind === 'person') {
        knownAt.title ??= { start: tokens[title.start].start, end: knownAt.end };
        const person = reg.get(knownAt.actorKey);
        // Out of every listed office on the article's date, the title the article gives says
        // whose they are ("The EU's special representative, Miroslav Lajčák"), not the list.
        if (title.country && !person.role) person.country = title.country;
        person.country ??= title.country;
        if (title.body) person.office ??= reg.fromEntry(ENTRY_BY_KEY.get(title.body)!, ctx.date);
        // The office as the article words it ("Deputy Prime Minister"), once per actor.
        if (!title.vague && title.role && !reg.textRole.has(knownAt.actorKey)) {
          reg.textRole.add(knownAt.actorKey);
          person.role = describeRole(title.role, person.country);
        }
        i = title.end - 1;
        continue;
      }
      const n = nameRun(tokens, title.end);
      let nameFrom = title.end;
      let nameTo = n;
      if (nameTo === nameFrom) {
        // Appositive: "<Name>, <title>" or "<Name>, the <title>".
        // "X, the group's chief negotiator", "X, its foreign minister": a possessive first.
        let comma = i - 1;
        if (/^['’]s$/.test(tokens[comma]?.text ?? '') && tokens[comma - 1]?.word) comma -= 2;
        else if (tokens[comma]?.lower === 'its' || tokens[comma]?.lower === 'their') comma--;
        if (tokens[comma]?.lower === 'the') comma--;
        if (tokens[comma]?.lower === 'a' || tokens[comma]?.lower === 'an') comma--;
        // "SUGA Yoshihide, then Prime Minister of Japan": the office held at the time.
        if (tokens[comma]?.lower === 'then') comma--;
        const namesBody = tokens.slice(i, title.end + 1).some((t) => t.lower === 'of');
        // A vague title names an office once it names whose ("China's top foreign policy
        // official"), as one with "of" does.
        if (tokens[comma]?.text !== ',' || (title.vague && !namesBody && !title.country)) {
          i = title.end - 1;
          continue;
        }
        let k = comma;
        const nameTokenAt = (x: number) =>
          cap(tokens[x]) ||
          PARTICLES.has(tokens[x].text) ||
          (tokens[x].text === '-' && !tokens[x].spaced) ||
          (tokens[x - 1]?.text === '-' && !tokens[x - 1].spaced && !tokens[x].spaced) ||
          tokens[x].text === '.' ||
          SUFFIXES.has(tokens[x].text);
        while (k > 0 && comma - k < 6 && nameTokenAt(k - 1)) k--;
        // "Gilberto C. Teodoro, Jr., Secretary ...": a suffix after its own comma.
        if (
          tokens[k - 1]?.text === ',' &&
          SUFFIXES.has(
            tokens
              .slice(k, comma)
              .filter((t) => t.text !== '.')
              .map((t) => t.text)
              .join(''),
          )
        )
          for (k--; k > 0 && comma - k < 9 && nameTokenAt(k - 1);) k--;
        // "Yoshihide Suga, Prime Minister of Japan": a known person right before the comma
        // takes the title (and its state) the article gives.
        let before: (typeof cands)[number] | undefined;
        for (let x = k; x < comma && !before; x++) {
          const at = covered[x] ? candAt.get(tokens[x].start) : undefined;
          const c = at === undefined ? undefined : cands[at];
          if (c && c.end === tokens[comma - 1].end && reg.get(c.actorKey).kind === 'person')
            before = c;
        }
        if (before) {
          before.title ??= { start: before.start, end: tokens[title.end - 1].end };
          const d = reg.get(before.actorKey);
          d.country ??= title.country;
          i = title.end - 1;
          continue;
        }
        // "Mr. WU Jianghao, Ambassador of ...": an honorific and its full stop are no name.
        while (
          k < comma &&
          (NOT_NAMES.has(tokens[k].text) ||
            covered[k] ||
            HONORIFICS.has(tokens[k].text) ||
            tokens[k].text === '.')
        )
          k++;
        nameFrom = k;
        nameTo = comma;
        if (nameTo - nameFrom < 2) {
          i = title.end - 1;
          continue;
        }
      }
      // At most five words ("Paul-Henri Sandaogo Damiba" is three).
      for (let w = 0, k = nameFrom; k < nameTo; k++) {
        if (tokens[k].word && tokens[k].spaced && ++w > 5) {
          nameTo = k;
          break;
        }
      }
      if (covered.subarray(nameFrom, nameTo).includes(1)) {
        // A known person after a title: the title still gives the role's span.
        // By the start index, not a scan of every candidate so far (quadratic on a run of titles).
        const at = candAt.get(tokens[nameFrom].start);
        const known = at === undefined ? undefined : cands[at];
        if (known && !known.title && nameFrom === title.end) {
          known.title = { start: tokens[title.start].start, end: known.end };
          const d = reg.get(known.actorKey);
          if (d.kind === 'person' && !d.country) d.country = title.country;
        }
        i = title.end - 1;
        continue;
      }
      const raw = spanText(text, tokens, nameFrom, nameTo);
      if (title.vague && nameTo - nameFrom < 2) continue;
      const name = personName(raw);
      const known = BY_ALIAS.get(raw) ?? BY_ALIAS.get(name);
      // "Rear Admiral X of the Indian Navy": the body after the name is the person's.
      let k = nameTo;
      if (tokens[k]?.lower === 'of') k += tokens[k + 1]?.lower === 'the' ? 2 : 1;
      const unitAt = k > nameTo && covered[k] ? candAt.get(tokens[k].start) : undefined;
      const unit = unitAt === undefined ? null : reg.get(cands[unitAt].actorKey);
      if (unit && unit.kind !== 'person') {
        title.country ??= unit.country;
        if (unit.kind !== 'country' && title.role) title.role = `${title.role}, ${unit.name}`;
      }
      const key = known
        ? reg.fromEntry(known, ctx.date)
        : reg.ensure(`person:${name}`, () => ({
            name,
            kind: 'person',
            country: title.country,
            role: title.role ? describeRole(title.role, title.country) : null,
          }));
      const tStart = Math.min(tokens[title.start].start, tokens[nameFrom].start);
      const tEnd = Math.max(tokens[title.end - 1].end, tokens[nameTo - 1].end);
      push(key, tokens, nameFrom, nameTo, 4, false, { start: tStart, end: tEnd });
      if (title.body)
        reg.get(key).office ??= reg.fromEntry(ENTRY_BY_KEY.get(title.body)!, ctx.date);
      persons.push({
        key,
        tokens: tokens.slice(nameFrom, nameTo),
        familyFirst: tokens[nameFrom].upper && !tokens[nameTo - 1].upper,
      });
      cover(nameFrom, nameTo);
      i = Math.max(i, title.end - 1);
    }

    // 3. Other capitalised runs, typed by context.
    for (let i = 0; i < tokens.length; i++) {
      if (!cap(tokens[i]) || never[i]) continue;
      // A body's name may start with a state ("Russian Defense Ministry", "Baltic Fleet") or a
      // word that names nothing alone ("Ministry of Defence of Armenia").
      const isStart = i === 0 || (i === 1 && /^["“‘(']$/.test(tokens[0].text));
      let body =
        isStart &&
        !covered[i] &&
        ctx.lowerWords.has(tokens[i].lower) &&
        !ORG_HEADS.longestAt(tokens, i)
          ? null
          : orgRun(tokens, i, covered);
      // "the 82nd Airborne Division", "the 15 Corps": a unit's number is part of its name.
      const num =
        i > 0 && !covered[i - 1] ? /^\d{1,3}(st|nd|rd|th)?$/.exec(tokens[i - 1].text) : null;
      const numbered =
        !!num &&
        !/^[,.]$/.test(tokens[i - 2]?.text ?? '') &&
        (!!num[1] || UNIT_HEADS.has(tokens[i].text));
      const unit = numbered && !body && !covered[i] ? FORCE_HEADS.longestAt(tokens, i) : null;
      if (unit) body = { end: i + unit.length, kind: 'force', country: null };
      const start = body && numbered && body.kind === 'force' ? i - 1 : i;
      const same = body ? candAt.get(tokens[i].start) : undefined;
      // Inside a name found before ("Forces" of "Armed Forces of the Philippines"): no body
      // starts there.
      if (body && covered[i] && same === undefined) body = null;
      if (body && heldMeeting(text, tokens, body.end - 1)) body = null;
      if (body && !(same !== undefined && cands[same].end >= tokens[body.end - 1].end)) {
        const kind = placeOrBody(tokens, start, body.end, body.kind);
        const key = actorNamed(
          spanText(text, tokens, start, body.end),
          kind,
          kind === 'place' ? null : body.country,
        );
        push(key, tokens, start, body.end, 3);
        if (
          tokens[body.end]?.text === '(' &&
          tokens[body.end + 1]?.upper &&
          tokens[body.end + 2]?.text === ')'
        )
          acronyms.set(tokens[body.end + 1].text, key);
        cover(start, body.end);
        i = body.end - 1;
        continue;
      }
      if (covered[i]) continue;
      let from = i;
      while (
        from < tokens.length &&
        cap(tokens[from]) &&
        !(from > i && (ORG_HEADS.longestAt(tokens, from) || FORCE_HEADS.longestAt(tokens, from))) &&
        ((NOT_NAMES.has(tokens[from].text) &&
          !(tokens[from].text === 'Operation' && cap(tokens[from + 1])) &&
          (ARTICLES.has(tokens[from].lower) || !headWithin(tokens, from + 1, 4))) ||
          (from === i && isStart && ctx.lowerWords.has(tokens[from].lower)))
      )
        from++;
      if (from > i) {
        i = from - 1;
        continue;
      }
      const org = orgRun(tokens, from, covered);
      if (org && heldMeeting(text, tokens, org.end - 1)) {
        i = org.end - 1;
        continue;
      }
      if (org) {
        const raw = spanText(text, tokens, from, org.end);
        const known = BY_ALIAS.get(raw);
        const kind = placeOrBody(tokens, from, org.end, org.kind);
        const key = known
          ? reg.fromEntry(known, ctx.date)
          : reg.ensure(`${kind}:${raw}`, () => ({
              name: raw,
              kind,
              country: kind === 'place' ? null : org.country,
              role: null,
            }));
        push(key, tokens, from, org.end, 3);
        cover(from, org.end);
        // "Armed Forces of the Philippines (AFP)": the acronym joins it.
        if (
          tokens[org.end]?.text === '(' &&
          tokens[org.end + 1]?.upper &&
          tokens[org.end + 2]?.text === ')'
        ) {
          acronyms.set(tokens[org.end + 1].text, key);
        }
        i = org.end - 1;
        continue;
      }
      let end = nameRun(tokens, from);
      if (end <= from || covered.subarray(from, end).includes(1)) continue;
      const kind = typeRun(tokens, from, end, isStart, spoken);
      // "Zamzam camp", "the Hakari bridge": the feature is part of the name.
      // A town the reference list knows stays that town ("the Kure base", "Bushehr power plant"),
      // so its state still holds it.
      const town = spanText(text, tokens, from, end);
      const facility =
        kind === 'place' && !CITY_STATES.has(town) && !BY_ALIAS.has(town)
          ? FACILITY_AFTER.longestAt(tokens, end)
          : null;
      const bare = facility && !tokens[end].cap ? spanText(text, tokens, from, end) : null;
      if (bare) end += facility!.length;
      const raw = spanText(text, tokens, from, end);
      if (!kind) {
        // A town no cue types ("clashes in Yevlakh" has one; "Yevlakh talks" has none): kept
        // below if the article names its state.
        if (CITY_STATES.has(raw) && !BY_ALIAS.has(raw))
          towns.push({ raw, start: tokens[from].start, end: tokens[end - 1].end });
        i = end - 1;
        continue;
      }
      const known = BY_ALIAS.get(raw);
      const name = kind === 'person' ? personName(raw) : raw;
      const key = known
        ? reg.fromEntry(known, ctx.date)
        : reg.ensure(`${kind}:${name}`, () => ({ name, kind, country: null, role: null }));
      // "Sudan's Omar al-Bashir", "Moldova's Mircea Snegur": a person no list holds, named as a
      // state's, acts for that state; the possessive stands for the title.
      let owner = kind === 'person' ? possessiveState(tokens, from) : null;
      if (owner) reg.get(key).country ??= owner.entry.country;
      if (owner && reg.get(key).country !== owner.entry.country) owner = null;
      push(
        key,
        tokens,
        from,
        end,
        kind === 'person' ? 3 : 1,
        false,
        owner ? { start: tokens[owner.from].start, end: tokens[end - 1].end } : undefined,
      );
      if (bare) reg.get(key).aliases.add(bare); // "Zamzam" is a name of "Zamzam camp"
      // "Daniel Ortega of Nicaragua": the state after "of" is the person's.
      if (kind === 'person' && tokens[end]?.lower === 'of') {
        const state = stateAt(tokens, end + 1);
        if (state?.entry.kind === 'country') reg.get(key).country ??= state.entry.country;
      }
      // "the islands of Lesbos and Chios", "near Qamishli, Kobani and Afrin": the list goes on.
      if (kind === 'place') {
        let k = end;
        while (k < tokens.length) {
          let next = k;
          if (tokens[next]?.text === ',') next++;
          if (tokens[next]?.lower === 'and') next++;
          if (next === k || !cap(tokens[next]) || covered[next] || NOT_NAMES.has(tokens[next].text))
            break;
          const stop = nameRun(tokens, next);
          if (stop <= next || stop - next > 3 || covered.subarray(next, stop).includes(1)) break;
          if (ORG_HEADS.longestAt(tokens, stop - 1) || FORCE_HEADS.longestAt(tokens, stop - 1))
            break;
          const item = spanText(text, tokens, next, stop);
          const itemKey = BY_ALIAS.get(item)
            ? reg.fromEntry(BY_ALIAS.get(item)!, ctx.date)
            : reg.ensure(`place:${item}`, () => ({
                name: item,
                kind: 'place',
                country: null,
                role: null,
              }));
          push(itemKey, tokens, next, stop, 1);
          cover(next, stop);
          k = stop;
        }
        cover(from, end);
        i = k - 1;
        continue;
      }
      if (kind === 'person')
        persons.push({
          key,
          tokens: tokens.slice(from, end),
          familyFirst: tokens[from].upper && !tokens[end - 1].upper,
        });
      if (tokens[end]?.text === '(' && tokens[end + 1]?.upper && tokens[end + 2]?.text === ')')
        acronyms.set(tokens[end + 1].text, key);
      cover(from, end);
      i = end - 1;
    }
  }

  // Within the article, a surname ("Marcos", "Kihara", "Yoon") or a defined acronym joins the
  // earlier full mention; a surname two people share here stays unmatched.
  const short = new Map<string, string | null>();
  for (const p of persons) {
    const words = p.tokens.filter(
      (t) => t.word && !SUFFIXES.has(t.text) && !PARTICLES.has(t.text) && t.text.length > 1,
    );
    if (words.length < 2) continue;
    const family = p.familyFirst ? words[0] : words[words.length - 1];
    for (const w of new Set([family.text, titleCase(family.text)])) {
      if (NOT_NAMES.has(w) || BY_ALIAS.has(w)) continue;
      const seen = short.get(w);
      short.set(w, seen === undefined || seen === p.key ? p.key : null);
    }
  }
  for (const [a, key] of acronyms) if (!short.has(a)) short.set(a, key);
  // "Mr Gyawali", "Minister Bayramov": a surname a title or an honorific found is the same person.
  for (const c of cands) {
    const d = reg.get(c.actorKey);
    const full = d.kind === 'person' && !/\s/.test(d.name) ? short.get(d.name) : undefined;
    if (full && full !== c.actorKey) c.actorKey = full;
  }
  if (short.size > 0) {
    const taken = new Set(cands.map((c) => `${c.start}`));
    sentences.forEach((_s, si) => {
      for (const t of tokensOf[si]) {
        const key = short.get(t.text);
        if (key && t.word && !taken.has(`${t.start}`)) {
          // "al-Burhan" after "Abdel Fattah al-Burhan": the particle comes along.
          const k = tokensOf[si].indexOf(t);
          const particle =
            k >= 2 && tokensOf[si][k - 1].text === '-' && PARTICLES.has(tokensOf[si][k - 2].text)
              ? tokensOf[si][k - 2]
              : null;
          const start = particle ? particle.start : t.start;
          cands.push({
            actorKey: key,
            start,
            end: t.end,
            text: text.slice(start, t.end),
            demonym: false,
            priority: particle ? 5 : 0,
          });
        }
      }
    });
  }
  // Towns: typed by cue or not, placed in a state only when the article names that state.
  const states = new Set<string>();
  for (const c of cands) {
    const d = reg.get(c.actorKey);
    if (d.kind === 'country' && d.country) states.add(d.country);
  }
  for (const t of towns) {
    const iso = CITY_STATES.get(t.raw)!.find((c) => states.has(c));
    if (!iso) continue;
    const key = reg.ensure(`place:${t.raw}`, () => ({
      name: t.raw,
      kind: 'place',
      country: iso,
      role: null,
    }));
    cands.push({
      actorKey: key,
      start: t.start,
      end: t.end,
      text: t.raw,
      demonym: false,
      priority: 1,
    });
  }
  for (const c of cands) {
    const d = reg.get(c.actorKey);
    if ((d.kind === 'place' || d.kind === 'region') && !d.country && !ENTRY_BY_KEY.has(d.key)) {
      const iso = CITY_STATES.get(d.name)?.find((x) => states.has(x));
      if (iso) d.country = iso;
    }
  }
  const out = resolveOverlaps(cands);
  for (const m of out) {
    if (m.demonym) continue;
    const d = reg.get(m.actorKey);
    d.aliases.add(m.text);
    // "Kursk region", "Batken province": the place's noun after it is part of a name it goes by.
    const feature = d.kind === 'place' || d.kind === 'region' ? featureAfter(text, m.end) : '';
    if (feature) d.aliases.add(`${m.text} ${feature}`);
  }
  return halfNames(text, bodyAnaphors(text, out, reg), reg);
}

/** An acronym in brackets after a name: "Syrian Democratic Forces (SDF)". */
const ACRONYM_IN_PARENS = /\((\p{Lu}{2,6})\)/gu;
/** The name that ends where the brackets start: two to seven capitalised words. */
const LONG_FORM =
  /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]{0,30}[ \t]+(?:(?:of|for|and|the)[ \t]+)?){1,6}\p{Lu}[\p{L}'’-]{0,30})$/u;
/** Longer than the longest name LONG_FORM can match. */
const LONG_FORM_REACH = 300;

/**
 * Capitalised words that stand alone (no capitalised word beside them, not opening the
 * sentence) at least twice in the article: surnames, mostly ("Soleimani had", "Soleimani's").
 */
function aloneTwice(sentences: Token[][]): string[] {
  const seen = new Map<string, number>();
  for (const tokens of sentences)
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.word || !t.cap || t.upper || t.text.length < 3 || NOT_NAMES.has(t.text)) continue;
      if (cap(tokens[i - 1]) || (tokens[i - 1].text === '-' && !t.spaced) || cap(tokens[i + 1]))
        continue;
      seen.set(t.text, (seen.get(t.text) ?? 0) + 1);
    }
  return [...seen].filter(([, n]) => n >= 2).map(([w]) => w);
}

/** One capitalised word alone before a speech verb (words.json): "Prigozhin says". */
const SPOKEN = new RegExp(
  String.raw`(?=\p{Lu})(?<![\p{L}\p{M}'’-][ \t]?)(?<!\p{Lu}[\p{L}\p{M}'’-]{0,30}[ \t])(?<!\b\p{Lu}\.[ \t])(\p{Lu}[\p{Ll}\p{M}'’-]{2,30})[ \t]+(?:${[...SPEECH_VERBS].join('|')})\b`,
  'gu',
);

/** "the council", "the bloc": what `words.bodyAnaphors` says each points back to. */
const ANAPHOR = new RegExp(
  // "The committee's chair, Berit Reiss-Andersen": a body's possessive names it too; "the
  // country's" is too often any state's to.
  String.raw`\b[Tt]he\s+(${Object.keys(words.bodyAnaphors).join('|')})\b(?!\s+(?:of|for|on|\p{Lu}))(?!(?<=country)['’])`,
  'gu',
);
/** Each head word as a whole word of a name: "Council" in "UN Security Council". */
const HEAD_WORD = new Map(
  Object.values(words.bodyAnaphors).map((w) => [w, new RegExp(String.raw`\b${w}\b`)]),
);
/** How far back a body may be named for "the council" to be it. */
const ANAPHOR_REACH = 2000;
/** How far back a sentence's start is looked for. */
const SENTENCE_REACH = 600;

/**
 * Adds a mention for each "the council", "the agency", "the bloc" that points back to a body the
 * article named shortly before: the last named with that head word, or of that kind. One sweep.
 * @example bodyAnaphors('The UN Security Council met. The council voted.', ms, reg).length // -> 2
 */
/** "the North", "the South": the halves of a divided country, by the state each names. */
const HALF = new RegExp(
  String.raw`\b[Tt]he\s+(${Object.keys(words.halfNames).join('|')})\b(?![\s-]+(?:of\b|\p{Lu}|[Kk]orea))`,
  'gu',
);

/**
 * "North Korea fired ... The launch came days after the North test-fired": in an article that
 * names the state, "the North" is it (words.json halfNames). Inserted in order.
 */
function halfNames(text: string, mentions: Mention[], reg: ActorRegistry): Mention[] {
  const named = new Set(mentions.map((m) => reg.get(m.actorKey).country));
  const extra: Mention[] = [];
  for (const hit of text.matchAll(HALF)) {
    const iso = words.halfNames[hit[1]];
    const key = `country:${iso}`;
    if (!named.has(iso) || !reg.drafts.has(key)) continue;
    extra.push({
      start: hit.index,
      end: hit.index + hit[0].length,
      actorKey: key,
      text: hit[0],
      demonym: false,
      anaphor: true,
    });
  }
  if (extra.length === 0) return mentions;
  // One sweep over both (each sorted by start): a name already there wins.
  const out: Mention[] = [];
  let k = 0;
  for (const x of extra) {
    while (k < mentions.length && mentions[k].end <= x.start) out.push(mentions[k++]);
    if (k < mentions.length && mentions[k].start < x.end) continue;
    out.push(x);
  }
  while (k < mentions.length) out.push(mentions[k++]);
  return out;
}

function bodyAnaphors(text: string, mentions: Mention[], reg: ActorRegistry): Mention[] {
  const out: Mention[] = [];
  const last = new Map<string, Mention>();
  let k = 0;
  const fits = (m: Mention, want: string) => {
    const d = reg.get(m.actorKey);
    if (want === 'bloc') return d.kind === 'bloc';
    if (want === 'country') return d.kind === 'country';
    if (want === 'armed group') return NON_STATE_KEYS.has(m.actorKey);
    return HEAD_WORD.get(want)!.test(d.name);
  };
  // "The country": the first state the last sentence naming one named (its subject, most
  // often), not the last: "Solomon Islands would sign it with China. The country initialled".
  let sentenceAt = -1;
  let firstState: Mention | undefined;
  // Where the sentence holding `pos` starts, looked for a bounded way back (linear on any text).
  const sentenceOf = (pos: number) => {
    const from = Math.max(0, pos - SENTENCE_REACH);
    const back = text.slice(from, pos);
    const at = Math.max(back.lastIndexOf('. '), back.lastIndexOf('\n'));
    return at < 0 ? -1 : from + at;
  };
  for (const hit of text.matchAll(ANAPHOR)) {
    const at = hit.index;
    while (k < mentions.length && mentions[k].start < at) {
      const m = mentions[k++];
      out.push(m);
      for (const [word, want] of Object.entries(words.bodyAnaphors)) {
        if (m.demonym || !fits(m, want)) continue;
        if (want !== 'country') {
          last.set(word, m);
          continue;
        }
        const starts = sentenceOf(m.start);
        if (starts !== sentenceAt || !firstState) {
          sentenceAt = starts;
          firstState = m;
          last.set(word, m);
        }
      }
    }
    if (k < mentions.length && mentions[k].start < at + hit[0].length) continue; // inside a name
    const word = hit[1];
    const ante = last.get(word);
    if (!ante || at - ante.end > ANAPHOR_REACH) continue;
    out.push({
      start: at,
      end: at + hit[0].length,
      actorKey: ante.actorKey,
      text: hit[0],
      demonym: false,
      anaphor: true,
    });
  }
  while (k < mentions.length) out.push(mentions[k++]);
  return out;
}

/** A state's ministry, one actor however it is written; the words as written are an alias. */
/**
 * "MANILA, Oct 5 - ... the foreign ministry said": a ministry no state names, before any the
 * article names with its state, is the one of the state the article is filed from. Not the
 * United States': its ministries are departments, so a "defence ministry" in a Washington
 * story is another state's.
 */
function filedFrom(
  reg: ActorRegistry,
  iso: string | null | undefined,
  phrase: string,
  written: string,
): string | undefined {
  // Ministries only: "the cabinet", "parliament", "police" are as often another state's; so is
  // "the health ministry" (a war's toll is counted by the territory's own).
  if (!/Ministry/.test(MINISTRY_NAME(phrase)) || /Health/.test(MINISTRY_NAME(phrase)))
    return undefined;
  const state = iso && iso !== 'US' ? ENTRY_BY_KEY.get(`country:${iso}`) : undefined;
  return state ? stateMinistry(reg, state, phrase, written) : undefined;
}

function stateMinistry(
  reg: ActorRegistry,
  state: LexiconEntry,
  phrase: string,
  written: string,
): string {
  const name = `${state.demonyms[0] ?? state.name} ${MINISTRY_NAME(phrase)}`;
  const key = reg.ensure(`organization:${name}`, () => ({
    name,
    kind: 'organization' as ActorKind,
    country: state.country,
    role: null,
    organ: true,
  }));
  reg.get(key).aliases.add(written);
  return key;
}

/**
 * A place its feature names, from token `i`: the feature first and "of" ("Gulf of Finland"), or
 * at most three capitalised words before a facility ("Baghdad International Airport").
 */
function featurePlace(tokens: Token[], i: number): { end: number; kind: ActorKind } | null {
  if (PLACE_HEADS_FIRST.has(tokens[i].text) && tokens[i + 1]?.lower === 'of') {
    let k = i + 2;
    if (tokens[k]?.lower === 'the') k++;
    const from = k;
    while (k < tokens.length && k - from < 3 && cap(tokens[k]) && !NOT_NAMES.has(tokens[k].text))
      k++;
    if (k === from) return null;
    return { end: k, kind: REGION_HEADS.has(tokens[i].text) ? 'region' : 'place' };
  }
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    if (!cap(tokens[k - 1]) || NOT_NAMES.has(tokens[k - 1].text)) return null;
    const facility = FACILITY_HEADS.longestAt(tokens, k);
    if (facility) return { end: k + facility.length, kind: 'place' };
  }
  return null;
}

/** Whether a body's head word ends a run of at most `max` capitalised words from `k`. */
function headWithin(tokens: Token[], k: number, max: number): boolean {
  for (let n = 0; n < max && (cap(tokens[k + n]) || tokens[k + n]?.lower === 'and'); n++)
    if (ORG_HEADS.longestAt(tokens, k + n) || FORCE_HEADS.longestAt(tokens, k + n)) return true;
  return false;
}

/** An organisation or force run: "Eastern Theatre Command", "Ministry of Foreign Affairs of Japan". */
function orgRun(
  tokens: Token[],
  i: number,
  covered: Uint8Array,
): { end: number; kind: ActorKind; country: string | null } | null {
  let j = i;
  let headEnd = -1;
  let kind: ActorKind = 'organization';
  let country: string | null = null;
  let afterOf = false;
  while (j < tokens.length) {
    const t = tokens[j];
    const force = cap(t) ? FORCE_HEADS.longestAt(tokens, j) : null;
    const org = cap(t) ? ORG_HEADS.longestAt(tokens, j) : null;
    const head = force && (!org || force.length >= org.length) ? force : org;
    if (head) {
      kind = head === force ? 'force' : 'organization';
      j += head.length;
      headEnd = j;
      if (COMPANY_SUFFIXES.has(tokens[j - 1].text)) break;
      continue;
    }
    if (cap(t) && !NOT_NAMES.has(t.text)) {
      j++;
      // "Department of Migrant Workers": the capitals after "of" end the body's name.
      if (afterOf && !TITLE_FIRST.has(t.lower)) headEnd = j;
      if (tokens[j]?.text === '-' && !tokens[j].spaced && cap(tokens[j + 1])) j += 2;
      // "the Workers' Party of Korea", "Peoples' Democratic Party": a plural's apostrophe.
      // Not a state's possessive: "the Philippines' Coast Guard" is the state's service.
      else if (
        /^['’]$/.test(tokens[j]?.text ?? '') &&
        t.text.endsWith('s') &&
        !covered[j - 1] &&
        cap(tokens[j + 1]) &&
        !NOT_NAMES.has(tokens[j + 1].text) // "the Leaders' Summit" is a meeting's name
      )
        j++;
      continue;
    }
    if (
      cap(t) &&
      NOT_NAMES.has(t.text) &&
      (j > i ||
        (!ARTICLES.has(t.lower) && !COUNT_WORDS.has(t.text) && headWithin(tokens, j + 1, 4)))
    ) {
      // "Ministry of Defence": a common word after "of" still ends the body's name; a title
      // does not ("Office of the Spokesperson" signs a statement).
      if (afterOf && !ARTICLES.has(t.lower) && !TITLE_HEADS.longestAt(tokens, j)) headEnd = j + 1;
      j++;
      continue;
    }
    // "of (the)" / "for" / "and" inside a body's name, when capitals follow.
    // Not "X and the Y": two bodies, not one name.
    const twoBodies = t.lower === 'and' && (tokens[j + 1]?.lower === 'the' || covered[j + 1] === 1);
    // "Prime Minister Phạm Minh Chính and Communist Party officials": a titled name is a person's.
    let name = i;
    while (name > 0 && cap(tokens[name - 1]) && !TITLE_LAST.has(tokens[name - 1].lower)) name--;
    const titled = name > 0 && TITLE_LAST.has(tokens[name - 1].lower);
    if (
      headEnd < 0 &&
      j > i &&
      t.lower === 'and' &&
      !twoBodies &&
      !titled &&
      headWithin(tokens, j + 1, 3)
    ) {
      j++;
      continue;
    }
    // "the Korean People's Army" after "of": a possessive inside the name.
    if (afterOf && /^['’]s$/.test(t.text) && !t.spaced && cap(tokens[j + 1])) {
      // Not "the Department of the Treasury's Office of Foreign Assets Control": a body of its
      // own, with its own "of", is the possessor's part, not the rest of its name.
      const owned = ORG_HEADS.longestAt(tokens, j + 1);
      if (owned && tokens[j + 1 + owned.length]?.lower === 'of') break;
      j++;
      continue;
    }
    if (headEnd > 0 && ['of', 'for', 'and', 'on'].includes(t.lower) && !twoBodies) {
      let k = j + 1;
      if (tokens[k]?.lower === 'the') k++;
      // "the Cabinet on Friday", "Armed Forces of the Philippines on Wednesday": a date, not a name.
      if (CALENDAR_NAME.test(tokens[k]?.text ?? '')) break;
      // "Member of the Political Bureau ... and Minister of Foreign Affairs": a second title.
      if (t.lower === 'and' && TITLE_HEADS.longestAt(tokens, k)) break;
      const state = stateAt(tokens, k);
      if (state) {
        country = state.entry.country;
        j = k + state.length;
        headEnd = j;
        continue;
      }
      // "the Quds Force of the Islamic Revolutionary Guard Corps": a force's name ends before
      // the known body it is part of.
      if (kind === 'force' && t.lower === 'of' && covered[k] && covered[k + 1]) break;
      if (cap(tokens[k])) {
        j = k;
        afterOf = t.lower !== 'and';
        continue;
      }
    }
    break;
  }
  if (headEnd < 0) return null;
  // A head alone ("Ministry", "Command") or a generic pair ("Defence Ministry") names nothing.
  if (headEnd - i < 2) return null;
  // "Chief Cabinet Secretary Hayashi": words of a title before its head are no body.
  if (
    TITLE_MODIFIERS.longestAt(tokens, i)?.length === headEnd - i &&
    TITLE_HEADS.longestAt(tokens, headEnd)
  )
    return null;
  // A state before the head: "Japanese Defense Ministry" is Japan's.
  for (let k = i; k < headEnd; k++) {
    const s = stateAt(tokens, k);
    if (s) country ??= s.entry.country;
  }
  return { end: headEnd, kind, country };
}

/** The service name of a state's forces in general ("troops", "military", "forces"). */
const GENERIC_FORCES = 'Armed Forces';
const BODY_NOUNS = new Set([
  'agency',
  'company',
  'firm',
  'party',
  'organisation',
  'organization',
  'movement',
  'group',
  'militia',
  'mission',
  'operation',
  'coalition',
]);
/**
 * Taking or striking verbs, every form (a headline's present tense too: "rebels seize Goma"):
 * their one-word object is a place.
 */
const STRIKE_VERBS = new Set(
  [
    'capture',
    'recapture',
    'seize',
    'shell',
    'bomb',
    'strike',
    'hit',
    'enter',
    'retake',
    'overrun',
    'liberate',
    'besiege',
    'storm',
    'occupy',
    'annex',
    'encircle',
  ].flatMap((v) => Object.values(inflect(v))),
);
/** How many tokens a style of address in initials takes at `k` ("H.E." 4, "H.R.H." 6), or 0. */
function styleInitials(tokens: Token[], k: number): number {
  const t = (i: number) => tokens[k + i]?.text;
  if (t(0) !== 'H' || t(1) !== '.' || t(3) !== '.') return 0;
  if (t(2) === 'R' && t(4) === 'H' && t(5) === '.') return 6;
  return ['E', 'H', 'M'].includes(t(2) ?? '') ? 4 : 0;
}
const ARMED_AFTER =
  /^(?:rebels?|rebel group|militias?|militants?|insurgents?|guerrillas?|fighters|jihadists?|armed group|paramilitar(?:y|ies)) /;

/** What an unknown capitalised run is, from its context; null when the context says nothing. */
function typeRun(
  tokens: Token[],
  from: number,
  end: number,
  isStart: boolean,
  spoken: ReadonlySet<string> = new Set(),
): ActorKind | null {
  const last = tokens[end - 1];
  // Words, a hyphenated one counting once ("Rostov-on-Don").
  let n = 0;
  for (let k = from; k < end; k++)
    if (tokens[k].text !== '-' && !(tokens[k - 1]?.text === '-' && !tokens[k].spaced)) n++;
  // "Operation Prosperity Guardian": a named operation.
  if (n >= 2 && tokens[from].text === 'Operation') return 'force';
  // A place feature word: "Second Thomas Shoal", "Lachin Corridor"; first: "Lake Ohrid".
  const place = PLACE_HEADS.longestAt(tokens, end - 1);
  if (place && n >= 2) return REGION_HEADS.has(last.text) ? 'region' : 'place';
  if (
    n >= 2 &&
    PLACE_NAMES_FIRST.has(tokens[from].text) &&
    tokens[from + 1].cap &&
    !(COMPASS_NAMES.has(tokens[from].text) && ADJECTIVE_ENDING.test(tokens[from + 1].text))
  )
    return 'place';
  const before = tokens[from - 1];
  const after = tokens[end];
  // An honorific: "Mr. Lammy", "Sheikh Tamim".
  if (before && HONORIFICS.has(before.text.replace(/\.$/, ''))) return 'person';
  if (before?.text === '.' && HONORIFICS.has(tokens[from - 2]?.text ?? '')) return 'person';
  if (VESSEL_PREFIXES.has(tokens[from].text)) return null; // a ship: "BRP Sierra Madre"
  const allCapsFamily =
    tokens[from].upper &&
    !/\d/.test(tokens[from].text) &&
    !tokens.slice(from, end).some((t) => /\d/.test(t.text)) &&
    n >= 2 &&
    n <= 3 &&
    !tokens[end - 1].upper &&
    !/^(?:the|a|an)$/i.test(before?.text ?? '');
  if (allCapsFamily) return 'person';
  // Every word capitalised, but for particles and a hyphen's second half ("Chang Ho-jin").
  const personLike =
    n >= 2 &&
    n <= 4 &&
    !NOT_PERSON_LAST.has(last.text) &&
    // "America's Adversaries Through Sanctions Act": the name of a law, not a person's.
    !INSTRUMENT_HEADS.longestAt(tokens, end) &&
    tokens
      .slice(from, end)
      .every(
        (t, k) =>
          !t.word ||
          t.cap ||
          PARTICLES.has(t.text) ||
          (k > 0 && tokens[from + k - 1].text === '-' && !t.spaced),
      );
  // A speech verb: "Teodoro said", "said Maria Zakharova", "according to X".
  if (
    personLike &&
    (SPEECH_VERBS.has(after?.text ?? '') ||
      (after?.text === ',' && SPEECH_VERBS.has(tokens[end + 1]?.text ?? '')))
  )
    return 'person';
  if (personLike && before && SPEECH_VERBS.has(before.text)) return 'person';
  if (personLike && n <= 3 && spoken.has(last.text)) return 'person';
  // "Naim Qassem was named ...", "Mohammed Ali al-Houthi, a member of ...", "X Y, who ...".
  if (
    personLike &&
    (PERSON_AFTER.longestAt(tokens, end) ||
      (after?.text === ',' && PERSON_AFTER_COMMA.longestAt(tokens, end + 1)))
  )
    return 'person';
  // "after the death of Yevgeny Prigozhin".
  if (personLike && precededBy(tokens, from, PERSON_BEFORE)) return 'person';
  // "foreign ministers Wang Yi and Jeremiah Manele", "two reservists, Ehud Goldwasser and Eldad
  // Regev": names after the plural of a title or of a person's noun, and those coordinated.
  if (personLike && pluralPersons(tokens, from)) return 'person';
  // "Eric Huang, a career diplomat", "Dejan Pantić, a former Serb police officer": a name with
  // a person's noun or title in apposition.
  if (personLike && after?.text === ',' && appositivePerson(tokens, end + 1)) return 'person';
  // "the commander of the Kenya Defence Forces, Omar Haji, said": a title's apposition.
  if (personLike && n <= 3 && after?.text === ',' && titleBeforeApposition(tokens, from))
    return 'person';
  // "Uganda's Yoweri Museveni", "the movement led by Gibril Ibrahim".
  if (
    personLike &&
    n <= 3 &&
    /^['’]s$/.test(before?.text ?? '') &&
    tokens[from - 2]?.cap &&
    !(after && !after.cap && PLACE_FEATURES_AFTER.has(after.text)) // "Pakistan's X province"
  )
    return 'person';
  // "the movement led by X", "signed in Karachi by Jawaharlal Nehru": the agent of a passive.
  if (personLike && before?.lower === 'by' && passiveBefore(tokens, from - 1)) return 'person';
  // "Daniel Ortega of Nicaragua", "Kamchybek Tashiev of Kyrgyzstan and Saimumin Yatimov of
  // Tajikistan": a name no head word types, then "of" and a state by name.
  if (
    personLike &&
    n <= 3 &&
    after?.lower === 'of' &&
    !TITLE_HEADS.longestAt(tokens, end - 1) &&
    !ORG_HEADS.longestAt(tokens, end - 1) &&
    !FORCE_HEADS.longestAt(tokens, end - 1) &&
    !PLACE_HEADS.longestAt(tokens, end - 1)
  ) {
    const state = stateAt(tokens, end + 1);
    if (state && state.entry.kind === 'country' && !/^[a-z]/.test(tokens[end + 1].text))
      return 'person';
  }
  if (personLike && before?.lower === 'to' && tokens[from - 2]?.lower === 'according')
    return 'person';
  // A body named after what it is: "the EU border agency Frontex", "the rebel group M23".
  if (n <= 3 && before && !before.cap && BODY_NOUNS.has(before.lower))
    return /^(?:agency|company|firm|party|organi[sz]ation|movement|ministry|body)$/.test(
      before.lower,
    )
      ? 'organization'
      : 'force';
  // The object of a taking or striking verb: "troops captured Shusha", "jets bombed Poti".
  if (n === 1 && before && STRIKE_VERBS.has(before.lower) && !after?.cap) return 'place';
  // An armed group by what follows it: "M23 rebels", "JNIM fighters", "the ELN guerrillas".
  if (n <= 3 && ARMED_AFTER.test(`${after?.lower ?? ''} ${tokens[end + 1]?.lower ?? ''}`))
    return 'force';
  // A mission named after its description: "the UN mission, MONUSCO", "NATO's force, KFOR";
  // not after a force's own name ("the head of the Russian Armed Forces, Ivan Petrov").
  if (
    n <= 4 &&
    before?.text === ',' &&
    !tokens[from - 2]?.cap &&
    /^(?:mission|force|operation|contingent|coalition|taskforce)s?$/.test(
      tokens[from - 2]?.lower ?? '',
    )
  )
    return 'force';
  // A lower-case feature word after it: "the Kalbajar district", "Zamzam camp", "Gezira state".
  if (
    n <= 3 &&
    after &&
    !after.cap &&
    (PLACE_FEATURES_AFTER.has(after.text) ||
      PLACE_FEATURES_AFTER.has(`${after.text} ${tokens[end + 1]?.text ?? ''}`)) &&
    !isStart
  )
    return 'place';
  // "the Fidesz party", "the far-right Our Homeland party": a party by its lower-case head.
  if (n <= 3 && after?.text === 'party') return 'organization';
  // "the Kherson and Zaporizhzhia regions", "the Metina, Zap and Avashin-Basyan areas".
  if (n <= 3 && !isStart && beforePlacePlural(tokens, end)) return 'place';
  // "Wad Madani, the capital of Gezira state", "Malaita, the most populous province".
  if (n <= 3 && after?.text === ',' && placeApposition(tokens, end + 1)) return 'place';
  // "four crossing points, Vaalimaa, ...", "oil terminals in the east, including Brega, ...".
  if (n <= 3 && !SPEECH_VERBS.has(after?.text ?? '') && afterPlacePlural(tokens, from))
    return 'place';
  // A place cue: "in Banjska", "near Kupiansk", "off Hodeidah".
  const cue2 = `${tokens[from - 2]?.lower ?? ''} ${before?.lower ?? ''}`;
  if (before && PLACE_CUES.has(cue2) && n <= 3) return 'place';
  if (!isStart && before && PLACE_CUES.has(before.lower) && n <= 3 && !after?.cap) {
    if (before.lower === 'to' || before.lower === 'from') return null;
    return 'place';
  }
  return null;
}

/** Words that may follow a place's noun in apposition: "the capital of", "a port, ...". */
const PLACE_APPOSITION_END = new Set([
  'of',
  ',',
  '.',
  ';',
  ')',
  'in',
  'on',
  'near',
  'which',
  'that',
  'where',
  'and',
]);

/**
 * Whether the words from `k` are a place's apposition: an article or owner, at most three
 * words, then a place's noun that ends the phrase ("the capital of", "the most populous
 * province,").
 */
function placeApposition(tokens: Token[], k: number): boolean {
  if (!/^(?:a|an|the|its)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let w = k + 1; w <= k + 4 && w < tokens.length; w++) {
    const noun = PLACE_APPOSITIONS.longestAt(tokens, w);
    if (noun) {
      const next = tokens[w + noun.length];
      return !next || PLACE_APPOSITION_END.has(next.lower);
    }
    if (!tokens[w].word) return false;
  }
  return false;
}

/** A past participle a few words before "by" at `by`, in the same phrase ("signed in 1960 by"). */
function passiveBefore(tokens: Token[], by: number): boolean {
  for (let k = by - 1; k >= 0 && k >= by - 6; k--) {
    const t = tokens[k];
    if (!t.word) return false;
    if (
      /^(?:led|headed|commanded|chaired|[a-z]{3,}ed|written|drawn|sworn|given|taken|chosen)$/.test(
        t.text,
      )
    )
      return true;
  }
  return false;
}

/**
 * Whether the name ending at `end` is one of a list of names that the plural of a place's noun
 * closes: "the Kherson and Zaporizhzhia regions", "the Metina, Zap and Avashin-Basyan areas".
 */
function beforePlacePlural(tokens: Token[], end: number): boolean {
  let k = end;
  for (let items = 0; items < 6; items++) {
    if (tokens[k]?.word && !tokens[k].cap && PLACE_PLURALS.longestAt(tokens, k)) return true;
    const from = k;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower === 'and') k++;
    if (k === from || !cap(tokens[k])) return false;
    const stop = nameRun(tokens, k);
    if (stop <= k || stop - k > 3) return false;
    k = stop;
  }
  return false;
}

/**
 * Whether the name at `from` opens a list after the plural of a place's noun: after a comma or
 * colon ending its phrase ("four crossing points, Vaalimaa"), or after "including" or "such as"
 * within the clause ("oil terminals in the east, including Brega").
 */
function afterPlacePlural(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1]?.lower;
  // After a comma or colon, the plural is in the same phrase ("crossing points in south-eastern
  // Finland, Vaalimaa"); after "including", anywhere in the clause.
  const phrase = before === ',' || before === ':';
  const listed = before === 'including' || (before === 'as' && tokens[from - 2]?.lower === 'such');
  if (!phrase && !listed) return false;
  const stop = phrase ? /^[.;,:"“”()]$/ : /^[.;:"“”()]$/;
  for (let k = from - 2; k >= 0 && k >= from - (phrase ? 8 : 18); k--) {
    if (stop.test(tokens[k].text)) return false;
    if (PLACE_PLURALS.longestAt(tokens, k)) return true;
  }
  return false;
}

/** Whether the names from token `from` follow a plural title or person's noun ("ministers"). */
function pluralPersons(tokens: Token[], from: number): boolean {
  let k = from - 1;
  // Back over an earlier name and "and" or a comma: "ministers Wang Yi and <run>".
  if (tokens[k]?.lower === 'and' || tokens[k]?.text === ',') {
    k--;
    const names = k;
    while (k >= 0 && cap(tokens[k]) && names - k < 4) k--;
    if (k === names && tokens[k + 1]?.lower !== 'and') k = from - 1;
  }
  if (tokens[k]?.text === ',') k--;
  const w = tokens[k]?.lower ?? '';
  if (w.length < 4 || !w.endsWith('s')) return false;
  const one = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return PERSON_NOUNS.has(one) || TITLE_LAST.has(one);
}

/** Words that may follow the head of a person's apposition. */
const APPOSITION_END = new Set([
  'of',
  'for',
  'in',
  'at',
  'to',
  'with',
  'who',
  'from',
  'on',
  'and',
  'before',
]);

/**
 * Whether the words from `k` are a person's apposition: an article, at most three words, then a
 * title head or a person's noun that ends the phrase.
 */
function appositivePerson(tokens: Token[], k: number): boolean {
  if (/^(?:then|now|later)$/.test(tokens[k]?.lower ?? '')) k++; // "then the speaker of"
  // "its general director", "the company's general director": an owner before the title;
  // "Bolivia's agent before the court": a state's.
  const state = stateAt(tokens, k);
  if (state && /^['’]s$/.test(tokens[k + state.length]?.text ?? '')) k += state.length;
  else if (!/^(?:a|an|the|its|their)$/.test(tokens[k]?.lower ?? '')) return false;
  else if (/^['’]s$/.test(tokens[k + 2]?.text ?? '') && tokens[k + 1]?.word) k += 2;
  for (let w = k + 1; w <= k + 4 && w < tokens.length; w++) {
    const t = tokens[w];
    if (!t.word) return false;
    const head = TITLE_HEADS.longestAt(tokens, w);
    const to = head ? w + head.length : PERSON_NOUNS.has(t.lower) ? w + 1 : -1;
    // The head ends the phrase: "a career diplomat who", never "the last major city".
    if (to > 0 && (!tokens[to]?.word || APPOSITION_END.has(tokens[to].lower))) return true;
  }
  return false;
}

/** How far back from a name a title's apposition may start, in tokens. */
const TITLE_APPOSITION_REACH = 12;

/**
 * Whether a name at `from` closes a title's apposition: "the head of the Russian Armed Forces,
 * <name>,", "its chief spokesman, <name>,": "the" (or an owner) and a title head, in the same
 * clause, then a comma just before the name.
 */
function titleBeforeApposition(tokens: Token[], from: number): boolean {
  if (tokens[from - 1]?.text !== ',') return false;
  for (let k = from - 2; k > 0 && k >= from - TITLE_APPOSITION_REACH; k--) {
    const t = tokens[k];
    if (!t.word && t.text !== '-') return false; // another clause
    const head = TITLE_HEADS.longestAt(tokens, k);
    if (!head) continue;
    const prev = tokens[k - 1]?.lower ?? '';
    const owned = /^(?:the|its|their|his|her)$/.test(prev) || /^['’]s$/.test(prev);
    const ends = k + head.length;
    if (owned && (ends === from - 1 || /^(?:of|for)$/.test(tokens[ends]?.lower ?? ''))) return true;
  }
  return false;
}

/** Whether the two to four words before token `i` are one of `phrases` (lower case). */
function precededBy(tokens: Token[], i: number, phrases: ReadonlySet<string>): boolean {
  for (let n = 2; n <= 4 && n <= i; n++)
    if (
      phrases.has(
        tokens
          .slice(i - n, i)
          .map((t) => t.lower)
          .join(' '),
      )
    )
      return true;
  return false;
}

/** Keeps the best non-overlapping candidates: longest first, then by priority. */
function resolveOverlaps(cands: Candidate[]): Mention[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  // Characters already taken by a kept candidate: linear in the text.
  const taken = new Uint8Array(sorted.reduce((n, c) => Math.max(n, c.end), 0));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ priority: _p, ...rest }) => rest);
}

/** A lower-case place noun right after `end` ("region" in "Kursk region"), or ''. */
function featureAfter(text: string, end: number): string {
  const m = /^ ([a-z]+(?: [a-z]+)?)/.exec(text.slice(end, end + 24));
  if (!m) return '';
  const [one] = m[1].split(' ');
  return PLACE_FEATURES_AFTER.has(m[1]) ? m[1] : PLACE_FEATURES_AFTER.has(one) ? one : '';
}
