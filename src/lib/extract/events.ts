/**
 * Event (milestone) rules. Each trigger in a sentence makes an event draft with a merge key;
 * the sentence's dates go to the nearest trigger; status comes from the clause's tense cues.
 */
import type { Domain, EventKind, EventStatus, Precision } from '../model/vocabulary.ts';
import { classifyDomains, splitClauses, statusOf } from './cues.ts';
import {
  PAIR_PRONOUN,
  firstAfter,
  isPolitical,
  isState,
  lastBefore,
  mentionsIn,
  type DocContext,
} from './context.ts';
import { findDates, formatPartialDate, type DateMention, type PartialDate } from './dates.ts';
import { ALIASES, NOT_NAMES } from './patterns.ts';
import type { Mention, Sentence, Span } from './types.ts';

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

interface Trigger extends Span {
  kind: EventKind;
  key: string;
  title: string;
  actors: string[];
  /** Date fixed by the trigger itself (a meeting "since September 2022"). */
  fixed?: DateMention;
  status?: EventStatus;
  /** Folded into another event of the same clause rather than standing alone (visits). */
  minor?: boolean;
  /** Only a milestone when the text dates it ("joint drills since 2018", not "more drills"). */
  needsDate?: boolean;
  /** A recurring event whose instance is told by its date: the year (exercise editions) or the
   * date (talks); undated mentions are the article's current instance. */
  instanceBy?: 'year' | 'date';
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const KIND_DOMAINS: Partial<Record<EventKind, Domain[]>> = {
  agreement: ['diplomacy'],
  revision: ['diplomacy'],
  meeting: ['diplomacy'],
  visit: ['diplomacy'],
  exercise: ['military-exercises'],
  sanctions: ['economy-sanctions'],
  deployment: ['maritime'],
};

/** "India–Japan": the two states an event is between, in alphabetical order so titles agree. */
function pairLabel(ctx: DocContext, keys: string[]): string {
  const states = [...new Set(keys.filter((k) => isState(ctx, k)))];
  const pair = states.length >= 2 ? states.slice(0, 2) : ctx.focal;
  return pair
    .map((k) => ctx.reg.get(k).name)
    .sort()
    .join('–');
}

const name = (ctx: DocContext, m: Mention | string) =>
  ctx.reg.get(typeof m === 'string' ? m : m.actorKey).name;
const withThe = (ctx: DocContext, m: Mention) => {
  const d = ctx.reg.get(m.actorKey);
  return (d.kind === 'place' || d.kind === 'region') &&
    / (Islands|Valley|Sea|Strait|Ocean|Gulf|Bay)$|^Indo/.test(d.name)
    ? `the ${d.name}`
    : d.name;
};

const INSTRUMENT =
  /\b((?:[A-Z][a-z]+ ){0,3}(Declaration|Agreement|Treaty|Accord|Pact|Memorandum|Arrangement)(?: (?:on|of|for|in|between)(?: (?:(?:the|and) )?[A-Z][\w-]*)+)?)/g;
const REVISION = /\b(revis\w*|amend\w*|updat\w*|upgrad\w*)\b/i;

type Finder = (ctx: DocContext, s: Sentence, state: DocState) => Trigger[];

interface DocState {
  /** The last named instrument of each type ("declaration" -> name). */
  instruments: Map<string, string>;
  lastMeeting: string | null;
  /** The last named exercise, for "the exercise" and "the previous edition of the exercise". */
  lastExercise: { name: string; actors: string[] } | null;
}

function* each(re: RegExp, text: string) {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) yield m;
}

const agreements: Finder = (ctx, s, st) => {
  const out: Trigger[] = [];
  const clauseActors = mentionsIn(ctx, s)
    .filter((m) => isState(ctx, m.actorKey))
    .map((m) => m.actorKey);
  const actors =
    clauseActors.length >= 2 ? clauseActors : [...new Set([...clauseActors, ...ctx.focal])];
  for (const m of each(INSTRUMENT, s.text)) {
    if (m[1].split(' ').filter((w) => /^[A-Z]/.test(w)).length < 2) continue;
    st.instruments.set(m[2].toLowerCase(), m[1]);
    const at = s.start + m.index;
    out.push({
      start: at,
      end: at + m[0].length,
      kind: 'agreement',
      key: `agreement:${m[1]}`,
      title: `${pairLabel(ctx, actors)} ${m[1]}`,
      actors,
    });
  }
  for (const [type, full] of st.instruments) {
    const ref = new RegExp(
      `\\b(?:the |its )?(?:(?:original|revised|new|joint) )*${type}\\b|\\bits signing\\b`,
      'gi',
    );
    for (const m of each(ref, s.text)) {
      const at = s.start + m.index;
      if (out.some((t) => at < t.end && t.start < at + m[0].length)) continue;
      out.push({
        start: at,
        end: at + m[0].length,
        kind: 'agreement',
        key: `agreement:${full}`,
        title: `${pairLabel(ctx, actors)} ${full}`,
        actors,
      });
    }
  }
  // A revision cue beside an instrument makes a revision event; the instrument keeps its date.
  const rev = REVISION.exec(s.text);
  const target = out[0];
  if (rev && target) {
    const full = target.key.slice('agreement:'.length);
    const at = s.start + rev.index;
    const more = mentionsIn(ctx, s)
      .filter((m) => ctx.reg.get(m.actorKey).kind === 'person')
      .map((m) => m.actorKey);
    out.push({
      start: at,
      end: at + rev[0].length,
      kind: 'revision',
      key: `revision:${full}`,
      title: `Revision of the ${full}`,
      actors: [...actors, ...more],
    });
    if (
      /^revis/i.test(s.text.slice(target.start - s.start)) ||
      /revised/i.test(s.text.slice(target.start - s.start, target.end - s.start))
    ) {
      out.splice(out.indexOf(target), 1);
    }
  }
  return out;
};

const MEETING_2P2 =
  /\b(two-plus-two|2\s?\+\s?2)\b(?:[\w\s-]{0,40}?\b(meeting|talks|dialogue)\b)?/gi;
const MEETING_ON =
  /\b(?:(first|second|third|fourth|fifth)\s+)?(dialogue|talks|summit|consultations)\s+on\s+([a-z]+(?:\s+security)?)\b/gi;
const MEETING_ADJ =
  /\b(?:(first|second|third|fourth|fifth)\s+)?(?:(annual|space|cyber|maritime|defen[cs]e|security|strategic|economic)\s+)(dialogue|talks|summit|consultations)\b/gi;
const ANAPHORA = /\bthe (meeting|talks|dialogue|summit)\b/gi;
/** "held talks with", "will hold a meeting": a meeting known by who held it and when. */
const MEETING_HELD =
  /\b(?:held|hold|holds|holding)\s+(?:\w+\s+){0,2}?(talks|meeting|summit|consultations)\b(?!\s+on\b)/gi;

const meetings: Finder = (ctx, s, st) => {
  const out: Trigger[] = [];
  const states = mentionsIn(ctx, s)
    .filter((m) => isState(ctx, m.actorKey))
    .map((m) => m.actorKey);
  const actors = [
    ...new Set([
      ...states.slice(0, 2),
      ...(states.length < 2 || PAIR_PRONOUN.test(s.text) ? ctx.focal : []),
    ]),
  ];
  const pair = pairLabel(ctx, actors);
  const current = ctx.anchor
    ? `current-${formatPartialDate({ year: ctx.anchor.year, month: ctx.anchor.month })}`
    : 'current';
  const add = (
    m: RegExpExecArray,
    series: string,
    title: (ordinal: string) => string,
    ordinalWord?: string,
  ) => {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const after = s.text.slice(end - s.start);
    const ordinal =
      ordinalWord ??
      /^[^.;]{0,40}?\bthe (first|second|third|fourth|fifth|sixth)\b of its kind/i.exec(after)?.[1];
    const dates = findDates(s.text, ctx.anchor, true).filter(
      (d) => d.qualifier === 'since' && d.date,
    );
    const since = /first since/i.test(after)
      ? dates.find((d) => s.start + d.start >= end)
      : undefined;
    const explicit = ordinalWord !== undefined; // "first talks on cyberspace in 2012": dated by its sentence
    const instance = explicit ? `${ordinalWord}` : current;
    out.push({
      start: at,
      end,
      kind: 'meeting',
      key: `meeting:${series}:${instance}`,
      title: title(ordinal ? cap(ordinal) + ' ' : ''),
      actors,
    });
    if (since?.date) {
      const pos = s.start + since.start;
      out.push({
        start: pos,
        end: s.start + since.end,
        kind: 'meeting',
        key: `meeting:${series}:${since.date}`,
        title: title(''),
        actors,
        fixed: { ...since, qualifier: 'at', text: since.text.replace(/^since\s+/i, '') },
        status: 'occurred',
      });
    }
  };
  for (const m of each(MEETING_2P2, s.text))
    add(m, '2+2', (o) => `${o}${pair} 2+2 foreign and defence ministerial meeting`);
  for (const m of each(MEETING_ON, s.text))
    add(m, `${m[2]} on ${m[3]}`, (o) => `${o}${pair} ${m[2]} on ${m[3]}`, m[1]?.toLowerCase());
  for (const m of each(MEETING_ADJ, s.text))
    add(m, `${m[2]} ${m[3]}`, (o) => `${o}${pair} ${m[2]} ${m[3]}`, m[1]?.toLowerCase());
  for (const m of each(MEETING_HELD, s.text)) {
    const at = s.start + m.index;
    if (out.some((t) => at < t.end && t.start < at + m[0].length)) continue;
    const people = mentionsIn(ctx, s)
      .filter((x) => ctx.reg.get(x.actorKey).kind === 'person')
      .map((x) => x.actorKey);
    const key = `meeting:${m[1].toLowerCase()} ${pair}`;
    out.push({
      start: at,
      end: at + m[0].length,
      kind: 'meeting',
      key,
      title: `${pair} ${m[1].toLowerCase()}`,
      actors: [...actors, ...people],
      instanceBy: 'date',
    });
  }
  if (out.length === 0 && st.lastMeeting) {
    for (const m of each(ANAPHORA, s.text)) {
      const at = s.start + m.index;
      out.push({
        start: at,
        end: at + m[0].length,
        kind: 'meeting',
        key: st.lastMeeting,
        title: '',
        actors: [],
      });
    }
  }
  return out;
};

const EXERCISE =
  /\b(joint\s+(?:military\s+|naval\s+)?(?:drills?|exercises?|training)|(?:naval|military|maritime|bilateral)\s+(?:drills?|exercises?))\b/gi;
const NAMED_EXERCISE =
  /\b(?:[Ee]xercise\s+["“]?([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)|([A-Z][A-Za-z]+(?:[- ][A-Z][A-Za-z]+)?)\s+(?:naval\s+|military\s+|joint\s+)?exercises?\b)/g;

const EXERCISE_REF =
  /\b(?:the (?:previous |last |latest |next )?(?:edition of the )?|this year's |last year's )exercise\b/gi;

const exercises: Finder = (ctx, s, st) => {
  const out: Trigger[] = [];
  const actors = mentionsIn(ctx, s)
    .filter((m) => isPolitical(ctx, m.actorKey) && ctx.reg.get(m.actorKey).kind !== 'person')
    .map((m) => m.actorKey);
  const all = [...new Set(actors.length ? actors : ctx.focal)];
  const countries = all.map(
    (k) =>
      [...ctx.reg.drafts.values()].find(
        (d) => d.kind === 'country' && d.country === ctx.reg.get(k).country,
      )?.key ?? k,
  );
  const pair = pairLabel(ctx, [...new Set(countries)]);
  for (const m of each(NAMED_EXERCISE, s.text)) {
    const exName = m[1] ?? m[2];
    if (
      !exName ||
      NOT_NAMES.has(exName.split(/[ -]/)[0]) ||
      ALIASES.has(exName) ||
      /^(Joint|Naval|Military)$/.test(exName)
    )
      continue;
    const at = s.start + m.index;
    out.push({
      start: at,
      end: at + m[0].length,
      kind: 'exercise',
      key: `exercise:${exName}`,
      title: `Exercise ${exName}`,
      actors: all,
      instanceBy: 'year',
    });
    st.lastExercise = { name: exName, actors: all };
  }
  for (const m of each(EXERCISE, s.text)) {
    const at = s.start + m.index;
    if (out.some((t) => at < t.end && t.start < at + m[0].length)) continue;
    out.push({
      start: at,
      end: at + m[0].length,
      kind: 'exercise',
      key: `exercise:${pair}:${m[1].toLowerCase()}`,
      title: `${pair} ${m[1].toLowerCase()}`,
      actors: all,
      needsDate: true,
    });
  }
  // "the exercise", "the previous edition of the exercise": the last named one.
  if (out.length === 0 && st.lastExercise) {
    for (const m of each(EXERCISE_REF, s.text)) {
      const at = s.start + m.index;
      const { name, actors: who } = st.lastExercise;
      out.push({
        start: at,
        end: at + m[0].length,
        kind: 'exercise',
        key: `exercise:${name}`,
        title: `Exercise ${name}`,
        actors: who,
        instanceBy: 'year',
      });
    }
  }
  return out;
};

const CLASH =
  /\b((?:military|border|armed|deadly|violent)\s+)?(clash(?:es)?|skirmish(?:es)?|firefights?|standoff)\b/gi;
const INCURSION = /\b(intrusions?|incursions?)\b/gi;
const PORT_CALL = /\b(docked|berthed|made a port call)\b/gi;
const VESSEL =
  /(?:a|an|the)\s+((?:[A-Z]\w+\s+)?(?:[a-z]+\s+)?(?:vessel|ship|submarine|warship|destroyer|frigate|carrier|spy ship))\s+(?:\w+\s+)?$/;
const AGGRESSION = /\b(aggression|invasion)\s+(?:in|of|against|on)\b/gi;
const SANCTIONS = /\bsanctions\s+(?:on|against)\b/gi;
const VISIT = /\bvisit\s+to\b/gi;

const place = (ctx: DocContext) => (m: Mention) => !isPolitical(ctx, m.actorKey);
const statesOf = (ctx: DocContext, s: Span) => [
  ...new Set(
    mentionsIn(ctx, s)
      .filter((m) => isState(ctx, m.actorKey))
      .map((m) => m.actorKey),
  ),
];

const conflicts: Finder = (ctx, s) => {
  const out: Trigger[] = [];
  for (const m of each(CLASH, s.text)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const where = firstAfter(ctx, end, 40, place(ctx));
    const what = cap(m[0].toLowerCase());
    const actors = [...statesOf(ctx, s), ...(where ? [where.actorKey] : [])];
    out.push({
      start: at,
      end,
      kind: 'armed-clash',
      key: `clash:${where?.actorKey ?? statesOf(ctx, s).join('+')}`,
      title: where
        ? `${what} in ${withThe(ctx, where)}`
        : `${pairLabel(ctx, actors)} ${m[0].toLowerCase()}`,
      actors,
    });
  }
  for (const m of each(INCURSION, s.text)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const by = /^\s+by\b/.test(s.text.slice(end - s.start))
      ? firstAfter(ctx, end, 12, (x) => isPolitical(ctx, x.actorKey))
      : undefined;
    if (!by) continue;
    const where = firstAfter(ctx, by.end, 120, (x) => place(ctx)(x) && x.end <= s.end);
    const actors = [by.actorKey, ...statesOf(ctx, s), ...(where ? [where.actorKey] : [])];
    out.push({
      start: at,
      end,
      kind: 'incursion',
      key: `incursion:${by.actorKey}:${where?.actorKey ?? ''}`,
      title: `${name(ctx, by)} ${m[1].toLowerCase()}${where ? ` near ${withThe(ctx, where)}` : ''}`,
      actors,
    });
  }
  for (const m of each(PORT_CALL, s.text)) {
    const at = s.start + m.index;
    const vessel = VESSEL.exec(s.text.slice(0, m.index));
    if (!vessel) continue;
    const after = firstAfter(ctx, at, 20, (x) => x.end <= s.end);
    const where =
      after ?? lastBefore(ctx, at, s.start, (x) => isState(ctx, x.actorKey) && !x.demonym);
    if (!where) continue;
    const owner = mentionsIn(ctx, { start: s.start + vessel.index, end: at });
    out.push({
      start: s.start + vessel.index,
      end: at + m[0].length,
      kind: 'deployment',
      key: `deployment:${vessel[1]}:${where.actorKey}`,
      title: `${cap(vessel[1])} ${m[1]} in ${withThe(ctx, where)}`,
      actors: [...owner.map((x) => x.actorKey), where.actorKey],
    });
  }
  for (const m of each(AGGRESSION, s.text)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const before = s.text.slice(0, m.index);
    const actor = /\bits\s+$/.test(before)
      ? lastBefore(ctx, at, 0, (x) => isState(ctx, x.actorKey))
      : lastBefore(ctx, at, at - 12, (x) => isState(ctx, x.actorKey));
    const target = firstAfter(ctx, end, 12, (x) => x.end <= s.end);
    if (!actor || !target) continue;
    out.push({
      start: at,
      end,
      kind: 'aggression',
      key: `aggression:${actor.actorKey}:${target.actorKey}`,
      title: `${name(ctx, actor)}'s ${m[1]} in ${withThe(ctx, target)}`,
      actors: [actor.actorKey, target.actorKey],
    });
  }
  for (const m of each(SANCTIONS, s.text)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const target = firstAfter(ctx, end, 12, (x) => isState(ctx, x.actorKey));
    if (!target) continue;
    const clause = splitClauses(s.text).find((c) => c.start <= m.index && m.index < c.end) ?? {
      start: 0,
      end: s.text.length,
    };
    const imposers = statesOf(ctx, { start: s.start + clause.start, end: at });
    out.push({
      start: at,
      end,
      kind: 'sanctions',
      key: `sanctions:${target.actorKey}`,
      title: `Sanctions on ${name(ctx, target)}`,
      actors: [...imposers, target.actorKey],
    });
  }
  for (const m of each(VISIT, s.text)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const who = lastBefore(ctx, at, at - 30, (x) => isPolitical(ctx, x.actorKey));
    const where = firstAfter(ctx, end, 12, (x) => x.end <= s.end);
    if (!who || !where) continue;
    out.push({
      start: at,
      end,
      kind: 'visit',
      key: `visit:${who.actorKey}:${where.actorKey}`,
      title: `${name(ctx, who)}'s visit to ${withThe(ctx, where)}`,
      actors: [who.actorKey, where.actorKey],
      minor: true,
    });
  }
  return out;
};

const FINDERS: Finder[] = [agreements, meetings, exercises, conflicts];

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/**
 * Finds the events a document states.
 * @example extractEvents(ctx).map((e) => e.title) // -> ['Japan–India Joint Declaration on ...', ...]
 */
export function extractEvents(ctx: DocContext): EventDraft[] {
  const state: DocState = { instruments: new Map(), lastMeeting: null, lastExercise: null };
  const out: EventDraft[] = [];
  for (const s of ctx.sentences) {
    if (s.paragraph === ctx.titleParagraph) continue;
    let triggers = FINDERS.flatMap((f) => f(ctx, s, state));
    const major = triggers.filter((t) => !t.minor);
    // A visit during another event is part of that event ("finalised during Modi's visit").
    if (major.length > 0) {
      for (const v of triggers.filter((t) => t.minor))
        major[0].actors.push(...v.actors.slice(0, 1));
      triggers = major;
    }
    if (triggers.length === 0) continue;
    const future = statusOf(s.text) === 'planned';
    const dateline = ctx.dateline;
    const dates = findDates(s.text, ctx.anchor, future).filter(
      (d) =>
        !triggers.some((t) => t.fixed && t.fixed.start === d.start) &&
        !(dateline && s.start + d.start < dateline.end && dateline.start < s.start + d.end),
    );
    const assigned = new Map<Trigger, DateMention[]>();
    for (const d of dates) {
      const span = { start: s.start + d.start, end: s.start + d.end };
      const nearest = triggers.reduce((a, b) => (distance(b, span) < distance(a, span) ? b : a));
      if (!assigned.has(nearest)) assigned.set(nearest, []);
      assigned.get(nearest)?.push(d);
    }
    const clauses = splitClauses(s.text);
    for (const t of triggers) {
      const clause =
        clauses.find((c) => s.start + c.start <= t.start && t.start < s.start + c.end) ??
        clauses[0];
      const clauseText = s.text.slice(clause.start, clause.end);
      const date = t.fixed ?? pickDate(assigned.get(t) ?? []);
      if (t.needsDate && !date?.date) continue;
      let key = t.key;
      if (t.instanceBy) {
        const current = ctx.anchor ? String(ctx.anchor.year) : 'current';
        const when = t.instanceBy === 'year' ? date?.date?.slice(0, 4) : date?.date;
        key = `${t.key}:${when ?? current}`;
      }
      // Tense is read from the clause up to just after the trigger, not from later clauses.
      const window = s.text.slice(clause.start, Math.min(clause.end, t.end - s.start + 25));
      // "The talks ..." in a later sentence means the meeting last named, as dated here.
      if (t.kind === 'meeting' && t.title && !t.fixed) state.lastMeeting = key;
      out.push({
        key,
        title: t.title,
        kind: t.kind,
        date: date?.date ?? null,
        precision: date?.precision ?? null,
        dateText: date?.text ?? null,
        status: t.status ?? statusFor(t, window, date, ctx.anchor),
        domains: [
          ...new Set([
            ...(KIND_DOMAINS[t.kind] ?? []),
            ...classifyDomains(
              t.kind === 'meeting' ? s.text.slice(t.start - s.start, t.end - s.start) : clauseText,
            ),
          ]),
        ],
        actors: [...new Set(t.actors)],
        evidence: [{ start: s.start, end: s.end }],
      });
    }
  }
  return out;
}

function pickDate(dates: DateMention[]): DateMention | undefined {
  const rank = (d: DateMention) =>
    d.date
      ? { day: 3, month: 2, year: 1 }[d.precision ?? 'year']
      : d.qualifier === 'vague'
        ? 0.5
        : 0.1;
  return [...dates].sort((a, b) => rank(b) - rank(a))[0];
}

function statusFor(
  t: Trigger,
  clause: string,
  date: DateMention | undefined,
  anchor: PartialDate | null,
): EventStatus {
  if (date?.qualifier === 'since') return 'ongoing';
  const absolute = date?.date && /\d{4}/.test(date.text);
  if (t.kind === 'agreement' && absolute) return 'occurred';
  // A date before the article's own is past whatever the verb ("would build on last year's...").
  if (date?.date && anchor && date.qualifier !== 'by') {
    const now = formatPartialDate(anchor).slice(0, date.date.length);
    if (date.date < now) return 'occurred';
    if (date.date > now) return 'planned';
  }
  const cue = statusOf(clause);
  if (t.kind === 'aggression' && cue === 'occurred' && !date?.date) return 'ongoing';
  if (t.kind === 'revision' && cue === 'occurred' && /\brevised\b/i.test(clause)) return 'planned';
  return cue;
}
