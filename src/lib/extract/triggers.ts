/**
 * Event and relation triggers from the verb lexicon (lexicon/verbs.json): every form of every
 * verb, every event noun, matched over a sentence's tokens in one pass. A light verb ("held",
 * "conducted") lends its tense to the event noun after it; a verb and the event noun it takes
 * ("signed an agreement", "imposed sanctions") are one trigger.
 */
import type { Domain, EventKind, RelationType } from '../model/vocabulary.ts';
import { LEXICON, verbs } from './lexicon/index.ts';
import { CALENDAR_NAME } from './matchers.ts';
import { phraseTokens, type Token } from './tokens.ts';
import { TokenTrie } from './trie.ts';

export interface TriggerClass {
  category: string;
  event: EventKind;
  relation: RelationType;
  domains: Domain[];
  trade: boolean;
  reverse: boolean;
  keepsKind: boolean;
  plannedMilestone: boolean;
  /** False for an act that links no one to its object ("Abiy appointed Getachew"). */
  relates: boolean;
  /** Gives way to a more specific act later in its clause ("announced sanctions on Iran"). */
  yields: boolean;
  /** False for a standing state rather than an act ("a dispute with Ethiopia"): it relates its
   * parties but makes no milestone. */
  milestone: boolean;
  /** Who the act reaches when its clause names no target (see the verbs schema). */
  implicit?: 'group' | 'previous';
}

export type Form = 'base' | 's' | 'past' | 'participle' | 'ing' | 'noun';

interface Entry {
  cls: TriggerClass | null;
  form: Form;
  light: boolean;
  /** The word's base ("raid" for "raided" and "raids"): an act and its noun meet on it. */
  lemma: string;
  /** Words after the verb that make it no trigger ("left for Belarus", "the left bank"). */
  notBefore?: ReadonlySet<string>;
  /** Phrases after it that make it no trigger ("dropped its guard", "conflict of interest"). */
  notBeforePhrases?: string[][];
  /** Words right before it that make it no trigger ("international law", "news conference"). */
  notAfter?: ReadonlySet<string>;
  /** How many words before it `notAfter` looks ("pulled the ship back": 4). */
  notAfterReach?: number;
}

export interface Trigger {
  /** Token range of the whole trigger (verb ... noun). */
  from: number;
  to: number;
  /** Token index of the word that decided the kind. */
  head: number;
  cls: TriggerClass;
  form: Form;
  /** For "the declaration ... was signed": where the event noun ends (the title stops there). */
  nounEnd?: number;
  /** "condemned the raid": the class of the act the verb reacts to (its object noun's). */
  object?: TriggerClass;
  /** The deciding word's base, and the object noun's ("raid"). */
  lemma?: string;
  objectLemma?: string;
}

const VOWEL = /[aeiou]/;
const DOUBLE_FINAL = new Set(verbs.doubleFinal);
function doubles(w: string): boolean {
  // "quit": qu is a consonant; "admit", "transfer": listed in verbs.json.
  return (/^(?:qu|[^aeiou])*[aeiou][bdgmnpt]$/.test(w) && w.length <= 4) || DOUBLE_FINAL.has(w);
}
/**
 * The forms of a verb (first word inflected: "call on" -> "called on").
 * @example inflect('sign') // -> { base: 'sign', s: 'signs', past: 'signed', participle: 'signed', ing: 'signing' }
 */
export function inflect(lemma: string): Record<Exclude<Form, 'noun'>, string> {
  const [w, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const s = /(s|x|z|ch|sh)$/.test(w)
    ? `${w}es`
    : /[^aeiou]y$/.test(w)
      ? `${w.slice(0, -1)}ies`
      : `${w}s`;
  const regular = /e$/.test(w)
    ? `${w}d`
    : /[^aeiou]y$/.test(w)
      ? `${w.slice(0, -1)}ied`
      : doubles(w) || /(?<![aeiou])[aeiou]l$/.test(w)
        ? `${w}${w.slice(-1)}ed`
        : `${w}ed`;
  const ing =
    /[^e]e$/.test(w) && VOWEL.test(w.slice(0, -1))
      ? `${w.slice(0, -1)}ing`
      : doubles(w) || /(?<![aeiou])[aeiou]l$/.test(w)
        ? `${w}${w.slice(-1)}ing`
        : `${w}ing`;
  const past = verbs.irregular[lemma] ?? verbs.irregular[w] ?? regular;
  return {
    base: lemma,
    s: s + tail,
    past: verbs.irregular[lemma] ? past : past + tail,
    participle:
      verbs.irregularParticiple[lemma] ??
      (verbs.irregularParticiple[w] ? verbs.irregularParticiple[w] + tail : undefined) ??
      (verbs.irregular[lemma] ? past : past + tail),
    ing: ing + tail,
  };
}

/** Every trigger form, case-folded; the event nouns alone, for a word that is both. */
const TRIGGERS = new TokenTrie<Entry>(true);
const NOUNS = new TokenTrie<Entry>(true);
const LIGHT = new Set(verbs.light);
for (const c of verbs.classes) {
  const cls: TriggerClass = {
    category: c.category,
    event: c.event,
    relation: c.relation,
    domains: c.domains,
    trade: c.trade,
    reverse: c.reverse,
    keepsKind: c.keepsKind,
    plannedMilestone: c.plannedMilestone,
    relates: c.relates,
    yields: c.yields,
    milestone: c.milestone,
    implicit: c.implicit,
  };
  for (const n of c.nouns) {
    const not = verbs.notBefore[n];
    const after = verbs.notAfter[n];
    const entry = {
      cls,
      form: 'noun' as const,
      light: false,
      lemma: n.toLowerCase().replace(/(?<=(?:s|x|z|ch|sh))es$|(?<!s)s$/, ''),
      ...guardsBefore(not),
      ...(after ? { notAfter: new Set(after) } : {}),
    };
    TRIGGERS.add(phraseTokens(n), entry);
    NOUNS.add(phraseTokens(n), entry);
  }
  for (const v of c.verbs) {
    const not = verbs.notBefore[v];
    const after = verbs.notAfter[v];
    const reach = verbs.notAfterReach[v];
    for (const [form, text] of Object.entries(inflect(v)) as [Form, string][]) {
      TRIGGERS.add(phraseTokens(text), {
        cls,
        form,
        light: LIGHT.has(v),
        lemma: v,
        ...guardsBefore(not),
        ...(after ? { notAfter: new Set(after) } : {}),
        ...(reach ? { notAfterReach: reach } : {}),
      });
    }
  }
}
for (const v of verbs.light) {
  for (const [form, text] of Object.entries(inflect(v)) as [Form, string][]) {
    TRIGGERS.add(phraseTokens(text), { cls: null, form, light: true, lemma: v });
  }
}

/** How many tokens after a verb its event noun may stand ("held their first talks"). */
const NOUN_WINDOW = 5;
/** Words that end a verb's object: "docked in Colombo despite objections" is no "docked objections". */
const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'to',
  'from',
  'with',
  'by',
  'for',
  'of',
  'into',
  'over',
  'near',
  'despite',
  'after',
  'before',
  'amid',
  'during',
  'as',
  'while',
  'and',
  'or',
  'but',
  'that',
  'which',
  'since',
  'under',
  'against',
  'across',
  'through',
  'along',
  'without',
  'within',
  'between',
  'toward',
  'towards',
  'around',
  'via',
  'than',
  'until',
]);
const BREAK = new Set([',', ';', ':', '.', '—', '–', '(', ')']);

/**
 * Whether the word after a trigger is one its guard lists. `<name>` in a guard stands for any
 * capitalised word but a month or a weekday: "ruled Chile for 17 years", "the ruling Liberal
 * Democratic Party" name a ruler, not a court's ruling.
 */
function notBefore(e: Entry, tokens: Token[], at: number): boolean {
  const guard = e.notBefore;
  const next = tokens[at];
  if (!guard || !next) return false;
  if (guard.has(next.lower)) return true;
  if (guard.has('<name>') && next.word && next.cap && !CALENDAR_NAME.test(next.text)) return true;
  return e.notBeforePhrases?.some((p) => p.every((w, k) => tokens[at + k]?.lower === w)) ?? false;
}

/** A guard's words, and its phrases as lower-case words ("its guard" -> ["its", "guard"]). */
function guardsBefore(words: string[] | undefined): Pick<Entry, 'notBefore' | 'notBeforePhrases'> {
  if (!words) return {};
  const phrases = words
    .filter((w) => /\s/.test(w))
    .map((w) => phraseTokens(w).map((t) => t.toLowerCase()));
  return { notBefore: new Set(words), ...(phrases.length ? { notBeforePhrases: phrases } : {}) };
}

/** Whether a word its guard lists stands before the trigger at `i`, within its reach. */
function notAfter(e: Entry, tokens: Token[], i: number): boolean {
  if (!e.notAfter) return false;
  for (let k = i - 1; k >= Math.max(0, i - (e.notAfterReach ?? 1)); k--)
    if (e.notAfter.has(tokens[k].lower)) return true;
  return false;
}

/**
 * The triggers of a sentence, in order.
 * @example findTriggers(tokenize('China launched drills.')).map((t) => t.cls.event) // -> ['exercise']
 */
export function findTriggers(tokens: Token[]): Trigger[] {
  const raw: { from: number; to: number; e: Entry }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].word) continue;
    const hit = TRIGGERS.longestAt(tokens, i);
    if (!hit) continue;
    if (notBefore(hit.value, tokens, i + hit.length)) continue;
    if (notAfter(hit.value, tokens, i)) continue;
    // "Russian ships", "the fires", "its tests", "guard ships opened fire": the word is a noun
    // there, not the verb ("ships arms", "fires missiles").
    // "struck targets", "launched strikes": right after a verb, the word is its object.
    const last = raw[raw.length - 1];
    const afterVerb = !!last && last.to === i && last.e.form !== 'noun' && hit.value.form === 's';
    if (
      (hit.value.form === 's' || hit.value.form === 'base') &&
      (afterVerb || nounContext(tokens[i - 1], tokens[i + hit.length]))
    ) {
      const noun = NOUNS.longestAt(tokens, i);
      if (noun) raw.push({ from: i, to: i + noun.length, e: noun.value });
      i += (noun?.length ?? hit.length) - 1;
      continue;
    }
    // A capitalised trigger inside a name ("Joint Declaration", "Strike Group") is left to
    // the name; the sentence's first word may be capitalised for grammar.
    raw.push({ from: i, to: i + hit.length, e: hit.value });
    i += hit.length - 1;
  }
  const out: Trigger[] = [];
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k];
    const isVerb = r.e.form !== 'noun';
    // A verb followed closely by an event noun: one trigger; the noun decides the kind when
    // the verb is light ("held talks") or has no class of its own.
    if (isVerb && r.e.light && !r.e.cls && tellsOf(out[out.length - 1], r, tokens)) continue;
    if (isVerb) {
      const next = raw[k + 1];
      const gap = next ? tokens.slice(r.to, next.from) : [];
      if (
        next &&
        next.e.form === 'noun' &&
        next.from - r.to <= NOUN_WINDOW &&
        !gap.some((t) => BREAK.has(t.text) || PREPOSITIONS.has(t.lower) || t.cap)
      ) {
        // The noun is the more specific word ("fired water cannon", "launched strikes").
        const useNoun = r.e.light || !r.e.cls || (!!next.e.cls && !r.e.cls.keepsKind);
        const cls = useNoun ? next.e.cls : r.e.cls;
        if (cls)
          out.push({
            from: r.from,
            to: next.to,
            head: useNoun ? next.from : r.from,
            cls,
            form: r.e.form,
            lemma: useNoun ? next.e.lemma : r.e.lemma,
            ...(!useNoun && next.e.cls ? { object: next.e.cls, objectLemma: next.e.lemma } : {}),
          });
        k++;
        continue;
      }
    }
    if (!r.e.cls) continue;
    // Nouns side by side are one compound, headed by the last: "two-plus-two talks".
    const prev = out[out.length - 1];
    if (r.e.form === 'noun' && prev && prev.form === 'noun' && prev.to === r.from) {
      Object.assign(prev, { to: r.to, head: r.from, cls: r.e.cls });
      continue;
    }
    // A passive verb after an event noun tells what happened to it: "the revised declaration,
    // expected to be finalized", "the exercise was held".
    if (tellsOf(prev, r, tokens)) continue;
    // "joint training", "the talks": a noun; a bare light verb is nothing.
    out.push({
      from: r.from,
      to: r.to,
      head: r.from,
      cls: r.e.cls,
      form: r.e.form,
      lemma: r.e.lemma,
    });
  }
  return out;
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'these',
  'those',
  'that',
  'two',
  'three',
  'several',
  'many',
  'some',
]);
const DEMONYMS = new Set(LEXICON.flatMap((e) => e.demonyms));
/**
 * A determiner, demonym or number before ("258 votes to none"), or a past verb after ("Coast guard
 * ships opened fire").
 */
function nounContext(prev: Token | undefined, next: Token | undefined): boolean {
  return (
    (!!prev &&
      (DETERMINERS.has(prev.lower) || DEMONYMS.has(prev.text) || /^\d[\d,.]*$/.test(prev.text))) ||
    (!!next && !next.cap && /^[a-z]{3,}ed$/.test(next.text))
  );
}

/**
 * A passive verb after an event noun tells what happened to it ("the revised declaration,
 * expected to be finalized", "the exercise was held"): it joins that trigger, which keeps its
 * kind and ends its title at the noun.
 */
function tellsOf(
  prev: Trigger | undefined,
  r: { from: number; to: number; e: Entry },
  tokens: Token[],
): boolean {
  if (!prev || (r.e.form !== 'participle' && r.e.form !== 'past')) return false;
  // Of an event noun only: "Bazoum, elected in 2021, was detained" is a second act.
  if (prev.form !== 'noun' && prev.to - prev.from === 1) return false;
  if (!passive(tokens, r.from) || r.from - prev.to > 8) return false;
  // "proclaimed by the Polisario; they were restored in 1988": a new clause tells of its own act.
  if (tokens.slice(prev.to, r.from).some((t) => t.text === ';' || t.text === '.')) return false;
  prev.nounEnd ??= prev.to;
  prev.to = r.to;
  return true;
}

const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);
/** "was signed", "to be finalized", "has been held": a passive form before token i. */
function passive(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (BE.has(tokens[k].lower)) return true;
  return false;
}
