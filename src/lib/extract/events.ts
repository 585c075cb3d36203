/**
 * Events and relations from verbs, with roles. For each trigger in a sentence (triggers.ts):
 * - the subject is the political actors before it in its clause (those coordinated with the
 *   first: "Japan and India", "Japan, along with the United States"), or the article's focal
 *   pair for "they", "both countries"; the target is the first political actors after it;
 * - its date is the nearest date of the sentence (dates.ts), an attributive year excepted;
 * - its status comes from the words before it and its form: planned ("will", "scheduled",
 *   "to" + verb), ongoing ("since", "has been ...ing"), occurred; a denied or hypothetical
 *   action is no milestone;
 * - its title is a headline built from the subject and the sentence's words from the trigger
 *   to its target.
 * A milestone needs a political actor and a date (or date words such as "on Tuesday" that the
 * article's date would resolve). A relation needs a subject and a target: co-occurrence alone
 * never makes one.
 */
import type {
  Domain,
  EventKind,
  EventStatus,
  Precision,
  RelationType,
} from '../model/vocabulary.ts';
import { DIRECTED_RELATIONS, EVENT_KIND_LABELS } from '../model/vocabulary.ts';
import {
  PAIR_PRONOUN,
  isPolitical,
  isState,
  mentionCovering,
  mentionsIn,
  PARTY,
  type DocContext,
} from './context.ts';
import { dateHeadings } from './dateHeadings.ts';
import { classifyDomains, splitClauses } from './cues.ts';
import { findDates, formatPartialDate, parsePartialDate, type DateMention } from './dates.ts';
import { NON_STATE_KEYS, verbs, words } from './lexicon/index.ts';
import { CALENDAR_NAME, heldMeeting } from './matchers.ts';
import type { Token } from './tokens.ts';
import { findTriggers, type Trigger } from './triggers.ts';
import { TokenTrie } from './trie.ts';
import { phraseTokens, tokenize } from './tokens.ts';
import type { Mention, Sentence, Span } from './types.ts';

/** Nouns for the parts of a state: "Georgia's breakaway regions of ...", "its port of ...". */
const PLACE_PARTS = new Set([...words.placeAppositions, ...words.placePlurals]);

export interface EventDraft {
  key: string;
  title: string;
  kind: EventKind;
  date: string | null;
  precision: Precision | null;
  dateText: string | null;
  status: EventStatus;
  domains: Domain[];
  actors: string[];
  evidence: Span[];
}

export interface RelationDraft {
  type: RelationType;
  source: string;
  target: string;
  domains: Domain[];
  evidence: Span;
  /** Known from the reference lists rather than stated (see relations.ts). */
  basis?: 'reference-list';
}

const cueTrie = (list: string[]) => {
  const t = new TokenTrie<true>(true);
  for (const w of list) t.add(phraseTokens(w), true);
  return t;
};
const NEGATIVE = cueTrie(verbs.negative);
const HYPOTHETICAL = cueTrie(verbs.hypothetical);
const PLANNED = cueTrie(verbs.planned);
const ONGOING = cueTrie(verbs.ongoing);

/** How far from a date, in tokens, the words of a plan point it ahead. */
const PLAN_REACH = 8;
/** How far, in tokens, an announcement looks for the act it announces. */
const YIELD_REACH = 12;
/** How far before a trigger its modality words are looked for, in tokens. */
const MODAL_WINDOW = 6;
/** How far after a trigger its target is looked for, in characters. */
const TARGET_WINDOW = 90;

function cueIn(trie: TokenTrie<true>, tokens: Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++)
    // "19 May 2024": a capital inside the sentence is a name or a month, not the modal "may".
    if (trie.longestAt(tokens, i) && !(tokens[i].cap && i > 0 && tokens[i - 1].word)) return true;
  return false;
}

type Modality = EventStatus | 'negated' | 'hypothetical';

/** Words that open a clause with its own verb: a negation before one does not reach past it. */
const CLAUSE_OPENERS = new Set([
  'when',
  'after',
  'before',
  'while',
  'whilst',
  'because',
  'until',
  'once',
  'since',
]);

function modalityOf(
  tokens: Token[],
  t: Trigger,
  clauseFrom: number,
  date: DateMention | undefined,
  anchor: string | null,
  notUntil = false,
): Modality {
  const from = Math.max(clauseFrom, t.from - MODAL_WINDOW);
  // "failing to respond when Azerbaijani troops attacked": a clause of its own is not denied.
  let own = from;
  for (let i = from; i < t.from; i++) if (CLAUSE_OPENERS.has(tokens[i].lower)) own = i + 1;
  if (notUntil) return 'occurred';
  if (cueIn(NEGATIVE, tokens, own, t.from)) return 'negated';
  if (cueIn(HYPOTHETICAL, tokens, from, t.from)) {
    // "said the two navies would hold": reported future, not a hypothesis.
    const would: Token[] = [];
    for (let i = from; i < t.from; i++)
      if (HYPOTHETICAL.longestAt(tokens, i)) would.push(tokens[i]);
    const reported =
      would.length > 0 &&
      would.every((x) => x.lower === 'would') &&
      tokens.slice(0, t.from).some((x) => SPEECH_WORDS.has(x.lower)) &&
      !tokens.slice(from, t.from).some((x) => x.lower === 'if');
    if (!reported) return 'hypothetical';
    return 'planned';
  }
  if (date?.qualifier === 'since') return 'ongoing';
  const before = tokens[t.from - 1]?.lower;
  if (cueIn(PLANNED, tokens, Math.max(0, clauseFrom), t.from)) return 'planned';
  if (before === 'to' && t.form === 'base') return 'planned';
  if (t.form === 'noun' && cueIn(PLANNED, tokens, t.to, Math.min(tokens.length, t.to + 3)))
    return 'planned';
  if (t.form === 'ing' && cueIn(ONGOING, tokens, from, t.from)) return 'ongoing';
  if (date?.qualifier === 'by') return 'planned';
  // A date after the article's own is still to come.
  if (date?.date && anchor && date.date.slice(0, anchor.length) > anchor.slice(0, date.date.length))
    return 'planned';
  return 'occurred';
}

/** Between the one blamed and the act: " for the drone and missile ", " of a ". */
const BLAMED_FOR =
  /^\s+(?:for|of)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u;
/** A verb of blaming right before the one blamed: "blamed ", "accused ", "held ". */
const BLAMES = /\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|held|holds?|holding)\s+(?:the\s+)?$/i;
/** A negation before "until <date>": "did not ratify the accession until". */
const NOT_UNTIL = /\b(?:not|n['’]t|never)\s+(?:[\p{L}-]+\s+){0,6}$/iu;

/** The most parties of a mutual act related each with each; more are related to the first. */
const GROUP_MAX = 4;
const SPEECH_WORDS = new Set(['said', 'says', 'told', 'announced', 'stated', 'added', 'noted']);
const key = (m: Mention | string) => (typeof m === 'string' ? m : m.actorKey);

/** The actor a relation is drawn to: a person or a state's organ stands for its country when it is known. */
function relationEnd(ctx: DocContext, k: string): string {
  const d = ctx.reg.get(k);
  if (d.kind === 'person' && d.office) {
    // "U.S. House Speaker Nancy Pelosi visited Taiwan": a state body's officer acts for the
    // state; a party's, a bloc's or a force's acts for that body.
    const o = ctx.reg.get(d.office);
    const country = `country:${o.country}`;
    return o.kind === 'organization' &&
      o.country &&
      !PARTY.test(o.name) &&
      ctx.reg.drafts.has(country)
      ? country
      : d.office;
  }
  if ((d.kind === 'person' || d.organ) && d.country) {
    const country = `country:${d.country}`;
    if (ctx.reg.drafts.has(country)) return country;
    // "The European Union's foreign policy chief, Federica Mogherini, urged": a bloc's officer.
    const bloc = d.kind === 'person' ? ctx.reg.blocs.get(d.country) : undefined;
    if (bloc) return bloc;
  }
  return k;
}

/**
 * A force or person and its own country are one side, not two parties to a relation; so are two
 * people of one country working together. An armed group that fights states is never its
 * base's side. Two armed groups or bodies of one country can be two
 * sides ("fighting between the SAF and the RSF"), and so can two people in a hostile act.
 */
function sameSide(ctx: DocContext, a: string, b: string, type: RelationType): boolean {
  const [x, y] = [ctx.reg.get(a), ctx.reg.get(b)];
  if (!x.country || x.country !== y.country) return false;
  if (NON_STATE_KEYS.has(a) || NON_STATE_KEYS.has(b)) return false;
  if (isState(ctx, a) !== isState(ctx, b)) return true;
  if (isState(ctx, a)) return false;
  return type === 'cooperation' && (x.kind === 'person' || y.kind === 'person');
}

/**
 * Every event and relation of a document.
 * @example extractEvents(ctx).events[0].title // -> 'China started drills around Taiwan'
 */
export function extractEvents(ctx: DocContext): {
  events: EventDraft[];
  relations: RelationDraft[];
} {
  const events: EventDraft[] = [];
  const relations: RelationDraft[] = [];
  // A timeline's date headings ("WEDNESDAY 25.12") date the undated sentences under them.
  const { under, headings } = dateHeadings(ctx.sentences, ctx.anchor, ctx.dateline);
  let carry: { paragraph: number; date: DateMention } | null = null;
  let dayAge = 0;
  ctx.sentences.forEach((s, i) => {
    if (s.paragraph === ctx.titleParagraph) return; // the headline restates the body
    if (headings.has(i)) {
      const d = under[i + 1];
      if (d?.date) ctx.narrative = parsePartialDate(d.date);
      if (d?.date && d.precision === 'day') [ctx.narrativeDay, dayAge] = [ctx.narrative, 1];
      return;
    }
    // A sentence with no date of its own goes on at the day its paragraph gave last ("Governments
    // lined up against Ecuador on Saturday. Brazil condemned the raid").
    if (carry && carry.paragraph !== s.paragraph) carry = null;
    // The day a narrative gave counts ("the next day") for the sentence after it, not beyond.
    if (ctx.narrativeDay && dayAge++ > 1) ctx.narrativeDay = null;
    const day = ctx.narrativeDay;
    const last = sentenceEvents(
      ctx,
      s,
      ctx.tokens[i],
      events,
      relations,
      under[i] ?? carry?.date ?? null,
    );
    if (last) carry = { paragraph: s.paragraph, date: last };
    if (ctx.narrativeDay !== day) dayAge = 1;
  });
  return { events: mergeWithin(events), relations };
}

function sentenceEvents(
  ctx: DocContext,
  s: Sentence,
  tokens: Token[],
  events: EventDraft[],
  relations: RelationDraft[],
  section: DateMention | null = null,
): DateMention | null {
  const mentions = mentionsIn(ctx, s).filter((m) => !inDateline(ctx, m));
  // Who did the sentence before's first act, in this paragraph; and this sentence's, for the next.
  const lastAgents = ctx.previous?.paragraph === s.paragraph ? ctx.previous.keys : [];
  let firstAgents: string[] | null = null;
  // A capitalised trigger inside a name is part of the name ("Joint Declaration", "the Bamako
  // Charter"), as is one inside an actor's name: neither takes a date from the real trigger.
  const triggers = findTriggers(tokens).filter((t) => {
    const tStart = tokens[t.from].start;
    const tEnd = tokens[t.to - 1].end;
    if (
      tokens[t.head].cap &&
      t.head > 0 &&
      tokens[t.head - 1].cap &&
      !isSentenceStart(tokens, t.head - 1) &&
      !heldMeeting(ctx.text, tokens, t.head)
    )
      return false;
    // "the UN-recognised government", "Iran-backed militias": a participle in a compound
    // modifier describes a name; it is no act of the sentence.
    const before = tokens[t.from - 1];
    if (t.form !== 'noun' && t.to === t.from + 1 && before?.text === '-' && before.end === tStart)
      return false;
    return !mentions.some((m) => m.start <= tStart && tEnd <= m.end);
  });
  // "IAEA Director General Rafael Grossi", "Indian Defence Minister X": the body or state in a
  // person's title is part of how the person is named, not a second actor in the clause.
  const titled = mentions.filter((m) => m.title && m.title.start < m.start);
  // "Uganda's Yoweri Museveni": the state before a person's name says whose the person is.
  const people = mentions.filter((m) => ctx.reg.get(m.actorKey).kind === 'person');
  // "KFOR's commander, Turkish Major General Özkan Ulutaş, met ...": the body whose title the
  // person holds in apposition names the person (who starts there, and acts for it); it does
  // not act beside them.
  const apposed = new Map<Mention, Mention>();
  for (const m of mentions) {
    if (!isPolitical(ctx, m.actorKey) || ctx.reg.get(m.actorKey).kind === 'person') continue;
    const p = people.find(
      (x) =>
        x.start > m.end &&
        x.start - m.end <= 80 &&
        OWN_TITLE_APPOSED.test(ctx.text.slice(m.end, x.title?.start ?? x.start)),
    );
    if (!p) continue;
    apposed.set(p, m);
    const person = ctx.reg.get(p.actorKey);
    if (ctx.reg.get(m.actorKey).kind === 'country')
      person.country ??= ctx.reg.get(m.actorKey).country;
    else person.office ??= m.actorKey;
  }
  const owners = new Set(apposed.values());
  const inTitle = (m: Mention) =>
    owners.has(m) ||
    titled.some((p) => p !== m && m.start >= p.title!.start && m.end <= p.start) ||
    (isState(ctx, m.actorKey) &&
      people.some((p) => /^['’]s\s+$/.test(ctx.text.slice(m.end, p.start))));
  // A titled person stands where the title starts ("summoned Bangladesh's acting deputy high
  // commissioner in New Delhi, Md Nural Islam"): the title is the verb's object.
  const political = mentions
    .filter((m) => isPolitical(ctx, m.actorKey) && !m.asPlace && !inTitle(m))
    .map((m) => {
      const owner = apposed.get(m);
      if (owner) return { ...m, start: owner.start, nameStart: m.start };
      return m.title && m.title.start < m.start
        ? { ...m, start: m.title.start, nameStart: m.start }
        : m;
    });
  const clauses = splitClauses(s.text).map((c) => ({
    start: c.start + s.start,
    end: c.end + s.start,
  }));
  const clauseOf = (pos: number) =>
    clauses.find((c) => pos >= c.start && pos < c.end) ?? { start: s.start, end: s.end };
  // "announced sanctions on Iran", "the partnership, announced in 2021": the announcement gives
  // way to the act its clause names.
  for (let i = triggers.length - 1; i >= 0; i--) {
    const t = triggers[i];
    if (!t.cls.yields) continue;
    const c = clauseOf(tokens[t.from].start);
    // Near it, in its clause: "announced on Tuesday that it would impose sanctions", not the
    // next act of a long sentence ("issued a statement ..., and on May 11 X summoned ...").
    // An act before it in a coordinate clause of its own ("have fought the army, and the
    // government declared a state of emergency") is another act.
    const near = (u: Trigger) =>
      c.start <= tokens[u.from].start &&
      tokens[u.from].start < c.end &&
      Math.abs(u.from - t.from) <= YIELD_REACH &&
      !(
        u.from < t.from &&
        /,\s*(?:and|but)\s|;/.test(
          s.text.slice(tokens[u.to - 1].end - s.start, tokens[t.from].start - s.start),
        )
      );
    if (triggers.some((u) => u !== t && !u.cls.yields && near(u))) triggers.splice(i, 1);
  }
  // A bare weekday or month-day points the way its own clause's tense points: "will meet on
  // June 1" ahead, "overran a base on June 1, and the next day attacked" back.
  // The plan's words stand near the date they point ("will meet on June 1", "talks scheduled
  // for Friday"), not a clause away ("meeting in Cologne on June 20, called for the line to be
  // respected").
  const plannedAt = (pos: number) => {
    const c = clauseOf(pos);
    const at = tokens.findIndex((t) => t.start >= pos);
    const from = Math.max(
      tokens.findIndex((t) => t.start >= c.start),
      (at < 0 ? tokens.length : at) - PLAN_REACH,
    );
    // "agreed in December to prepare sanctions": an act told in the past right before the date
    // dates it back, whatever plan follows.
    if (at > 0 && triggers.some((u) => u.to === at && u.form === 'past')) return false;
    let to = tokens.findIndex((t) => t.start >= c.end);
    if (to < 0) to = tokens.length;
    if (at >= 0) to = Math.min(to, at + PLAN_REACH);
    for (let i = Math.max(0, from); i < to; i++)
      if (
        PLANNED.longestAt(tokens, i) &&
        !(tokens[i].lower === 'next' && tokens[i - 1]?.lower === 'the')
      )
        return !/\b(?:ago|last|yesterday)\b/i.test(ctx.text.slice(c.start, c.end));
    return false;
  };
  const future = cueIn(PLANNED, tokens, 0, tokens.length);
  const previous = ctx.narrative ?? ctx.anchor;
  const previousDay = ctx.narrativeDay ?? null;
  if (ctx.story && ctx.story.paragraph !== s.paragraph) ctx.story = null;
  const story = ctx.story?.date ?? null;
  // The dateline's own date is the article's, not the sentence's: blanked (offsets kept), it
  // lends no year to a month after it ("PARIS, May 6, 2024 - In December the US ...").
  const dl = ctx.dateline;
  const dated =
    dl && dl.start < s.end && dl.end > s.start
      ? s.text.slice(0, Math.max(0, dl.start - s.start)) +
        ' '.repeat(Math.min(s.end, dl.end) - Math.max(s.start, dl.start)) +
        s.text.slice(Math.min(s.text.length, dl.end - s.start))
      : s.text;
  const past = findDates(dated, ctx.anchor, 'past', previous, previousDay, story);
  // Only a date without its year can point either way: read the sentence again only then.
  const twoWay = future && past.some((d) => d.date && !/\b(?:19|20)\d{2}\b/.test(d.text));
  const ahead = twoWay ? findDates(dated, ctx.anchor, 'future', previous, previousDay) : past;
  const dates = ahead
    .map((d, k) => {
      const back = past[k]?.start === d.start ? past[k] : past.find((p) => p.start === d.start);
      // "• 2 June: Hun Manet says Cambodia will ask the court": a date heading a list item is a
      // chronology's, told of what has happened, whatever tense the item is in.
      const heading =
        LIST_ITEM_LEAD.test(dated.slice(Math.max(0, d.start - 8), d.start)) &&
        /^\s*[:–—]/.test(dated.slice(d.end, d.end + 3));
      return !twoWay || !back || (plannedAt(d.start + s.start) && !heading) ? d : back;
    })
    .map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
  for (const d of dates)
    if (d.date && d.precision !== 'year' && !d.attributive && d.qualifier !== 'vague') {
      ctx.narrative = parsePartialDate(d.date);
      if (d.precision === 'day') ctx.narrativeDay = ctx.narrative;
      // A main clause's date with its year starts a story ("Abiy took office on 2 April 2018"),
      // one in a subordinate clause does not ("failing to respond when troops attacked in
      // September 2022"); a month-day outside the story's year ends it.
      const told = ctx.narrative!;
      const lead = ctx.text.slice(clauseOf(d.start).start, d.start);
      if (
        (/\b(?:19|20)\d{2}\b/.test(d.text) && !SUBORDINATE.test(lead)) ||
        (story && told.year === story.year)
      )
        ctx.story = { paragraph: s.paragraph, date: told };
      else ctx.story = null;
    }
  const domains = classifyDomains(s.text);

  // "the 2008 Joint Declaration", "the 1951 treaty": the year dates the named instrument.
  for (const d of dates) {
    if (!d.attributive || !d.date) continue;
    const name = namedThing(ctx.text, d.end, s.end);
    if (!name) continue;
    const c = clauseOf(d.start);
    let actors = actorsOrPair(
      ctx,
      political.filter((m) => m.start >= c.start && m.end <= c.end),
    );
    if (actors.filter((k) => isState(ctx, k)).length < 2 && PAIR_PRONOUN.test(s.text))
      actors = [...new Set([...actors, ...ctx.focal])];
    const states = actors.filter((k) => isState(ctx, k)).map((k) => displayName(ctx, k));
    if (actors.length === 0) continue;
    // "the Philippines' 1951 Mutual Defense Treaty with the United States": its parties.
    const owner = political.filter((m) => m.end <= d.start && m.start >= c.start).pop();
    const nameEnd = d.end + ctx.text.slice(d.end).indexOf(name.text) + name.text.length;
    const partner = political.find((m) => m.start >= nameEnd && m.start - nameEnd <= 24);
    if (
      owner &&
      partner &&
      /^['’]s?\s+$/.test(ctx.text.slice(owner.end, d.start)) &&
      /^\s+with\s+(?:the\s+)?$/.test(ctx.text.slice(nameEnd, partner.start)) &&
      owner.actorKey !== partner.actorKey
    )
      relations.push({
        type: 'cooperation',
        source: relationEnd(ctx, owner.actorKey),
        target: relationEnd(ctx, partner.actorKey),
        domains: ['diplomacy', ...domains],
        evidence: { start: s.start, end: s.end },
      });
    const kind = name.kind ?? 'agreement';
    events.push(
      draft(ctx, {
        kind,
        title: capFirst(
          states.length === 2 && /^[A-Z]/.test(name.text)
            ? `${[...states].sort().join('–')} ${name.text}`
            : name.text,
        ),
        key: `${kind}|${name.text.toLowerCase()}`,
        date: d,
        status: 'occurred',
        domains: kind === 'agreement' ? ['diplomacy', ...domains] : domains,
        actors,
        s,
      }),
    );
  }

  // "did not ratify it until 26 February": the act came then; the negation only says not before.
  const notUntil = new Set(
    dates.filter(
      (d) =>
        /^(?:until|till)\b/i.test(d.text) &&
        NOT_UNTIL.test(ctx.text.slice(Math.max(s.start, d.start - 80), d.start)),
    ),
  );
  // "a treaty that runs until 2044", "postponed until April": the end of a span dates no act.
  const assigned = assignDates(
    dates.filter((d) => notUntil.has(d) || !/^(?:until|till)\b/i.test(d.text)),
    // A standing state ("the dispute") takes no date from the acts around it.
    triggers.filter((t) => t.cls.milestone),
    tokens,
    clauseOf,
  );
  // Under a timeline's date heading, a sentence that gives no date of its own has the heading's.
  if (section && dates.length === 0) for (const t of triggers) assigned.set(t, section);
  // "protested on Friday over an incursion": the act protested shares the date.
  for (const [t, d] of [...assigned]) {
    if (!['protest', 'rejection', 'demand'].includes(t.cls.event)) continue;
    const next = triggers.find((u) => u.from >= t.to && u.from - t.to <= 10 && !assigned.has(u));
    const between = next ? tokens.slice(t.to, next.from).map((x) => x.lower) : [];
    if (next && between.some((w) => w === 'over' || w === 'about' || w === 'against'))
      assigned.set(next, d);
  }
  const controls: { clause: number; end: number; target: Mention[] }[] = [];
  for (const t of triggers) {
    const tStart = tokens[t.from].start;
    const tEnd = tokens[t.to - 1].end;
    const c = clauseOf(tStart);
    const clauseFrom = tokens.findIndex((x) => x.start >= c.start);
    const date = assigned.get(t);
    const modality = modalityOf(
      tokens,
      t,
      clauseFrom < 0 ? 0 : clauseFrom,
      date,
      ctx.anchor ? formatPartialDate(ctx.anchor) : null,
      !!date && notUntil.has(date),
    );
    if (modality === 'negated' || modality === 'hypothetical') continue;
    // Only a protest reacts to another's act ("condemned the raid"), or a rejection of another's
    // words ("rejected the accusation"); "froze its membership", "halted the offensive" are the
    // subject's own.
    const ownAct = tokens
      .slice(t.from + 1, t.to)
      .some((x) => /^(?:its|their|his|her|our)$/.test(x.lower));
    const object = t.object;
    const reacts =
      !!object &&
      !ownAct &&
      (t.cls.event === 'protest' ||
        (t.cls.event === 'rejection' && ['protest', 'demand', 'threat'].includes(object.event)));
    const directedClass = DIRECTED_RELATIONS.has(t.cls.relation) && !t.cls.trade;
    const { subject, target, place, against, around, others, struck, coAgents } = roles(
      ctx,
      political,
      mentions,
      c,
      tStart,
      tEnd,
      t.form === 'noun',
      directedClass,
      reacts,
      directedClass || POINTED.has(t.cls.event),
      t.cls.relation === 'cooperation',
    );
    // "in exchange for Morocco normalising relations with Israel": a gerund's subject stands
    // right before it, whatever opened the clause.
    const own = political.filter((m) => m.end <= tStart && m.start >= c.start).pop();
    if (
      t.form === 'ing' &&
      own &&
      !own.demonym &&
      /^\s+$/.test(ctx.text.slice(own.end, tStart)) &&
      subject[0] !== own &&
      GERUND_SUBJECT_LEAD.test(ctx.text.slice(Math.max(c.start, own.start - 16), own.start))
    ) {
      subject.splice(0, subject.length, own);
      target.splice(0, target.length, ...target.filter((m) => m.actorKey !== own.actorKey));
    }
    // "agreed to share data on North Korean missile launches": a state that modifies an event
    // noun deep in the clause ("<demonym> [word] [word] noun") is that act's agent, not the
    // clause's subject; so is one with a possessive ("China's aggression").
    if (
      t.form === 'noun' &&
      t.head === t.from &&
      own &&
      subject.length > 0 &&
      !subject.includes(own) &&
      (own.demonym || /^['’]s/.test(ctx.text.slice(own.end, own.end + 2))) &&
      OWNER_GAP.test(ctx.text.slice(own.end, tStart)) &&
      ctx.text[own.start - 1] !== '-'
    ) {
      subject.splice(0, subject.length, own);
      // Its targets stand after it ("launches toward Japan"), not among the clause's.
      target.splice(
        0,
        target.length,
        ...target.filter((m) => m.actorKey !== own.actorKey && m.start >= tEnd),
      );
    }
    // "It took up arms again in late 2021", "He met Putin on Monday": a pronoun opening the
    // sentence is the actor the sentence before opened with.
    if (subject.length === 0 && c.start === s.start && t.form !== 'noun') {
      const pronoun = PRONOUN_LEAD.exec(ctx.text.slice(c.start, tStart));
      const antecedent =
        pronoun && ctx.opener?.[pronoun[1].toLowerCase() === 'it' ? 'body' : 'person'];
      if (antecedent && ctx.opener!.paragraph === s.paragraph) {
        subject.push(antecedent);
        target.splice(0, target.length, ...target.filter((m) => m.actorKey !== antecedent));
      }
    }
    // "accused Belarus on Monday of helping Russia", "urged Moscow to withdraw": the object of an
    // accusation or a demand is the agent of the act it names, not the accuser.
    const controller = [...controls].reverse().find((o) => o.clause === c.start && o.end <= tStart);
    if (controller && OBJECT_CONTROL.test(ctx.text.slice(controller.end, tStart))) {
      subject.splice(0, subject.length, ...controller.target);
      const agents = new Set(controller.target.map(key));
      target.splice(0, target.length, ...target.filter((m) => !agents.has(m.actorKey)));
    }
    // "prompting Paris to recall its ambassadors", "forced Manila to pull back": who is made
    // to act does it, not the one who made them.
    if (t.form === 'base' && own && CAUSED_TO.test(ctx.text.slice(own.end, tStart))) {
      const lead = ctx.text.slice(Math.max(c.start, own.start - 24), own.start);
      if (CAUSES.test(lead)) {
        subject.splice(0, subject.length, own);
        target.splice(0, target.length, ...target.filter((m) => m.actorKey !== own.actorKey));
      }
    }
    if (CONTROLLERS.has(t.cls.event) && t.form !== 'noun' && target.length)
      controls.push({ clause: c.start, end: target[target.length - 1].end, target: [...target] });
    // "handled by a joint boundary commission set up in 2000": a participle right after the noun
    // of a phrase a preposition opens describes that noun; the clause's subject did not do it.
    if (reducedRelative(tokens, t)) subject.splice(0, subject.length);
    // "designated five entities ... for their role in procuring components": the ones
    // designated did it, not who designated them.
    if (t.form === 'ing' && ROLE_IN.test(ctx.text.slice(Math.max(c.start, tStart - 40), tStart)))
      subject.splice(0, subject.length);
    const named = [...subject];
    // "one of its vessels was targeted", "two soldiers were killed": a passive without "by"
    // names who it befell, not who did it (the title still leads with it).
    if (
      (t.form === 'participle' || t.form === 'past') &&
      t.head === t.from &&
      tokens.slice(Math.max(0, t.from - 3), t.from).some((x) => PASSIVE_BE.has(x.lower)) &&
      !/^\s*by\b/i.test(ctx.text.slice(tEnd, tEnd + 4)) &&
      !coAgents
    ) {
      const undergone = subject.filter((m): m is Mention => typeof m !== 'string');
      subject.splice(0, subject.length);
      target.unshift(...undergone);
    }
    // "Brazil's foreign ministry condemned the raid": the act reacted to is the last of its
    // kind the article told; its agents are the target.
    // The same word first ("raided" for "the raid"), else an act of its kind told in this
    // paragraph or the one before.
    const told = reacts
      ? (ctx.agents?.get(`word:${t.objectLemma}`) ??
        [ctx.agents?.get(`kind:${object.event}`)].find((a) => a && a.paragraph >= s.paragraph - 1))
      : undefined;
    const reacted =
      told && target.length === 0
        ? told.keys.filter((k) => !subject.some((m) => key(m) === k))
        : [];
    const agentKeys = subject.map(key).filter((k) => isPolitical(ctx, k));
    // "... are among the countries that have signed up", "Canada provided support": an act
    // whose clause names no target reaches the group named before, or the last act's agents.
    // Only a clause that ends with the act ("have signed up,", "provided support.") leaves
    // its target unsaid: "joined in on 22 June, dropping bombs", "help finance border
    // protection" and "funding terrorism" do not reach back.
    // The clause's next words (a bounded look: a clause that goes on past it does not end here).
    const tail =
      c.end - tEnd <= 40 ? ctx.text.slice(tEnd, c.end) : `${ctx.text.slice(tEnd, tEnd + 40)} on`;
    const dated = () =>
      dates.some(
        (d) =>
          d.start >= tEnd &&
          d.start - tEnd <= 8 &&
          /^\s*(?:on|in)?\s*$/.test(ctx.text.slice(tEnd, d.start)),
      );
    const implied =
      target.length || reacted.length || !agentKeys.length || !t.cls.implicit
        ? []
        : t.cls.implicit === 'group'
          ? ctx.group &&
            ctx.group.paragraph >= s.paragraph - 1 &&
            (CLAUSE_END.test(tail) || (t.form === 'noun' && dated()))
            ? [ctx.group.key]
            : []
          : t.form !== 'noun' && t.form !== 'ing' && OBJECT_THEN_END.test(tail)
            ? lastAgents.filter((k) => !agentKeys.includes(k))
            : [];
    if (agentKeys.length) firstAgents ??= agentKeys;
    // Told by a verb ("raided", "launched an attack"): "the raid" names an act, not its agent.
    if (!t.object && t.form !== 'noun' && subject.length) {
      const keys = subject.map(key).filter((k) => isPolitical(ctx, k));
      ctx.agents ??= new Map();
      ctx.agents.set(`kind:${t.cls.event}`, { keys, paragraph: s.paragraph });
      if (t.lemma) ctx.agents.set(`word:${t.lemma}`, { keys, paragraph: s.paragraph });
    }
    // "both governments", "the two sides": a mutual act of the article's focal pair.
    // The words stand in the act's own clause, before a comma after it: "where he was meeting
    // North Korea's leader, said ... news from the two sides" is no meeting of the two sides.
    const stop = ctx.text.slice(tEnd, c.end).search(/[,;:()]/);
    if (
      t.cls.relation === 'cooperation' &&
      ctx.focal.length === 2 &&
      PAIR_PRONOUN.test(ctx.text.slice(c.start, stop < 0 ? c.end : tEnd + stop))
    ) {
      const have = new Set([...subject, ...target].map(key));
      if (
        ctx.focal.some((f) => !have.has(f)) &&
        [...have].filter((k) => isState(ctx, k)).length < 2
      ) {
        for (const f of ctx.focal) if (!have.has(f)) subject.push(f);
      }
    }
    // A leadership change names who took office: "the coalition, which took office" names no one.
    if (t.cls.event === 'leadership' && subject.length + target.length === 0) continue;
    // "docked in Colombo": the capital where it happens brings its state, when the article names it.
    const hosts = place.map((m) => capitalState(ctx, m)).filter((k): k is string => !!k);
    let actors = [
      ...new Set(
        [...subject, ...target, ...others, ...place].map(key).concat(hosts, reacted, implied),
      ),
    ];
    // "the exercise", "the talks" with no actor named: the article's own pair.
    // So does one that opens a sentence naming no actor ("Fighting erupted on September 27").
    if (
      !actors.some((k) => isPolitical(ctx, k)) &&
      t.form === 'noun' &&
      (/^(?:the|this|that|these)$/.test(tokens[t.from - 1]?.lower ?? '') ||
        ((t.from === 0 || (t.from === 1 && /^an?$/.test(tokens[0].lower))) &&
          political.length === 0) ||
        // "It survived wars in 1965 and 1971": a war in a sentence naming no actor is the
        // pair's the article is about.
        // Not a named war ("the 1950-53 Korean War"): its sides are its own.
        (t.cls.event === 'armed-clash' &&
          !tokens[t.head].cap &&
          political.length === 0 &&
          ctx.focal.length === 2))
    ) {
      actors = [...new Set([...actors, ...ctx.focal])];
      subject.push(...ctx.focal);
    }
    // No actor in the trigger's reach: those the clause, else the sentence, names take part.
    if (!actors.some((k) => isPolitical(ctx, k))) {
      const near = political.filter((m) => m.start >= c.start && m.end <= c.end);
      actors = [...new Set([...actors, ...(near.length ? near : political).map(key)])];
    }
    if (!actors.some((k) => isPolitical(ctx, k))) continue;

    // Trade: "exports of Japanese equipment to India", "purchases from Russia".
    let seller: (Mention | string)[] = subject;
    let buyer: Mention[] = target;
    if (t.cls.trade) {
      const pre = (m: Mention) => ctx.text.slice(Math.max(tEnd, m.start - 14), m.start);
      const named = [...target, ...others];
      // "selling gas to Egypt and Jordan": every buyer coordinated after "to".
      const first = named.find((m) => /\bto\s+(?:the\s+)?$/i.test(pre(m)));
      const to = first ? coordinated(ctx, named, first) : [];
      const from = named.filter((m) => /\b(?:of|from)\s+(?:the\s+)?$/i.test(pre(m)));
      if (!t.cls.reverse) {
        if (from.length) seller = from;
        if (to.length) buyer = to;
      } else if (from.length) buyer = from;
    }

    // A standing state names its parties after "with" or "between" ("its dispute with
    // Ethiopia"), or none: "a quieter approach to the dispute than Vietnam" relates no one.
    if (
      !t.cls.milestone &&
      !(target.length && STANDING_PARTIES.test(ctx.text.slice(tEnd, target[0].start)))
    )
      continue;
    // Relations: subject -> target, typed by the verb; "Japan and India held talks" relates
    // the two subjects when the type is mutual.
    const goods = new Set([...t.cls.domains, ...domains]);
    const type: RelationType = t.cls.trade
      ? goods.has('energy')
        ? 'energy-trade'
        : goods.has('defence-industry')
          ? 'arms-trade'
          : 'cooperation'
      : (against || (around && t.cls.event === 'exercise')) && t.cls.relation === 'cooperation'
        ? 'tension'
        : t.cls.relation;
    const relDomains = [...new Set([...t.cls.domains, ...domains])];
    const link = (kind: RelationType, source: string, target: string) => {
      if (t.cls.relates && source !== target && !sameSide(ctx, source, target, kind))
        relations.push({
          type: kind,
          source,
          target,
          domains: [...relDomains],
          evidence: { start: s.start, end: s.end },
        });
    };
    const rel = (a: string, b: string) => {
      const [p, q] = t.cls.reverse && DIRECTED_RELATIONS.has(type) ? [b, a] : [a, b];
      const [x, y] = [relationEnd(ctx, p), relationEnd(ctx, q)];
      // "joined NATO" is membership; "joined forces with the US" is cooperation.
      const kind: RelationType =
        type === 'member-of' && ctx.reg.get(y).kind !== 'bloc' ? 'cooperation' : type;
      link(kind, x, y);
      // "Kim met Putin": the two people too, not only the states they stand for.
      if (
        (p !== x || q !== y) &&
        ctx.reg.get(p).kind === 'person' &&
        ctx.reg.get(q).kind === 'person'
      )
        link(kind, p, q);
    };
    for (const a of seller) for (const b of buyer) rel(key(a), key(b));
    for (const a of seller) for (const b of [...reacted, ...implied]) rel(key(a), b);
    // "launched by Riyadh and Washington": agents named together act together.
    // "US and British warships shot down 18 drones", "Washington and Brussels imposed sanctions
    // on Moscow": agents named together act together.
    const together =
      coAgents ||
      (JOINT_ACTS.has(type) &&
        subject.length >= 2 &&
        subject.length <= GROUP_MAX &&
        target.length > 0 &&
        subject.every(
          (m, i) =>
            typeof m !== 'string' &&
            (i === 0 ||
              COORD.test(ctx.text.slice((subject[i - 1] as Mention).end, m.start).trim())),
        ));
    if (together)
      for (let i = 1; i < subject.length; i++)
        link('cooperation', key(subject[0]), key(subject[i]));
    if (type === 'incursion' || type === 'aggression' || type === 'influence')
      for (const a of subject)
        for (const b of struck) {
          rel(key(a), b.actorKey);
          const host = capitalState(ctx, b);
          if (host) rel(key(a), host);
        }
    if (
      target.length === 0 &&
      (type === 'cooperation' || type === 'armed-clash') &&
      subject.length >= 2
    ) {
      // "The leaders of the US, India, Japan and Australia met": each with each, when they are
      // few enough to be a group; a long list is drawn from its first.
      const group = subject.length <= GROUP_MAX;
      for (let i = 0; i < (group ? subject.length : 1); i++)
        for (let j = i + 1; j < subject.length; j++) rel(key(subject[i]), key(subject[j]));
    }
    // "clashes between Azerbaijan and Armenia", "talks between X and Y": the parties after it.
    const mutual = type === 'cooperation' || type === 'armed-clash' || type === 'tension';
    if (subject.length === 0 && mutual && target.length >= 2) {
      const group = target.length <= GROUP_MAX;
      for (let i = 0; i < (group ? target.length : 1); i++)
        for (let j = i + 1; j < target.length; j++) rel(key(target[i]), key(target[j]));
    }

    // "a dispute with Ethiopia": a standing state, no milestone.
    if (!t.cls.milestone) continue;
    // A milestone needs its date, or words that date it; a stated plan stands without one
    // ("the two governments would update it").
    const pronounObject = /^\s*it\b/i.test(ctx.text.slice(tEnd, tEnd + 4));
    const stated =
      /\b(?:will|would|shall|scheduled|set to|expected to|plans? to|planned|due to|is to|are to|slated)\b/i.test(
        ctx.text.slice(c.start, tStart),
      );
    if (
      !date &&
      !(
        modality === 'planned' &&
        stated &&
        t.cls.plannedMilestone &&
        t.form !== 'noun' &&
        subject.length > 0
      )
    )
      continue;
    if (!date) {
      const objectYear = dates.find((d) => d.attributive && d.start >= tEnd && d.start - tEnd <= 6);
      const instrument = [...dates]
        .filter((d) => d.attributive && (d.end <= tStart || d === objectYear))
        .map((d) => namedThing(ctx.text, d.end, s.end))
        .filter((n): n is { text: string } => !!n)
        .pop();
      const verb = ctx.text.slice(tStart, tEnd);
      const title =
        (pronounObject || objectYear) && instrument
          ? `${joinNames([...new Set(subject.map((m) => displayName(ctx, key(m))))])} ${verb} the ${instrument.text}`
          : headline(ctx, tokens, t, named, target, dates);
      events.push(
        draft(ctx, {
          kind: t.cls.event,
          title: capFirst(title),
          key: null,
          date: {
            start: tStart,
            end: tStart,
            text: '',
            date: null,
            precision: null,
            qualifier: 'at',
          },
          status: 'planned',
          domains: [...t.cls.domains, ...eventDomains(title, ctx.text.slice(c.start, c.end))],
          actors,
          s,
        }),
      );
      continue;
    }
    if (date.qualifier === 'vague' && /\b(?:years|months|weeks|lately)\b/i.test(date.text))
      continue;
    // "the first since September 2022": the earlier instance is the dated milestone.
    const previous = date.qualifier === 'previous';
    const title = headline(ctx, tokens, t, t.form === 'noun' ? subject : named, target, dates);
    // "launched three incursions: Euphrates Shield in 2016, Olive Branch in January 2018, and
    // Peace Spring in October 2019": one milestone an item, titled by its name.
    const items = colonList(ctx.text, dates, date, tEnd);
    if (items.length >= 2) {
      const lead = joinNames([...new Set(subject.map((m) => displayName(ctx, key(m))))]);
      for (const { date: d, item } of items)
        events.push(
          draft(ctx, {
            kind: t.cls.event,
            title: shorten(capFirst(lead ? `${lead}: ${item}` : item)),
            key: null,
            date: d,
            status: modality,
            domains: [...t.cls.domains, ...eventDomains(item, ctx.text.slice(c.start, c.end))],
            actors,
            s,
          }),
        );
      continue;
    }
    // "On January 2 and January 6, 2024, Russian forces launched ...": one milestone a date.
    for (const d of [date, ...coordinatedDates(ctx.text, dates, date)])
      events.push(
        draft(ctx, {
          kind: t.cls.event,
          title,
          key: null,
          date: previous ? { ...d, qualifier: 'at' } : d,
          status: previous ? 'occurred' : modality,
          domains: [...t.cls.domains, ...eventDomains(title, ctx.text.slice(c.start, c.end))],
          actors,
          s,
        }),
      );
  }
  noteOpener(ctx, s, mentions, clauses);
  ctx.previous = { paragraph: s.paragraph, keys: firstAgents ?? [] };
  const group = mentions.filter((m) => {
    const a = ctx.reg.get(m.actorKey);
    return a.kind === 'bloc' || (a.kind === 'force' && /^Operation\s/.test(a.name));
  });
  if (group.length) ctx.group = { paragraph: s.paragraph, key: group[group.length - 1].actorKey };
  // The day this sentence says things happened on, for the undated sentences after it.
  const said = dates.filter(
    (d) => d.date && d.precision === 'day' && d.qualifier === 'at' && !d.attributive,
  );
  return said.length ? said[said.length - 1] : (section ?? null);
}

/**
 * Who the sentence opens with (the person and the body its first clause naming an actor names),
 * for a pronoun opening the next one; a sentence naming none keeps the one before's.
 */
function noteOpener(ctx: DocContext, s: Sentence, mentions: Mention[], clauses: Span[]): void {
  const named = mentions.filter((m) => !m.demonym && !m.asPlace && isPolitical(ctx, m.actorKey));
  if (named.length === 0) return;
  const first = clauses.find((c) => named[0].start >= c.start && named[0].start < c.end);
  const opening = first ? named.filter((m) => m.start >= first.start && m.start < first.end) : [];
  const person = opening.find((m) => ctx.reg.get(m.actorKey).kind === 'person');
  const body = opening.find((m) => ctx.reg.get(m.actorKey).kind !== 'person');
  if (!person && !body) return;
  const kept = ctx.opener?.paragraph === s.paragraph ? ctx.opener : undefined;
  ctx.opener = {
    paragraph: s.paragraph,
    person: person?.actorKey ?? kept?.person,
    body: body?.actorKey ?? kept?.body,
  };
}

/**
 * The other dates of a list the date stands in ("January 2 and January 6, 2024", "in 1965 and
 * again in 1971"), same precision.
 */
function coordinatedDates(text: string, dates: DateMention[], date: DateMention): DateMention[] {
  const sorted = dates
    .filter((d) => d.date && !d.attributive && d.precision === date.precision)
    .sort((a, b) => a.start - b.start);
  const at = sorted.findIndex((d) => d.start === date.start);
  if (at < 0) return [];
  const joined = (a: DateMention, b: DateMention) =>
    /^\s*(?:,|and|or|,\s*and|as well as)(?:\s+again)?\s*(?:(?:on|in)\s+)?$/.test(
      text.slice(a.end, b.start),
    );
  const out: DateMention[] = [];
  for (let k = at; k > 0 && joined(sorted[k - 1], sorted[k]); k--) out.push(sorted[k - 1]);
  for (let k = at; k + 1 < sorted.length && joined(sorted[k], sorted[k + 1]); k++)
    out.push(sorted[k + 1]);
  return out.filter((d) => d.date !== date.date);
}

/** A list item after a colon or a comma: "Euphrates Shield ", "Olive Branch in Afrin ". */
const LIST_ITEM = /^(?:[,;:]\s*(?:and\s+)?)([\p{Lu}\d][^,;:()]*?)\s*$/u;
/** Words that read as a list item's name: at most this many. */
const ITEM_WORDS = 6;

/**
 * The named items of a list after a colon, each with its own date: "three incursions: Euphrates
 * Shield in 2016, Olive Branch in Afrin in January 2018, and Peace Spring in October 2019". Empty
 * unless the trigger's date is the first item's and the colon stands between them.
 */
function colonList(
  text: string,
  dates: DateMention[],
  date: DateMention,
  tEnd: number,
): { date: DateMention; item: string }[] {
  // Between the trigger and its date only: a search back from the date alone would cross the
  // whole text before it (quadratic on a long text with no colon).
  const between = date.start > tEnd ? text.slice(tEnd, date.start).lastIndexOf(':') : -1;
  if (between < 0) return [];
  const colon = tEnd + between;
  const sorted = dates
    .filter((d) => d.date && !d.attributive && d.start >= date.start)
    .sort((a, b) => a.start - b.start);
  const out: { date: DateMention; item: string }[] = [];
  let from = colon;
  for (const d of sorted) {
    const m = LIST_ITEM.exec(text.slice(from, d.start));
    if (!m || m[1].split(/\s+/).length > ITEM_WORDS) break;
    out.push({ date: d, item: m[1].replace(/\s+(?:in|on|since)$/i, '') });
    from = d.end;
  }
  return out;
}

/** An event's fields: what its own words name, else its clause ("talks on cyberspace" is cyber). */
function eventDomains(title: string, clause: string): Domain[] {
  const own = classifyDomains(title).filter((d) => d !== 'diplomacy');
  return own.length ? own : classifyDomains(clause);
}

const isSentenceStart = (tokens: Token[], i: number) => i === 0 || (i === 1 && !tokens[0].word);
const capFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function inDateline(ctx: DocContext, m: Mention): boolean {
  return (
    !!ctx.dateline &&
    m.start < ctx.dateline.end + 40 &&
    m.end > ctx.dateline.start - 60 &&
    m.start < ctx.dateline.end
  );
}

/** The name after an attributive year: a quoted or capitalised name, or "treaty"/"accord"... */
function namedThing(
  text: string,
  from: number,
  to: number,
): { text: string; kind?: 'armed-clash' } | null {
  const rest = text.slice(from, Math.min(to, from + 120));
  const quoted = /^\s*["“]([^"”]{3,90})["”]/.exec(rest);
  if (quoted) return { text: quoted[1].replace(/[.,]$/, '') };
  const named =
    /^\s*((?:[A-Z][\w'’-]*|of|on|for|and|the)(?:\s+(?:[A-Z][\w'’-]*|of|on|for|and|the))*)/.exec(
      rest,
    );
  if (
    named &&
    /[A-Z]/.test(named[1]) &&
    /\b(?:Treaty|Accord|Agreement|Declaration|Pact|Armistice|Memorandum|Resolution|Convention|Charter|Protocol|Deal|Communiqu[eé]|Framework|Statement)\b/.test(
      named[1],
    )
  ) {
    return { text: named[1].replace(/\s+(?:of|on|for|and|the)$/, '') };
  }
  // "the 1963 Sand War", "the 1999 Kargil War": a war's name after its year.
  if (named && /^[A-Z]/.test(named[1]) && /\b(?:War|Conflict|Offensive|Invasion)$/.test(named[1]))
    return { text: named[1], kind: 'armed-clash' };
  const noun =
    /^\s*((?:[a-z]+\s+){0,2}(?:treaty|accord|agreement|declaration|pact|armistice|memorandum|ceasefire|truce|deal))\b/.exec(
      rest,
    );
  return noun ? { text: noun[1] } : null;
}

/**
 * Each date of a sentence goes to one trigger: the nearest, in its clause first. A trigger
 * left without a date makes no milestone ("signed ... and held talks on 5 March": one event).
 */
function assignDates(
  dates: DateMention[],
  triggers: Trigger[],
  tokens: Token[],
  clauseOf: (pos: number) => Span,
): Map<Trigger, DateMention> {
  // Every (date, trigger) pair scored, then the best pairs first: "since 2017 ... Russia's
  // seizure of Crimea in 2014" gives 2014 to the seizure, not whichever date came first.
  const pairs: { d: DateMention; t: Trigger; score: number }[] = [];
  // Commas before each token, so "is there a comma between a and b" is two look-ups.
  const commas = new Int32Array(tokens.length + 1);
  tokens.forEach((x, i) => (commas[i + 1] = commas[i] + (x.text === ',' ? 1 : 0)));
  const tokenAt = (pos: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const commasBetween = (a: number, b: number) => commas[tokenAt(b)] - commas[tokenAt(a)];
  // "1992–1994 – full-scale war breaks out": a range's end dates what ended, not what began.
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  const gap = (a: DateMention, b: DateMention) =>
    b.start - a.end > 4
      ? 'x'
      : tokens
          .slice(tokenAt(a.end), tokenAt(b.start))
          .map((t) => t.text)
          .join(' ');
  const rangeEnds = new Set(
    sorted.filter((d, k) => k > 0 && /^\s*[–—-]\s*$/.test(gap(sorted[k - 1], d))),
  );
  for (const d of dates) {
    const c = clauseOf(d.start);
    for (const t of triggers) {
      const tStart = tokens[t.from].start;
      const tEnd = tokens[t.to - 1].end;
      // "the 2008 summit": a year naming an event dates that event only.
      // "the 1991 UN-brokered ceasefire", "a 1992 readmission agreement": up to two words
      // between the year and the noun.
      if (d.attributive) {
        const noun = tokens[t.head].start;
        if (
          (t.form === 'noun' || t.head !== t.from) &&
          tStart >= d.end &&
          noun - d.end <= 30 &&
          commasBetween(d.end, noun) === 0
        )
          pairs.push({ d, t, score: -1 });
        continue;
      }
      // "Öcalan, held on İmralı island since 1999, calls on the group": a date inside an
      // aside between the subject and its verb dates the aside, not the verb.
      if (d.end <= tStart && insideAside(tokens, tokenAt(d.start), tokenAt(d.end), t.from))
        continue;
      const dist = d.start >= tEnd ? d.start - tEnd : d.end <= tStart ? tStart - d.end : 0;
      const inClause = tStart >= c.start && tEnd <= c.end;
      // A date usually follows what it dates; a comma between them loosens the tie.
      const comma =
        d.start >= tEnd ? commasBetween(tEnd, d.start) > 0 : commasBetween(d.end, tStart) > 0;
      pairs.push({
        d,
        t,
        score:
          dist +
          (inClause ? 0 : 150) +
          (d.end <= tStart ? 15 : 0) +
          (comma ? 40 : 0) +
          (rangeEnds.has(d) ? 100 : 0),
      });
    }
  }
  pairs.sort((a, b) => a.score - b.score);
  const out = new Map<Trigger, DateMention>();
  const used = new Set<DateMention>();
  for (const p of pairs) {
    if (out.has(p.t) || used.has(p.d)) continue;
    out.set(p.t, p.d);
    used.add(p.d);
  }
  return out;
}

/** A verb that makes its object act, right before the object: "prompting ", "forced the ". */
const CAUSES =
  /\b(?:prompt(?:s|ed|ing)?|forc(?:e|es|ed|ing)|le(?:d|ads?|ading)|caus(?:e|es|ed|ing)|push(?:es|ed|ing)?|persuad(?:e|es|ed|ing)|compel(?:s|led|ling)?|convinc(?:e|es|ed|ing)|pressur(?:e|es|ed|ing))\s+(?:the\s+)?$/i;
/** Between the object made to act and its verb: " to ", " to quickly ". */
const CAUSED_TO = /^\s+to\s+(?:[\p{Ll}]+ly\s+)?$/u;

/** Before a gerund whose agent is someone a sanction names: "for their role in ". */
const ROLE_IN =
  /\bfor\s+(?:their|its|his|her)\s+(?:alleged\s+|reported\s+)?(?:roles?|part|involvement|support)\s+(?:in|for)\s+$/i;

/** Between a state and the event noun it modifies: " missile ", "'s ballistic ". */
const OWNER_GAP = /^(?:['’]s?)?(?:\s+[\p{Ll}-]+){0,2}\s+$/u;

/** Before a state that modifies what an object is about: "data on ", "concern over ". */
const ABOUT_BEFORE = /\b(?:on|about|over|against|regarding|countering)\s+(?:the\s+)?$/i;

/**
 * Whether a mention modifies the lower-case noun after it: "North Korean [missile launches]",
 * "Chinese [investment]".
 */
function actNamedAfter(ctx: DocContext, m: Mention): boolean {
  const next = tokenize(ctx.text, m.end, Math.min(ctx.text.length, m.end + 24))[0];
  return !!next?.word && !next.cap;
}

/** The most tokens an aside spans on either side of its date. */
const ASIDE_REACH = 24;
/** Words an aside may hold besides its date and still be only a time: ", on Monday,". */
const TIME_WORDS = new Set([
  'on',
  'in',
  'at',
  'since',
  'by',
  'from',
  'until',
  'the',
  'of',
  'early',
  'late',
  'mid',
  'then',
]);

/**
 * Whether tokens [from, to) stand in an aside closed by a comma right before `verb`, which
 * says more than a time: ", held on İmralı island since 1999,", ", who took office in 2022,";
 * not ", on Monday," (that dates the verb).
 */
function insideAside(tokens: Token[], from: number, to: number, verb: number): boolean {
  // Asides are short: a bounded look, so a long sentence with many dates stays linear.
  if (verb - to > ASIDE_REACH) return false;
  let close = to;
  while (close < verb && tokens[close].text !== ',') close++;
  if (
    close !== verb - 1 &&
    !(close === verb - 2 && /^(?:had|has|have|then|also|later)$/i.test(tokens[verb - 1].text))
  )
    return false;
  let open = from - 1;
  while (open >= 0 && from - open <= ASIDE_REACH && tokens[open].text !== ',') open--;
  if (open < 0 || tokens[open].text !== ',') return false;
  let words = 0;
  for (let k = open + 1; k < close; k++)
    if (tokens[k].word && (k < from || k >= to) && !TIME_WORDS.has(tokens[k].lower)) words++;
  return words >= 2;
}

const SPEECH =
  /\b(?:said|says|told|added|stated|noted|warned|announced|insisted|stressed|claimed|reported|suggested|argued|alleged|according to)\b(?:\s+(?:that|on \w+))?/gi;
/** After a speech verb, the speaker's own pronoun or forces: "it had", "its jets have". */
const SELF_REPORT =
  /^\s*(?:it|its\s+(?:[\p{Ll}-]+\s+){0,2}?(?:forces|troops|army|navy|air\s+force|military|jets|aircraft|warships|ships|vessels|coast\s+guard|units|soldiers|drones|missiles|air\s+defen[cs]es))\s+(?:(?:had|has|have|would|will|could)\s+)?(?:(?:been|also|successfully|already)\s+)?$/iu;
const COORD =
  /^(?:,|and|,\s*and|along with|together with|as well as|with|&|–|-|\/|or)(?:\s+the)?$/i;

/**
 * The actor and those coordinated with it: "India and Japan", "Japan, along with the US". A
 * comma joins only in a list that ends with "and" or "or" ("the United States, Britain, France
 * and Jordan"), so "met India, China said" stops at India.
 */
function coordinated(ctx: DocContext, inClause: Mention[], first: Mention): Mention[] {
  const out = [first];
  let pending: Mention[] = [];
  for (let i = inClause.indexOf(first) + 1; i < inClause.length; i++) {
    // "the Balochistan Liberation Army (BLA) and the ...": the acronym is the name's.
    const gap = ctx.text
      .slice(inClause[i - 1].end, inClause[i].start)
      .replace(/^\s*\)/, '')
      .trim();
    if (gap === '(' && inClause[i].actorKey === inClause[i - 1].actorKey) continue;
    if (!COORD.test(gap)) break;
    if (gap === ',') pending.push(inClause[i]);
    else {
      out.push(...pending, inClause[i]);
      pending = [];
    }
  }
  return out;
}

/** Before a gerund's own subject: "in exchange for ", "amid ", "with " ("with China building"). */
const GERUND_SUBJECT_LEAD = /\b(?:for|with|of|by|about|after|without|despite|amid)\s+(?:the\s+)?$/i;

/** A sentence opened by a pronoun, then at most two words before the verb: "It has since". */
const PRONOUN_LEAD = /^\s*(He|She|It)\s+(?:[a-z]+\s+){0,2}$/;

/** Words that open a subordinate clause or phrase before a date. */
const SUBORDINATE =
  /\b(?:when|after|before|since|while|whilst|under|which|that|who|whose|until|as|if|because)\b/i;

/** After a state in a compound modifier: "-aligned", "-backed", "-led". */
const COMPOUND_MODIFIER =
  /^-(?:backed|aligned|allied|led|linked|funded|supported|sponsored|affiliated)\b/;

/** The end of a relative clause and the main clause's auxiliaries: ", has ", ", is now ". */
const MAIN_RESUMES =
  /,\s+(?:(?:has|have|had|is|was|were|will|would|also|then|now|later|since|still)\s+)*(?:been\s+)?$/i;

/** Between a body and the person holding its title in apposition: "'s commander, ". */
const OWN_TITLE_APPOSED = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+$/u;

/** Forms of "be" before a passive participle: "was targeted", "have been seized". */
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** What stands before a date heading a list item: a line's start, then a bullet or a dash. */
const LIST_ITEM_LEAD = /(?:^|\n)[ \t]*(?:[•·*▪–—-][ \t]*)?$/;

/** A passive's "be" right before its participle: "they were ", "both have been ". */
const PASSIVE_LEAD = new RegExp(String.raw`\b(?:${[...PASSIVE_BE].join('|')})\s+$`, 'i');

/** A preposition of place right before a name: " at ", " near the ". */
const LOCATIVE_BEFORE = /\b(?:at|in|near|outside|inside)\s+(?:the\s+)?$/i;

/** A conjunction opening a clause with its own subject: " after ", " when ". */
const SUBJECT_CLAUSE = /\b(?:after|before|when|while|whilst|until|once|because|whereas|that)\s+/gi;
/** Between two clauses of one sentence: ", and ", ", but ", "; ". */
const CLAUSE_JOIN = /(?:,\s*(?:and|but|while)|;)\s+/gi;
/** Between a subordinate clause's actor and its verb: " ", " troops ", "'s navy had ". */
const OWN_VERB_GAP = /^(?:['’]s?)?(?:\s+(?!and\b|or\b|but\b)[\p{L}-]+){0,3}\s+$/u;

/** Acts aimed at someone, whose "it" is an actor: "urged it", "accused it", "warned it". */
const POINTED: ReadonlySet<string> = new Set(['protest', 'demand', 'threat', 'rejection']);

/** A list item no actor names, between two that are: ", the Baltic states and". */
const LIST_ITEM_BETWEEN =
  /^,\s+(?:the\s+)?(?:(?!which\b|who\b|that\b|whose\b)[\p{L}-]+\s+){1,3}(?:and|or)(?:\s+the)?$/u;

/** What follows an act that ends its clause: a stop, or the end. */
const CLAUSE_END = /^\s*(?:[,.;:!?—–)]|$)/;
/** What follows an act whose object alone ends its clause: " support.", ". ". */
const OBJECT_THEN_END = /^(?:\s+[\p{L}-]+)?\s*(?:[,.;:!?—–)]|$)/u;

/** A report of what the target was, right after the verb: " what New Delhi said was ". */
const REPORTED =
  /^\s*what\s+[^,.;:()]{1,50}?\s+(?:said|says|described|describes|called|calls|claimed|claims|identified|identifies)\s+(?:as\s+|was\s+|were\s+|is\s+|are\s+|to\s+be\s+)?/i;

/** Between a standing state and its first party: " with ", " between the ". */
const STANDING_PARTIES = /^\s+(?:with|between)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/** Hostile acts whose agents, named together, are partners in them. */
const JOINT_ACTS: ReadonlySet<RelationType> = new Set(['aggression', 'sanctions']);

/** Acts whose object does what follows: "accused X of", "urged X to", "blamed X for". */
const CONTROLLERS = new Set(['protest', 'demand']);
const OBJECT_CONTROL = /^(?:\s+[\w-]+){0,3}?\s+(?:of|for|to|with)\s+$/;

/** "Russia's aggression", "China's large-scale drills", "Ethiopia's sea access pact". */
const POSSESSED = /^['’]s(?:\s+[\p{Ll}-]+){0,3}$/u;

/** Subject, target and places of a trigger within its clause. */
/** A relative clause's lead before its verb: "which signed", "which has also signed". */
const RELATIVE_LEAD = /^\s*(?:which|who)\s+(?:[a-z]+\s+){0,2}$/i;

function roles(
  ctx: DocContext,
  political: Mention[],
  mentions: Mention[],
  c: Span,
  tStart: number,
  tEnd: number,
  nounTrigger: boolean,
  directed: boolean,
  reacts = false,
  pointed = directed,
  cooperative = false,
) {
  const inClause = political.filter((m) => m.start >= c.start && m.end <= c.end);
  // "Teodoro said Chinese vessels fired ...": the speaker is not the subject of what he reports.
  const lead0 = ctx.text.slice(c.start, tStart);
  const speech = [...lead0.matchAll(SPEECH)].pop();
  let from = speech ? c.start + speech.index + speech[0].length : c.start;
  // "According to an IAEA report seen by Reuters, Tehran informed": the source runs to its comma.
  if (speech && /^according/i.test(speech[0])) {
    const comma = ctx.text.indexOf(',', from);
    if (comma >= 0 && comma < tStart) from = comma + 1;
  }
  // "hours after the leaders of Russia, Azerbaijan and Armenia signed": a subordinate clause
  // that names its own actor before the verb has its own subject.
  // The last opener that names an actor of its own ("loans that had financed" names none, so
  // "after struggling to repay Chinese loans" still speaks).
  // The last few openers only: a long run of clauses costs no more per verb.
  const openers = [...ctx.text.slice(from, tStart).matchAll(SUBJECT_CLAUSE)];
  let sub: { at: number; own: Mention } | undefined;
  for (let k = openers.length - 1; k >= Math.max(0, openers.length - 3) && !sub; k--) {
    const at = from + openers[k].index + openers[k][0].length;
    const own = inClause.filter((m) => m.start >= at && m.end <= tStart).pop();
    if (own) sub = { at, own };
  }
  if (sub) {
    const { at, own } = sub;
    // Its actor stands right before the verb ("when Pakistani troops shelled"), not a phrase
    // away ("after talks brokered by Qatar, pulling back from the fighting") nor before a verb
    // of the main clause ("when Eritrea became independent and now sends").
    if (OWN_VERB_GAP.test(ctx.text.slice(own.end, tStart))) {
      // "After a bombing killed 40 CRPF personnel, Indian Air Force jets struck": the
      // subordinate clause closed at its comma; the main clause's subject follows it.
      // A comma closing a list of actors ("in Mali, Burkina Faso and Niger expelled") does not.
      const comma = ctx.text.lastIndexOf(',', own.start);
      const listed = inClause.some((m) => m.end === comma);
      const opens = /^\s*(?:the\s+)?$/i.test(ctx.text.slice(comma + 1, own.start));
      from = comma >= at && opens && !listed ? comma + 1 : at;
    }
  }
  // "Iran armed the rebels, and the United States accused it": a coordinate clause names its
  // own subject right before its verb; a list of names ("Japan, India, and Australia met") does
  // not open one.
  const joined = [...ctx.text.slice(from, tStart).matchAll(CLAUSE_JOIN)].pop();
  if (joined) {
    const at = from + joined.index + joined[0].length;
    const own = inClause.filter((m) => m.start >= at && m.end <= tStart).pop();
    const prior = inClause.filter((m) => m.end <= from + joined.index).pop();
    const clause = prior
      ? /\p{Ll}{3,}/u.test(ctx.text.slice(prior.end, from + joined.index))
      : false;
    if (own && clause && /^\s*(?:the\s+)?$/i.test(ctx.text.slice(at, own.start))) {
      if (OWN_VERB_GAP.test(ctx.text.slice(own.end, tStart))) from = at;
    } else if (
      !own &&
      clause &&
      // "..., and the government declared": a subject no actor names is still the clause's own.
      /\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(ctx.text.slice(at, tStart))
    )
      from = at;
  }
  const before = inClause.filter((m) => m.end <= tStart && m.start >= from);
  const rest = ctx.text.slice(tEnd, Math.min(c.end, tEnd + TARGET_WINDOW));
  const brk = rest.search(
    /[,;:()—–]|\s-\s|\b(?:after|before|while|when|because|although|which|who|that|since|until|despite|unless)\b/,
  );
  const reach = tEnd + (brk < 0 ? rest.length : brk);
  // "struck what New Delhi said was a Jaish-e-Mohammed camp": who says so is no target.
  const reported = REPORTED.exec(rest);
  const afterFrom = tEnd + (reported ? reported[0].length : 0);
  // "fought the Iran-aligned Houthis": a state in a compound modifier describes the actor after
  // it; the actor is the target.
  const after = inClause.filter(
    (m, i) =>
      m.start >= afterFrom &&
      m.start < reach &&
      !(
        COMPOUND_MODIFIER.test(ctx.text.slice(m.end, m.end + 12)) &&
        inClause[i + 1] &&
        /^-[\p{L}]+(?:\s+[\p{Ll}-]+){0,2}\s+$/u.test(ctx.text.slice(m.end, inClause[i + 1].start))
      ) &&
      // "agreed to share data on North Korean missile launches": a state that modifies an
      // act the object is about is that act's agent, not a party to the agreement.
      !(
        cooperative &&
        m.demonym &&
        ABOUT_BEFORE.test(ctx.text.slice(Math.max(tEnd, m.start - 12), m.start)) &&
        actNamedAfter(ctx, m)
      ) &&
      // "meeting today at Biden's old high school": whose the place is, not a party (a
      // state's place, "docked at Sri Lanka's southern port", names the host).
      !(
        ctx.reg.get(m.actorKey).kind === 'person' &&
        LOCATIVE_BEFORE.test(ctx.text.slice(Math.max(tEnd, m.start - 8), m.start)) &&
        /^['’]s\s+\p{Ll}/u.test(ctx.text.slice(m.end, m.end + 4))
      ),
  );
  let subject: (Mention | string)[] = [];
  let coAgents = false;
  if (before.length) {
    // The clause's first actor and those coordinated with it.
    subject = [before[0]];
    for (let i = 1; i < before.length; i++) {
      const gap = ctx.text.slice(before[i - 1].end, before[i].start).trim();
      if (COORD.test(gap) || gap === "'s" || gap === '’s' || LIST_ITEM_BETWEEN.test(gap))
        subject.push(before[i]);
      else break;
    }
    // "Japan's Self-Defense Forces": the possessor is not a second subject.
  }
  // "India said its air force had shot down a Pakistani F-16", "Pakistan said it had struck":
  // what the speaker reports of itself, the speaker did.
  if (subject.length === 0 && speech && SELF_REPORT.test(ctx.text.slice(from, tStart))) {
    // The speaker stands right before its verb ("India acknowledged losing a plane and said").
    const speaker = inClause.filter((m) => m.end <= c.start + speech.index).pop();
    const gap = speaker ? ctx.text.slice(speaker.end, c.start + speech.index) : ',';
    if (
      speaker &&
      ctx.reg.get(speaker.actorKey).kind !== 'person' &&
      !/[,;:()]/.test(gap) &&
      gap.trim().split(/\s+/).length <= 6
    )
      subject = [speaker];
  }
  const lead = ctx.text.slice(c.start, tStart);
  // "Saudi Arabia, which signed a pact with Pakistan": the relative clause's verb is the
  // antecedent's; so is the main clause's once the relative clause has closed ("Eritrea, which
  // won independence from Ethiopia in 1993, has drawn closer to Egypt").
  const closed = /^\s*(?:which|who)\b/i.test(lead) && MAIN_RESUMES.test(lead);
  if (closed || (subject.length === 0 && RELATIVE_LEAD.test(lead))) {
    let antecedent: Mention | undefined;
    for (const m of political) if (m.end <= c.start) antecedent = m;
    if (antecedent && /^\s*,\s*$/.test(ctx.text.slice(antecedent.end, c.start)))
      subject = [antecedent];
  }
  // "they were intercepted": a pronoun before a passive is what the act befell, not who did it.
  if (subject.length === 0 && PAIR_PRONOUN.test(lead) && !PASSIVE_LEAD.test(lead))
    subject = [...ctx.focal];
  if (
    subject.length === 1 &&
    PAIR_PRONOUN.test(lead) &&
    /\b(?:both|two|they|their)\b/i.test(lead) &&
    ctx.focal.length === 2
  ) {
    subject = [...new Set([...ctx.focal, key(subject[0])])];
  }
  let target: Mention[] = [];
  if (after.length) target = coordinated(ctx, inClause, after[0]);
  // "Russia's aggression", "Chinese incursions": the possessor of an event noun is its agent;
  // "intrusions by Chinese Coast Guard vessels": so is the actor after "by".
  const own = before[before.length - 1];
  let possessed = false;
  if (own && nounTrigger) {
    const gap = ctx.text.slice(own.end, tStart).trim();
    if ((POSSESSED.test(gap) || (gap === '' && own.demonym)) && subject[0] !== own) {
      subject = [own];
      possessed = true;
    }
  }
  // "The US blamed Iran for the attack on Abqaiq": whom the speaker blames did the act.
  if (
    own &&
    nounTrigger &&
    tStart - own.end <= 64 &&
    BLAMED_FOR.test(ctx.text.slice(own.end, tStart))
  ) {
    const lead = ctx.text.slice(Math.max(c.start, own.start - 32), own.start);
    if (BLAMES.test(lead)) subject = [own];
  }
  const by = after[0];
  const byAgent = by && /^\s*by\s+(?:the\s+)?$/i.test(ctx.text.slice(tEnd, by.start));
  // "condemned the attack by Russia on Kyiv": whoever did the act reacted to is the target;
  // what it befell is not.
  if (reacts) target = byAgent ? coordinated(ctx, inClause, by) : [];
  else if (byAgent) {
    // "backed by Russia and China": every agent coordinated after "by" acts.
    const agents = target[0] === by ? target : [by];
    target = subject.filter((m): m is Mention => typeof m !== 'string');
    subject = agents;
    coAgents = agents.length >= 2;
  }
  // "urged it to take care", "accused it of supporting the attacks": a directed act's "it" is
  // the last state the sentence named before, else the last body, that is not its subject.
  if (
    !target.length &&
    pointed &&
    !nounTrigger &&
    /^\s+it\b/i.test(ctx.text.slice(tEnd, tEnd + 4))
  ) {
    const heads = new Set(subject.map(key));
    const prior = political.filter(
      (m) =>
        m.end <= tStart &&
        !m.demonym &&
        !heads.has(m.actorKey) &&
        ctx.reg.get(m.actorKey).kind !== 'person',
    );
    const it = prior.filter((m) => ctx.reg.get(m.actorKey).kind === 'country').pop() ?? prior.pop();
    if (it) target = [it];
  }
  // Actors between the subject and the trigger after "with": partners of a mutual act
  // ("deepen cooperation with India through exports"), co-agents of a directed one ("joined
  // forces with the US and Europe in imposing sanctions").
  const withs: Mention[] = [];
  for (let i = 0; i < before.length; i++) {
    const m = before[i];
    if (subject.includes(m)) continue;
    const lead = ctx.text.slice(Math.max(c.start, m.start - 16), m.start);
    const joined =
      withs.length > 0 &&
      withs[withs.length - 1] === before[i - 1] &&
      COORD.test(ctx.text.slice(before[i - 1].end, m.start).trim());
    if (/\b(?:with|alongside)\s+(?:the\s+)?$/i.test(lead) || joined) withs.push(m);
  }
  if (possessed) withs.length = 0;
  if (withs.length && directed) subject = [...subject, ...withs];
  else if (withs.length && target.length === 0) target = [...withs];
  // "its aggression": the possessive pronoun points to the last actor named before it.
  if (
    nounTrigger &&
    /\b(?:its|their|his|her)\s+(?:\S+\s+)?$/i.test(
      ctx.text.slice(Math.max(c.start, tStart - 24), tStart),
    )
  ) {
    const antecedent = [...political].reverse().find((m) => m.end <= tStart);
    const their = /\btheir\s+(?:\S+\s+)?$/i.test(
      ctx.text.slice(Math.max(c.start, tStart - 24), tStart),
    );
    if (antecedent && isState(ctx, antecedent.actorKey) && !(their && subject.length >= 2))
      subject = [antecedent];
  }
  // "The United States, which Iran had warned": a relative clause with its own subject is
  // about its antecedent, the verb's object.
  const last = subject[subject.length - 1];
  if (
    before.length &&
    typeof last !== 'string' &&
    /^\s*(?:which|whom)\s+(?:the\s+)?$/i.test(ctx.text.slice(c.start, before[0].start)) &&
    OWN_VERB_GAP.test(ctx.text.slice(last.end, tStart))
  ) {
    const antecedent = political.filter((m) => m.end <= c.start).pop();
    if (antecedent && /^\s*,\s*$/.test(ctx.text.slice(antecedent.end, c.start)))
      target = [antecedent];
  }
  // "recognised Georgia's breakaway regions of Abkhazia and South Ossetia": the places named
  // after "of" are the object; the state that owns them only names them ("Russia's invasion of
  // Ukraine" is no place of Russia's).
  if (target.length && !nounTrigger) {
    const owner = target[0];
    const near = mentions.filter((m) => m.start >= owner.end && m.end <= c.end);
    const part = near.find((m) => m.start > owner.end && m.start - owner.end <= 48);
    const gap = part
      ? /^['’]s?\s+((?:[a-z-]+\s+){0,2})([a-z]+)\s+of\s+(?:the\s+)?$/.exec(
          ctx.text.slice(owner.end, part.start),
        )
      : null;
    if (part && gap && PLACE_PARTS.has(gap[2])) target = coordinated(ctx, near, part);
  }
  const subjectKeys = new Set(subject.map(key));
  target = target.filter((m) => !subjectKeys.has(m.actorKey));
  // What else the clause names after the trigger, up to its first break, takes part.
  const others = after.filter((m) => !target.includes(m));
  // "countermeasures against China": whatever the verb, the target is opposed.
  const against =
    target.length > 0 &&
    /\b(?:against|to deter|to counter|to contain)\s+(?:\S+\s+){0,2}$/i.test(
      ctx.text.slice(Math.max(tEnd, target[0].start - 40), target[0].start),
    );
  // "drills around Taiwan", "exercises near Ukraine's border": a show of force at the target.
  const around =
    target.length > 0 &&
    /\b(?:around|near|off|encircling|surrounding|close\s+to)\s+(?:the\s+)?$/i.test(
      ctx.text.slice(Math.max(tEnd, target[0].start - 24), target[0].start),
    );
  const place = mentions.filter(
    (m) => (!isPolitical(ctx, m.actorKey) || m.asPlace) && m.start >= c.start && m.end <= c.end,
  );
  // An incursion or attack on a place ("intrusions ... around the Senkaku Islands").
  const struck = place.filter((m) => m.start >= tEnd && m.start - tEnd <= TARGET_WINDOW);
  return { subject, target, place, against, around, others, struck, coAgents };
}

/** The state of a capital named as a place ("in Colombo"), when the article names the state. */
function capitalState(ctx: DocContext, m: Mention): string | undefined {
  if (!m.asPlace) return undefined;
  const key = `country:${ctx.reg.get(m.actorKey).country}`;
  return ctx.named.has(key) ? key : undefined;
}

function actorsOrPair(ctx: DocContext, ms: Mention[]): string[] {
  const ks = [...new Set(ms.map((m) => m.actorKey))];
  return ks.length ? ks : [...ctx.focal];
}

const STOP = new Set([
  'known',
  'called',
  'dubbed',
  'during',
  'while',
  'after',
  'before',
  'amid',
  'despite',
  'as',
  'since',
  'when',
  'which',
  'that',
  'who',
  'where',
  'because',
  'due',
  'following',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'to',
  'and',
  'but',
  'or',
  'than',
  'by',
  'according',
]);
const TRAIL = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'with',
  'for',
  'from',
  'toward',
  'towards',
  'into',
  'its',
  'their',
  'his',
  'her',
  'and',
  'or',
  'further',
  'also',
]);
const MODIFIER =
  /^(?:first|second|third|fourth|fifth|joint|military|naval|bilateral|trilateral|annual|major|large-scale|new|nuclear|missile|air|maritime|border|cyber|space|security|defence|defense|ministerial|foreign|strategic|economic|arms|peace|live-fire|combined)$/i;

/**
 * A headline: who (the subject), what (the trigger) and to whom (the target), from the
 * sentence's own words: "India and Japan held their first talks on cyberspace",
 * "India–China military clash in the Galwan Valley".
 */
function headline(
  ctx: DocContext,
  tokens: Token[],
  t: Trigger,
  subject: (Mention | string)[],
  target: Mention[],
  dates: DateMention[],
): string {
  // "Japan's Cabinet approved": the possessor is how the body is named, not a second agent.
  const owners = new Set(
    subject.filter((m, i) => {
      const next = subject[i + 1];
      return (
        typeof m !== 'string' &&
        next &&
        typeof next !== 'string' &&
        /^['’]s\s+$/.test(ctx.text.slice(m.end, next.start))
      );
    }),
  );
  const agents = subject.filter((m) => !owners.has(m));
  const names = [...new Set(agents.map((m) => displayName(ctx, key(m))))];
  if ((t.form === 'noun' || t.head !== t.from) && t.nounEnd === undefined)
    return nounHeadline(ctx, tokens, t, subject, target, dates);
  let from = t.from;
  if (t.form === 'noun') {
    // "first talks", "joint naval exercise", and a name: "AUSINDEX exercise", "JIMEX drills".
    while (
      from > 0 &&
      from > t.from - 3 &&
      (MODIFIER.test(tokens[from - 1].text) ||
        (tokens[from - 1].cap && !insideMention(ctx, tokens[from - 1]) && from - 1 > 0))
    )
      from--;
  }
  // The phrase runs on to the target, or a few words, and stops at a break or a date.
  // Only a target after the verb ends its phrase ("Abe shot dead at a rally": a passive's
  // patient stands before it).
  const ahead = target.filter((m) => m.start >= tokens[t.to - 1].end);
  let targetEnd = ahead.length ? ahead[ahead.length - 1].end : -1;
  const lastTarget = ahead[ahead.length - 1];
  if (
    lastTarget &&
    (lastTarget.demonym || /^-\p{L}/u.test(ctx.text.slice(lastTarget.end, lastTarget.end + 2)))
  ) {
    // "at a Philippine patrol boat", "with Australian Deputy Prime Minister Richard Marles".
    let k = tokens.findIndex((x) => x.start >= targetEnd);
    let lower = 0;
    // "the Maltese-flagged bulk carrier": a hyphen inside the word goes on with it.
    const inWord = (x: number) =>
      tokens[x].text === '-' && !tokens[x].spaced && tokens[x + 1]?.word && !tokens[x + 1].spaced;
    while (
      k >= 0 &&
      k < tokens.length &&
      (tokens[k].word || inWord(k)) &&
      !STOP.has(tokens[k].lower) &&
      !TRAIL.has(tokens[k].lower) &&
      !isDateToken(tokens[k], dates)
    ) {
      if (tokens[k].word && !tokens[k].cap && ++lower > 3) break;
      targetEnd = tokens[k].end;
      k++;
    }
  }
  if (t.nounEnd !== undefined) {
    const np = ctx.text.slice(tokens[from].start, tokens[t.nounEnd - 1].end);
    return capFirst(names.length ? `${joinNames(names)}: ${np}` : np);
  }
  let to = t.to;
  let words = 0;
  const told = REPORTED.exec(ctx.text.slice(tokens[t.to - 1].end));
  const toldEnd = told ? tokens[t.to - 1].end + told[0].length : 0;
  while (to < tokens.length) {
    const tok = tokens[to];
    if (
      tok.end > targetEnd &&
      (BREAK_TOKEN.test(tok.text) ||
        (STOP.has(tok.lower) &&
          !(tok.lower === 'by' && AUXILIARY.has(tokens[t.from - 1]?.lower ?? '')) &&
          // "agreed to take a stake": the verb's own complement goes on.
          !(
            tok.lower === 'to' &&
            to === t.to &&
            t.form !== 'noun' &&
            /^\p{Ll}+$/u.test(tokens[to + 1]?.text ?? '') &&
            !DETERMINER.has(tokens[to + 1]?.lower ?? '')
          )) ||
        isDateToken(tok, dates) ||
        words >= 6)
    )
      break;
    if (tok.word && tok.end > toldEnd) words++;
    to++;
    if (
      targetEnd > 0 &&
      tok.end >= targetEnd &&
      !/^(?:in|at|near|off|on|over)$/.test(tokens[to]?.lower ?? '')
    )
      break;
  }
  while (to > t.to && (TRAIL.has(tokens[to - 1].lower) || !tokens[to - 1].word)) to--;
  let phrase = ctx.text.slice(tokens[from].start, tokens[to - 1].end);
  for (const d of dates) phrase = phrase.replace(ctx.text.slice(d.start, d.end), '');
  const verbEnd = tokens[t.to - 1].end - tokens[from].start;
  const reported = REPORTED.exec(phrase.slice(verbEnd));
  if (reported)
    phrase = `${phrase.slice(0, verbEnd)} ${phrase.slice(verbEnd + reported[0].length)}`;
  phrase = phrase
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/[,;:\s]+$/, '')
    .trim();
  // A verb's subject as the text has it when it is short ("a Chinese research vessel").
  let lead = names.length ? joinNames(names) : '';
  const first = subject[0];
  if (t.form !== 'noun' && first && typeof first !== 'string' && !first.anaphor) {
    const between = ctx.text.slice(first.nameStart ?? first.start, tokens[t.from].start);
    if (between.split(/\s+/).length <= 5 && !/[,;:()]/.test(between) && agents.length === 1) {
      // "Hulusi Akar on Monday accused Greece": the date is the milestone's, not the title's.
      let words = between;
      for (const d of dates) words = words.replace(ctx.text.slice(d.start, d.end), '');
      lead = words
        .replace(/\b(?:recently|also|further|now|then|reportedly|officially)\b/g, '')
        .replace(/\s+(?:have|has|had|will|would|is|are|was|were)(?:\s+been)?\s*$/i, '')
        .replace(/\s+/g, ' ')
        .trim();
      lead = lead.replace(/^(?:a|an|the)\s+/i, '');
    }
  }
  if (t.form === 'noun' && names.length)
    lead = names.length === 2 ? names.join('–') : joinNames(names);
  if (!lead && t.form !== 'noun') lead = thingBefore(tokens, t.from);
  return uncut(shorten(capFirst(`${lead} ${phrase}`.trim())));
}

const AUXILIARY = new Set([
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'been',
  'be',
  'being',
]);
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);
const NUMBER_WORDS = new Set('two three four five six seven eight nine ten'.split(' '));
const FUNCTION_WORDS = new Set(
  'and or but nor that which who whom whose then also has have had was were is are be been it he she they we'.split(
    ' ',
  ),
);
/** After a verb in its trigger: "set up", "handed over" ("exchanged fire" has its object). */
const VERB_PARTICLES = new Set(['up', 'down', 'out', 'off', 'over', 'in', 'on', 'away', 'back']);
const AFTER_PARTICIPLE = new Set(['today', 'yesterday', 'last', 'earlier', 'later', 'jointly']);
/** Irregular verbs whose past is their base form ("set up", "cut", "shut"). */
const PAST_AS_BASE = new Set(
  Object.entries(verbs.irregular)
    .filter(([base, past]) => base === past)
    .map(([base]) => base.split(' ')[0]),
);
/** A trigger that can be a past participle: "signed", "set up" (not "sign", "call"). */
const participle = (t: Trigger, tokens: Token[]) =>
  t.form === 'past' ||
  t.form === 'participle' ||
  (t.form === 'base' && PAST_AS_BASE.has(tokens[t.from].lower));
const PREPOSITIONS = new Set(
  'by of in with for to under from on at through via into over against'.split(' '),
);

/**
 * A trigger that is a past participle, alone or with particles, after the common noun a
 * preposition's phrase ends on ("handled by a commission set up in 2000").
 */
function reducedRelative(tokens: Token[], t: Trigger): boolean {
  if (!participle(t, tokens)) return false;
  if (!tokens.slice(t.from + 1, t.to).every((x) => VERB_PARTICLES.has(x.lower))) return false;
  const [verb, end] = [t.from, t.to];
  let k = verb;
  while (
    k > 0 &&
    verb - k < 4 &&
    /^\p{Ll}+$/u.test(tokens[k - 1].text) &&
    !DETERMINER.has(tokens[k - 1].lower) &&
    !STOP.has(tokens[k - 1].lower) &&
    !FUNCTION_WORDS.has(tokens[k - 1].lower)
  )
    k--;
  return (
    k < verb &&
    k > 1 &&
    DETERMINER.has(tokens[k - 1].lower) &&
    PREPOSITIONS.has(tokens[k - 2].lower) &&
    !AUXILIARY.has(tokens[verb - 1].lower) &&
    // "signed in 2017", "set up by the UN", "drawn." — not "exchanged fire" (a verb and its object).
    (!tokens[end]?.word ||
      PREPOSITIONS.has(tokens[end].lower) ||
      AFTER_PARTICIPLE.has(tokens[end].lower))
  );
}

/** Words that make what precedes a verb no noun phrase: pronouns, time words, adverbs. */
const NOT_A_THING = new Set(
  'it he she they we them him her all both day week month year time later earlier also then now already still first again deal statement text process office'.split(
    ' ',
  ),
);

/**
 * What a verb with no actor as its subject is about, from the words before it: "the Treaty of
 * Lausanne, signed in 1923" -> "Treaty of Lausanne"; "Kaliningrad ... was annexed" ->
 * "Kaliningrad". Empty when those words are no short noun phrase.
 */
function thingBefore(tokens: Token[], verb: number): string {
  let k = verb;
  while (k > 0 && AUXILIARY.has(tokens[k - 1].lower)) k--;
  if (k > 0 && tokens[k - 1].text === ',') k--;
  const end = k;
  // A name may end in its number: "UN Security Council Resolution 1244".
  while (
    k > 0 &&
    end - k < 5 &&
    (tokens[k - 1].word || (/^\d+$/.test(tokens[k - 1].text) && tokens[k - 2]?.cap)) &&
    // "On 27 February 2025 Abdullah Öcalan called": a date ends the phrase before it.
    !/^(?:1\d{3}|20\d{2})$/.test(tokens[k - 1].text) &&
    !CALENDAR_NAME.test(tokens[k - 1].text) &&
    !DETERMINER.has(tokens[k - 1].lower) &&
    !STOP.has(tokens[k - 1].lower)
  )
    k--;
  // A name ("Treaty of Lausanne"), or a noun phrase its determiner opens ("a joint boundary
  // commission set up in 2000").
  const determined =
    k > 0 &&
    DETERMINER.has(tokens[k - 1].lower) &&
    end - k <= 3 &&
    tokens.slice(k, end).every((x) => /^\p{Ll}+$/u.test(x.text) && !NOT_A_THING.has(x.lower)) &&
    !NUMBER_WORDS.has(tokens[end - 1].lower);
  if (k === end || !(determined || tokens.slice(k, end).some((x) => x.cap))) return '';
  return tokens
    .slice(k, end)
    .map((x) => x.text)
    .join(' ')
    .replace(/ - /g, '-');
}

/** The countries an actor stands for in a title: a force or an office-holder by its state. */
function titleName(ctx: DocContext, k: string): string {
  const d = ctx.reg.get(k);
  // "Houthi attacks" are the Houthis', not Yemen's: an armed group never stands for its base.
  if ((d.kind === 'person' || d.kind === 'force') && d.country && !NON_STATE_KEYS.has(k)) {
    const c = ctx.reg.drafts.get(`country:${d.country}`);
    if (c) return c.name;
  }
  return d.name;
}

/**
 * A headline for an event noun ("held their first talks on cyberspace", "the Galwan clash"):
 * its parties by country, then the noun with its modifiers and complement:
 * "India–Japan first talks on cyberspace", "Australia–India talks in Canberra".
 */
function nounHeadline(
  ctx: DocContext,
  tokens: Token[],
  t: Trigger,
  subject: (Mention | string)[],
  target: Mention[],
  dates: DateMention[],
): string {
  const parties = [
    ...new Set([...subject.map(key), ...target.map(key)].map((k) => titleName(ctx, k))),
  ];
  const label = parties.length === 2 ? [...parties].sort().join('–') : joinNames(parties);
  let from = t.form === 'noun' ? t.from : t.head;
  // Modifiers before the noun: "first", "joint naval", a name ("AUSINDEX", "JIMEX").
  while (
    from > t.from - (t.form === 'noun' ? 3 : 0) &&
    from > 0 &&
    from - 1 >= (t.form === 'noun' ? 0 : t.from + 1) &&
    (MODIFIER.test(tokens[from - 1].text) ||
      (tokens[from - 1].cap &&
        !insideMention(ctx, tokens[from - 1]) &&
        !DETERMINER.has(tokens[from - 1].lower)))
  )
    from--;
  if (t.form !== 'noun') {
    // After a light verb, keep the noun's own modifiers ("their first talks" -> "first talks").
    // A hyphen inside a word goes with it: "their short-lived mutiny" -> "short-lived mutiny".
    while (
      from > t.from + 1 &&
      !VERB_TRAIL.has(tokens[from - 1].lower) &&
      (tokens[from - 1].word || (tokens[from - 1].text === '-' && !tokens[from - 1].spaced))
    )
      from--;
    while (from < t.head && !tokens[from].word) from++;
  }
  let to = t.to;
  let words = 0;
  // The complement: "on cyberspace", "in the Galwan Valley", up to a break, a date or "with".
  while (to < tokens.length && words < 5) {
    const tok = tokens[to];
    if (
      BREAK_TOKEN.test(tok.text) ||
      (STOP.has(tok.lower) && tok.lower !== 'and') ||
      isDateToken(tok, dates) ||
      /^(?:with|between|by|against)$/.test(tok.lower)
    )
      break;
    if (tok.word) words++;
    to++;
  }
  // Never end inside a name: "off the coast of Western Australia".
  const cut = mentionCovering(ctx, tokens[to - 1].end - 1);
  while (cut && to < tokens.length && tokens[to - 1].end < cut.end) to++;
  for (let n = 0; n < 3 && to < tokens.length && tokens[to - 1].cap && tokens[to].cap; n++) to++;
  while (to > t.to && (TRAIL.has(tokens[to - 1].lower) || !tokens[to - 1].word)) to--;
  const phrase = ctx.text
    .slice(tokens[from].start, tokens[to - 1].end)
    .replace(/\s+/g, ' ')
    .trim();
  // "Fighting broke out" after its parties reads "Armenia–Azerbaijan fighting broke out".
  const first = tokens[from];
  const lowered =
    label && from === 0 && !first.upper && !insideMention(ctx, first)
      ? phrase.charAt(0).toLowerCase() + phrase.slice(1)
      : phrase;
  // One agent and a light verb, with its target inside the phrase if it has one: "China hosted
  // talks" (not "China talks", talks about China?), "Iran launched a drone attack on Israel"
  // (not "Iran–Israel drone attack on Israel", which loses who attacked whom).
  // The verb as told ("carried out", "hosted"), without the noun's determiner; only a told act
  // ("launched", "holds"), never a plan's bare verb ("to ratify").
  const agents = [...new Set(subject.map((m) => titleName(ctx, key(m))))];
  const end = tokens[to - 1].end;
  let verbTo = from;
  while (verbTo > t.from + 1 && VERB_TRAIL.has(tokens[verbTo - 1].lower)) verbTo--;
  if (
    agents.length === 1 &&
    (t.form === 'past' || t.form === 's') &&
    !tokens[t.from].cap &&
    target.every((m) => m.start >= tokens[from].start && m.end <= end)
  ) {
    const verb = ctx.text.slice(tokens[t.from].start, tokens[verbTo - 1].end);
    return uncut(shorten(capFirst(`${agents[0]} ${verb} ${lowered}`)));
  }
  // "Finland completed its own accession": one agent, then the verb the noun is the object of,
  // reads as the sentence says it (not "Finland accession").
  const agent = subject.length === 1 ? subject[0] : undefined;
  const told =
    t.form === 'noun' && agent && typeof agent !== 'string' && agent.end <= tokens[from].start
      ? TOLD_VERB.exec(ctx.text.slice(agent.end, tokens[from].start))
      : null;
  if (told && agents.length === 1 && target.every((m) => m.end <= end))
    return uncut(shorten(capFirst(`${agents[0]} ${told[1]}${told[2] ?? ''}${phrase}`)));
  return uncut(shorten(capFirst(label ? `${label} ${lowered}` : lowered)));
}

/** "ruled that it had": a clause cut short after "that" says nothing; the verb stands alone. */
function uncut(title: string): string {
  return title.replace(
    /\s+that(?:\s+(?:it|they|he|she)(?:\s+(?:had|has|have|was|were|would|will|is|are))?)?\s*$/i,
    '',
  );
}

/**
 * Between an agent and the event noun it is the subject of: a told verb (past tense), then the
 * noun's determiner and modifiers (" completed its own ", " has resumed the ").
 */
const TOLD_VERB =
  /^\s+(?:(?:has|have|had)\s+)?((?:[\p{Ll}]+ed|held|began|took|gave|won|sent|led|struck|made|set|broke|withdrew|fought|sought)\s+)((?:(?:its|their|his|her|the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2})?$/u;

/** Between a light verb and its noun: "a", "those", "its". */
const VERB_TRAIL = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
]);

/** Titles fit a label: at most TITLE_MAX characters, cut between words, never after "of". */
const TITLE_MAX = 60;
function shorten(title: string): string {
  const words = title.split(' ');
  const upper = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  let dropped: string | undefined;
  while (words.length > 3 && words.join(' ').length > TITLE_MAX) dropped = words.pop();
  // Never half a name: "off the coast of Western" without "Australia".
  while (words.length > 3 && upper(dropped) && upper(words[words.length - 1]))
    dropped = words.pop();
  while (words.length > 2 && TRAIL.has(words[words.length - 1].toLowerCase())) words.pop();
  return words.join(' ').replace(/[,;:]$/, '');
}

const BREAK_TOKEN = /^[,;:.()—–"“”!?]$/;

function insideMention(ctx: DocContext, t: Token): boolean {
  return mentionCovering(ctx, t.start) !== undefined;
}

function isDateToken(t: Token, dates: DateMention[]): boolean {
  return dates.some((d) => t.start >= d.start && t.end <= d.end);
}

function displayName(ctx: DocContext, k: string): string {
  return ctx.reg.get(k).name;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

interface DraftInput {
  kind: EventKind;
  title: string;
  key: string | null;
  date: DateMention;
  status: EventStatus;
  domains: Domain[];
  actors: string[];
  s: Sentence;
}

/** Event nouns of every verb class ("treaty", "coup", "sanctions"): a one-word title may keep one. */
const EVENT_NOUNS = new Set(verbs.classes.flatMap((c) => c.nouns.map((n) => n.toLowerCase())));
const LOOSE_END = /\s+(?:by|of|to|in|on|at|for|with|from|the|a|an|and|that|which)$/i;

/**
 * A title a briefer can read: no dangling "by" ("Intercepted by"), and never one bare word
 * ("Treaty", "Signed"): who took part, then what happened ("Greece–Turkey treaty").
 * @example sturdyTitle(ctx, 'Signed', ['country:GR', 'country:TR'], 'agreement') // -> 'Greece–Turkey agreement'
 */
function sturdyTitle(ctx: DocContext, title: string, pair: string[], kind: EventKind): string {
  const trimmed = title.replace(LOOSE_END, '');
  const words = trimmed.split(/\s+/);
  const parties = () => pair.map((k) => displayName(ctx, k)).join('–');
  // "Cooperation resumed": an event noun and its verb, told of the parties ("a resolution
  // stating": the noun alone).
  if (words.length === 2 && pair.length > 0 && EVENT_NOUNS.has(words[0].toLowerCase()))
    return `${parties()} ${(/ing$/.test(words[1]) ? words[0] : trimmed).toLowerCase()}`;
  // "Serbia adopted", "Houthis talking": a name and a bare verb say who, not what.
  const bareVerb =
    words.length === 2 &&
    /^[a-z]+(?:ed|ing)$/.test(words[1]) &&
    !EVENT_NOUNS.has(words[1]) &&
    pair.length > 0;
  if (bareVerb) return `${words[0]} ${EVENT_KIND_LABELS[kind].toLowerCase()}`;
  if (words.length >= 2 || pair.length === 0) return trimmed || title;
  const word = trimmed.toLowerCase();
  const what = EVENT_NOUNS.has(word) ? word : EVENT_KIND_LABELS[kind].toLowerCase();
  return `${parties()} ${what}`;
}

function draft(ctx: DocContext, input: DraftInput): EventDraft {
  // A force's or an office-holder's country takes part too (the Country filter finds it).
  const lifted = input.actors.flatMap((k) => {
    const d = ctx.reg.get(k);
    const country = d.country ? `country:${d.country}` : null;
    return (d.kind === 'person' || d.kind === 'force') && country && ctx.reg.drafts.has(country)
      ? [k, country]
      : [k];
  });
  const x = { ...input, actors: [...new Set(lifted)] };
  const states = x.actors.filter((k) => isState(ctx, k)).sort();
  const pair = (states.length ? states : x.actors.filter((k) => isPolitical(ctx, k)).sort()).slice(
    0,
    2,
  );
  const when = x.date.date ?? 'undated';
  return {
    key: x.key ?? `${x.kind}|${pair.join('+')}|${when}`,
    title: sturdyTitle(ctx, x.title, pair, x.kind),
    kind: x.kind,
    date: x.date.date,
    precision: x.date.date ? (parsePartialDate(x.date.date) ? x.date.precision : null) : null,
    dateText: x.date.text || null,
    status: x.status,
    domains: [...new Set(x.domains)],
    actors: x.actors,
    evidence: [{ start: x.s.start, end: x.s.end }],
  };
}

/** One event per key within the article: the first title, every sentence. */
function mergeWithin(events: EventDraft[]): EventDraft[] {
  const byKey = new Map<string, EventDraft>();
  for (const e of events) {
    const seen = byKey.get(e.key);
    if (!seen) byKey.set(e.key, { ...e });
    else {
      seen.evidence.push(...e.evidence);
      seen.actors = [...new Set([...seen.actors, ...e.actors])];
      seen.domains = [...new Set([...seen.domains, ...e.domains])];
    }
  }
  // A plan stated without a date joins the dated plan of the same kind and pair, if any.
  const all = [...byKey.values()];
  const out: EventDraft[] = [];
  for (const e of all) {
    const stem = e.key.replace(/\|undated$/, '');
    const dated =
      e.date === null && e.status === 'planned'
        ? all.find(
            (o) =>
              o !== e && o.date !== null && o.status === 'planned' && o.key.startsWith(`${stem}|`),
          )
        : undefined;
    if (dated) {
      dated.evidence.push(...e.evidence);
      dated.actors = [...new Set([...dated.actors, ...e.actors])];
    } else out.push(e);
  }
  return out;
}
