/**
 * What the relation and event rules know about one document while they read it: its text,
 * sentences, actor mentions, date anchor and its focal pair of countries ("the two countries").
 */
import type { ActorRegistry } from './actors.ts';
import type { PartialDate } from './dates.ts';
import type { Token } from './tokens.ts';
import type { Mention, Sentence, Span } from './types.ts';

export interface DocContext {
  docId: string;
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  /** Every actor the document names at least once (from `mentions`). */
  named: ReadonlySet<string>;
  reg: ActorRegistry;
  anchor: PartialDate | null;
  /** The two countries the article is about, most mentioned first; fewer if it names fewer. */
  focal: string[];
  /** Index of the paragraph that is the headline, or -1. */
  titleParagraph: number;
  /** The dateline ("TOKYO, June 10, 2025"): the article's date, not an event's. */
  dateline: Span | null;
  /** The state the article is filed from (its dateline's capital), if any. */
  filedFrom?: string | null;
  /** The country the article is mostly about (context.ts dominantState), if one stands out. */
  dominant?: string | null;
  /** Each sentence's tokens, read once for every rule. */
  tokens: Token[][];
  /** The last date the narrative gave, that "the next day" or "on the 14th" counts from. */
  narrative?: PartialDate | null;
  /** The last day the narrative gave, that "the next day" counts from even after "in August". */
  narrativeDay?: PartialDate | null;
  /** The last date this paragraph gave with its year ("on 2 April 2018"): its story's year. */
  story?: { paragraph: number; date: PartialDate } | null;
  /** Who did the last act of each kind the article told ("condemned the raid" targets them). */
  agents?: Map<string, { keys: string[]; paragraph: number }>;
  /** The last bloc or named operation the article named, for an act that joins one. */
  group?: { paragraph: number; key: string };
  /** Who did the first act of the sentence before, for an act that reaches them unnamed. */
  previous?: { paragraph: number; keys: string[] };
  /** The person and the body the last sentence opened with ("It", "He" in the next one). */
  opener?: { paragraph: number; person?: string; body?: string };
}

const POLITICAL = new Set(['country', 'bloc', 'force', 'organization', 'person']);

export function isPolitical(ctx: DocContext, key: string): boolean {
  return POLITICAL.has(ctx.reg.get(key).kind);
}

export function isState(ctx: DocContext, key: string): boolean {
  const kind = ctx.reg.get(key).kind;
  return kind === 'country' || kind === 'bloc';
}

/** Index of the first mention starting at or after `pos` (mentions are sorted by start). */
function firstFrom(mentions: Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Mentions inside [start, end) (absolute offsets). A binary search, not a scan of every
 * mention: a text with thousands of sentences and mentions stays linear.
 */
export function mentionsIn(ctx: DocContext, span: Span): Mention[] {
  const out: Mention[] = [];
  for (let i = firstFrom(ctx.mentions, span.start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.start >= span.end) break;
    if (m.end <= span.end) out.push(m);
  }
  return out;
}

/**
 * The mention that covers offset `pos`, if any (mentions are sorted and do not overlap).
 * @example mentionCovering(ctx, 12)?.text // -> 'Second Thomas Shoal'
 */
export function mentionCovering(ctx: DocContext, pos: number): Mention | undefined {
  const i = firstFrom(ctx.mentions, pos + 1) - 1;
  const m = ctx.mentions[i];
  return m && m.start <= pos && pos < m.end ? m : undefined;
}

/**
 * The first mention starting after `pos`, within `within` characters, that passes `ok`.
 * @example firstAfter(ctx, sentenceStart + 10, 40, (m) => isState(ctx, m.actorKey))
 */
export function firstAfter(
  ctx: DocContext,
  pos: number,
  within: number,
  ok: (m: Mention) => boolean = () => true,
): Mention | undefined {
  for (let i = firstFrom(ctx.mentions, pos); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.start > pos + within) return undefined;
    if (ok(m)) return m;
  }
  return undefined;
}

/**
 * The countries an article is about: the two most mentioned, ties to the first mentioned.
 * @example computeFocal(mentions, reg) // -> ['g:Japan', 'g:India']
 */
export function computeFocal(mentions: Mention[], reg: ActorRegistry): string[] {
  return stateCounts(mentions, reg)
    .slice(0, 2)
    .map(([k]) => k);
}

/**
 * The country an article is about when it names it at least three times and twice as often as
 * any other; null otherwise. An interior minister no sentence gives a state serves this one.
 */
export function dominantState(mentions: Mention[], reg: ActorRegistry): string | null {
  const [first, second] = stateCounts(mentions, reg);
  return first && first[1].n >= 3 && first[1].n >= 2 * (second?.[1].n ?? 0) ? first[0] : null;
}

/** Countries by how often the article names them (not as a place), most first, then first named. */
function stateCounts(mentions: Mention[], reg: ActorRegistry) {
  const counts = new Map<string, { n: number; first: number }>();
  for (const m of mentions) {
    if (reg.get(m.actorKey).kind !== 'country' || m.asPlace) continue;
    const c = counts.get(m.actorKey) ?? { n: 0, first: m.start };
    c.n++;
    counts.set(m.actorKey, c);
  }
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
}

/** A body that is a party or movement, not the state's. */
export const PARTY = /\b(?:Party|Movement|Front|League|Kuomintang)\b/;

/** The clause speaks of the focal pair without naming it ("they", "both countries"). */
export const PAIR_PRONOUN =
  /\b(they|their|both (?:countries|nations|sides|governments|leaders|neighbou?rs|delegations|armies|militaries)|the two (?:countries|nations|sides|governments|leaders|neighbou?rs|states|capitals|delegations|armies|militaries|foreign ministers|defen[cs]e ministers)|the neighbou?rs|each other|bilateral|two-plus-two|2\+2)\b/i;
