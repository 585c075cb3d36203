/**
 * Relation rules: each looks for a trigger in a clause and finds the two actors around it
 * ("X's aggression in Y", "sanctions on Y", "ties with Y", "between X and Y", "purchases ... from Y").
 */
import type { Domain, RelationType } from '../model/vocabulary.ts';
import { classifyDomains, splitClauses } from './cues.ts';
import {
  PAIR_PRONOUN,
  firstAfter,
  isPolitical,
  isState,
  lastBefore,
  mentionsIn,
  type DocContext,
} from './context.ts';
import type { Mention, Sentence, Span } from './types.ts';

export interface RelationDraft {
  source: string;
  target: string;
  type: RelationType;
  domains: Domain[];
  evidence: Span;
}

interface Clause extends Span {
  sentenceStart: number;
  text: string;
  mentions: Mention[];
  /** Subject: first political actor of the clause, or the one it inherits. */
  subject: Mention[];
}

const TYPE_DOMAINS: Partial<Record<RelationType, Domain[]>> = {
  sanctions: ['economy-sanctions'],
  'arms-trade': ['defence-industry'],
  'energy-trade': ['energy'],
};

const NEGATIVE =
  /\b(strained|soured|frozen|froze|deteriorat\w*|worsen\w*|hostil\w*|broke off|suspend\w*|cut ties)\b/i;

const TRIGGERS: [RelationType, RegExp][] = [
  ['aggression', /\b(aggression|invasion|invaded|attacks? on)\b/gi],
  ['sanctions', /\bsanction(s|ed|ing)?\b/gi],
  ['armed-clash', /\b(clash(es)?|skirmish(es)?|firefights?|fighting)\b/gi],
  [
    'incursion',
    /\b(intrusions?|incursions?|intruded|violat\w+ (?:its |their )?(?:airspace|waters))\b/gi,
  ],
  [
    'influence',
    /\b(docked|port calls?|berthed|expanded into|expanding into|influence (?:in|over))\b/gi,
  ],
  [
    'arms-trade',
    /\b(arms purchases|arms imports?|purchases? of (?:arms|weapons)|export(?:s)? of [\w\s]{0,20}?(?:defen[cs]e|military) (?:equipment|goods|hardware))\b/gi,
  ],
  [
    'energy-trade',
    /\b(?:import\w*|buy\w*|purchas\w*)\s+(?:\w+\s+){0,2}(?:crude oil|oil|gas|LNG|coal|energy)\b/gi,
  ],
  [
    'tension',
    /\b(tensions?|rivalry|deter|countermeasures? against|counter(?:ing)?|oppos(?:es|e|ed|ing)|concerns? (?:about|over|regarding)|urgency concerning|assertiveness|hegemonic|confrontation)\b/gi,
  ],
  [
    'cooperation',
    /\b(cooperat\w*|collaborat\w*|partnership|partners|ties|relations|dialogue|talks|two-plus-two|joint (?:military )?(?:drills|exercises?|training)|security pact)\b/gi,
  ],
];

const CONNECTORS =
  /^[\W\s]*(?:(?:similarly|furthermore|however|additionally|currently|meanwhile|moreover|also|while|although|though|whereas|unlike|and|but|so|yet|the|both)\b,?\s*)*/i;
const COORDINATION =
  /^(?:,? and |, along with (?:the )?|, together with (?:the )?|,? as well as (?:the )?| and the |, )$/;

/** The actors a clause is about: its opening mention and those coordinated with it. */
function clauseSubject(
  ctx: DocContext,
  span: Span,
  text: string,
  mentions: Mention[],
): Mention[] | null {
  const lead = CONNECTORS.exec(text)?.[0].length ?? 0;
  const first = mentions[0];
  if (!first || first.start - span.start > lead + 1) return null;
  if (/^['’]s\b/.test(ctx.text.slice(first.end, first.end + 3))) return null;
  const out = [first];
  for (const m of mentions.slice(1)) {
    if (!COORDINATION.test(ctx.text.slice(out[out.length - 1].end, m.start))) break;
    out.push(m);
  }
  return out;
}

function buildClauses(ctx: DocContext, s: Sentence): Clause[] {
  const clauses: Clause[] = [];
  let sentenceSubject: Mention[] = [];
  for (const c of splitClauses(s.text)) {
    const span = { start: s.start + c.start, end: s.start + c.end };
    const mentions = mentionsIn(ctx, span).filter((m) => isPolitical(ctx, m.actorKey));
    const text = s.text.slice(c.start, c.end);
    let subject = clauseSubject(ctx, span, text, mentions);
    if (!subject) {
      if (/^[\W\s]*(despite\b|as it\b|as they\b|where\b|which\b|\w+ing\b)/i.test(text)) {
        const near = lastBefore(ctx, span.start, s.start, (m) => isState(ctx, m.actorKey));
        subject = near ? [near] : sentenceSubject;
      } else if (PAIR_PRONOUN.test(text.slice(0, 40))) subject = [];
      else subject = sentenceSubject;
    }
    if (clauses.length === 0) sentenceSubject = subject;
    clauses.push({ ...span, sentenceStart: s.start, text, mentions, subject });
  }
  return clauses;
}

const ok = (ctx: DocContext) => (m: Mention) => isPolitical(ctx, m.actorKey);

/** "between X and Y", "X-Y", "X and Y" at the clause start. */
function pairIn(ctx: DocContext, c: Clause): [string, string] | null {
  const between = /\bbetween\s+(?:the\s+)?(\S.*?)\s+and\s+/i.exec(c.text);
  if (between) {
    const a = firstAfter(ctx, c.start + between.index + 8, 12, ok(ctx));
    const b = a && firstAfter(ctx, a.end + 1, 12, (m) => ok(ctx)(m) && m.actorKey !== a.actorKey);
    if (a && b) return [a.actorKey, b.actorKey];
  }
  for (let i = 0; i + 1 < c.mentions.length; i++) {
    const [a, b] = [c.mentions[i], c.mentions[i + 1]];
    const gap = ctx.text.slice(a.end, b.start);
    if (
      a.actorKey !== b.actorKey &&
      /^(?:[-–]|,? and |, )$/.test(gap) &&
      isState(ctx, a.actorKey) &&
      isState(ctx, b.actorKey)
    ) {
      if (gap !== ', ' || i === 0) return [a.actorKey, b.actorKey];
    }
  }
  if (PAIR_PRONOUN.test(c.text) && ctx.focal.length === 2 && c.subject.length === 0) {
    return [ctx.focal[0], ctx.focal[1]];
  }
  return null;
}

function objectAfter(ctx: DocContext, c: Clause, pos: number, within = 60): Mention | undefined {
  return firstAfter(ctx, pos, within, (m) => ok(ctx)(m) && m.end <= c.end);
}

/** The owner of a possessive or demonym right before the trigger ("Russia's", "its", "Chinese"). */
function possessor(ctx: DocContext, c: Clause, pos: number): Mention | undefined {
  const before = ctx.text.slice(Math.max(c.start, pos - 40), pos);
  if (/\b(its|their)\s+(\w+\s+)?$/i.test(before)) {
    return lastBefore(ctx, pos - 4, 0, (m) => isState(ctx, m.actorKey));
  }
  const m = lastBefore(ctx, pos, Math.max(c.start, pos - 30), ok(ctx));
  if (m && /^(['’]s)?\s+(\w+\s+)?$/.test(ctx.text.slice(m.end, pos))) return m;
  return undefined;
}

type Rule = (
  ctx: DocContext,
  c: Clause,
  at: number,
  end: number,
) => [Mention | string, Mention | string][];

const key = (x: Mention | string) => (typeof x === 'string' ? x : x.actorKey);

const RULES: Partial<Record<RelationType, Rule>> = {
  aggression: (ctx, c, at, end) => {
    const actor = possessor(ctx, c, at) ?? firstAfter(ctx, end, 12, ok(ctx));
    const target = objectAfter(ctx, c, end, 30);
    return actor && target ? [[actor, target]] : [];
  },
  sanctions: (ctx, c, at, end) => {
    const target = /^\s+(on|against)\b/i.test(ctx.text.slice(end, end + 10))
      ? objectAfter(ctx, c, end, 20)
      : undefined;
    if (!target) return [];
    const sources = c.mentions.filter((m) => m.end <= at && isState(ctx, m.actorKey));
    return sources.map((s) => [s, target] as [Mention, Mention]);
  },
  'armed-clash': (ctx, c) => {
    const states = [
      ...new Set(c.mentions.filter((m) => isState(ctx, m.actorKey)).map((m) => m.actorKey)),
    ];
    return states.length >= 2 ? [[states[0], states[1]]] : [];
  },
  incursion: (ctx, c, _at, end) => {
    const by = /^\s+(?:by|from)\s/i.test(ctx.text.slice(end, end + 8))
      ? objectAfter(ctx, c, end, 12)
      : undefined;
    const actor = by ?? possessor(ctx, c, _at);
    if (!actor) return [];
    const out: [Mention | string, Mention | string][] = [];
    const place = firstAfter(
      ctx,
      actor.end,
      120,
      (m) => m.end <= c.end && !isPolitical(ctx, m.actorKey),
    );
    if (place) out.push([actor, place]);
    const victim = c.subject.find((m) => m.actorKey !== actor.actorKey && isState(ctx, m.actorKey));
    if (victim) out.push([actor, victim]);
    return out;
  },
  influence: (ctx, c, at, end) => {
    const actor =
      possessor(ctx, c, at) ?? c.mentions.find((m) => m.demonym && m.start < at) ?? c.subject[0];
    const where =
      objectAfter(ctx, c, end, 50) ??
      lastBefore(ctx, c.start, c.sentenceStart, (m) => isState(ctx, m.actorKey));
    return actor && where && actor.actorKey !== where.actorKey ? [[actor, where]] : [];
  },
  'arms-trade': (ctx, c, at, end) => {
    const after = ctx.text.slice(end, c.end);
    const from = /\b(?:come|comes|came|from)\b/i.test(after)
      ? objectAfter(ctx, c, end, 40)
      : undefined;
    if (from) {
      const buyer = possessor(ctx, c, at) ?? c.subject[0];
      return buyer ? [[from, buyer]] : [];
    }
    const to = /^[^.]*?\bto\b/i.test(after) ? objectAfter(ctx, c, end, 20) : undefined;
    const seller = c.mentions.find((m) => m.start >= at && m.end <= end) ?? c.subject[0];
    return to && seller ? [[seller, to]] : [];
  },
  'energy-trade': (ctx, c, at, end) => {
    const seller =
      c.mentions.find((m) => m.start >= at && m.end <= end) ?? objectAfter(ctx, c, end, 20);
    const buyer = c.subject[0];
    return seller && buyer ? [[seller, buyer]] : [];
  },
  tension: (ctx, c, at, end) => {
    const pair = /between/i.test(c.text) ? pairIn(ctx, c) : null;
    if (pair) return [pair];
    const object = possessor(ctx, c, at) ?? objectAfter(ctx, c, end, 40);
    if (!object || !isState(ctx, object.actorKey)) return [];
    let subjects: string[] = c.subject.map(key);
    if (PAIR_PRONOUN.test(c.text.slice(0, at - c.start)) && ctx.focal.length === 2) {
      subjects = ctx.focal; // "officials from both countries voiced concern over Beijing"
    } else if (subjects.length === 0) {
      const named = c.mentions.filter(
        (m) => isState(ctx, m.actorKey) && m.actorKey !== object.actorKey,
      );
      subjects = named.length > 0 ? named.map(key) : ctx.focal;
    }
    return subjects
      .filter((s) => s !== object.actorKey)
      .map((s) => [s, object] as [string, Mention]);
  },
  cooperation: (ctx, c, at, end) => {
    const after = ctx.text.slice(end, c.end);
    if (
      /^\s+(?:with|to)\b/i.test(after) ||
      /\bwith\s+(?:\w+\s+){0,3}$/i.test(ctx.text.slice(c.start, at))
    ) {
      const partner = objectAfter(ctx, c, end, 40) ?? undefined;
      const subject =
        c.subject.find((m) => partner && m.actorKey !== partner.actorKey) ??
        lastBefore(ctx, at, c.start, (m) => ok(ctx)(m) && m.actorKey !== partner?.actorKey);
      if (partner && subject) return [[subject, partner]];
    }
    const pair = pairIn(ctx, c);
    return pair ? [pair] : [];
  },
};

/**
 * Finds the relations a document states, one draft per clause and trigger.
 * @example extractRelations(ctx).filter((r) => r.type === 'sanctions').length // -> 3
 */
export function extractRelations(ctx: DocContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const s of ctx.sentences) {
    for (const c of buildClauses(ctx, s)) {
      const clauseDomains = classifyDomains(c.text);
      for (const [type, re] of TRIGGERS) {
        const rule = RULES[type];
        if (!rule) continue;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(c.text)) !== null) {
          const at = c.start + m.index;
          // Cooperation lists its fields across the clause ("through defense exports, ... space and
          // cyber"); other relations take domains from the trigger's own words only.
          const domains =
            type === 'cooperation'
              ? clauseDomains
              : [
                  ...new Set([
                    ...(TYPE_DOMAINS[type] ?? []),
                    ...classifyDomains(ctx.text.slice(at, Math.min(c.end, at + m[0].length + 40))),
                  ]),
                ];
          // "relations with China have been strained" is no cooperation.
          const kind = type === 'cooperation' && NEGATIVE.test(c.text) ? 'tension' : type;
          for (const [a, b] of rule(ctx, c, at, at + m[0].length)) {
            if (key(a) === key(b)) continue;
            out.push({
              source: key(a),
              target: key(b),
              type: kind,
              domains,
              evidence: { start: s.start, end: s.end },
            });
          }
        }
      }
    }
  }
  return out.concat(affiliations(ctx));
}

/** The sentence holding `span` (sentences are sorted and do not overlap), by binary search. */
function sentenceAround(sentences: Sentence[], span: Span): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s.end < span.end) lo = mid + 1;
    else if (s.start > span.start) hi = mid - 1;
    else return s;
  }
  return undefined;
}

/** Office held (a titled person -> country) and forces' membership of their country. */
function affiliations(ctx: DocContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  // Looked up once, not per mention: a text of thousands of mentions stays linear.
  const countries = new Map<string | null, string>();
  for (const d of [...ctx.reg.drafts.values()].reverse())
    if (d.kind === 'country' || d.kind === 'bloc') countries.set(d.country, d.key);
  const country = (iso: string | null) => countries.get(iso);
  const mentioned = new Set(ctx.mentions.map((o) => o.actorKey));
  for (const m of ctx.mentions) {
    const actor = ctx.reg.get(m.actorKey);
    if (actor.kind === 'person' && m.title) {
      const target = country(actor.country);
      if (target)
        out.push({
          source: m.actorKey,
          target,
          type: 'office-held',
          domains: [],
          evidence: m.title,
        });
    }
    // "the Senkaku Islands in Okinawa Prefecture": a place inside a place or a country.
    if (actor.kind === 'place') {
      const next = firstAfter(ctx, m.end + 1, 8);
      const gap = next ? ctx.text.slice(m.end, next.start) : '';
      if (
        next &&
        /^,? in (?:the )?$/.test(gap) &&
        (isState(ctx, next.actorKey) || !isPolitical(ctx, next.actorKey))
      ) {
        out.push({
          source: m.actorKey,
          target: next.actorKey,
          type: 'located-in',
          domains: [],
          evidence: { start: m.start, end: next.end },
        });
      }
    }
    if (actor.kind === 'force' && /[A-Z]/.test(m.text)) {
      const target = country(actor.country);
      const sentence = sentenceAround(ctx.sentences, m);
      if (target && sentence && mentioned.has(target)) {
        out.push({
          source: m.actorKey,
          target,
          type: 'member-of',
          domains: [],
          evidence: { start: m.start, end: m.end },
        });
      }
    }
  }
  return out;
}
