/**
 * Relations that come from how an actor is named rather than from a verb: the office a titled
 * person holds (person -> country), a force's membership of its country, and a place inside a
 * place or country ("the Senkaku Islands in Okinawa Prefecture"). Verb relations come with the
 * events (events.ts).
 */
import { firstAfter, isPolitical, isState, mentionsIn, type DocContext } from './context.ts';
import type { RelationDraft } from './events.ts';
import type { Mention } from './types.ts';

/**
 * Office held, membership and location, from the document's mentions.
 * @example extractAffiliations(ctx).map((r) => r.type) // -> ['office-held', 'member-of']
 */
export function extractAffiliations(ctx: DocContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  // A state by its ISO code, looked up once. Only a real code matches: a person whose country
  // is unknown is never linked to a bloc whose country is unknown too.
  const states = new Map<string, string>();
  for (const d of ctx.reg.drafts.values())
    if ((d.kind === 'country' || d.kind === 'bloc') && d.country && !states.has(d.country))
      states.set(d.country, d.key);
  const state = (iso: string | null) => (iso ? states.get(iso) : undefined);
  const mentioned = new Set(ctx.mentions.map((o) => o.actorKey));
  const located = (a: string, b: string, start: number, end: number): RelationDraft => ({
    source: a,
    target: b,
    type: 'located-in',
    domains: [],
    evidence: { start, end },
  });
  const index = new Map(ctx.mentions.map((o, i) => [o, i]));
  const previous = (m: Mention) => ctx.mentions[(index.get(m) ?? 0) - 1];
  const sentenceOf = (pos: number) => {
    let lo = 0;
    let hi = ctx.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const sn = ctx.sentences[mid];
      if (sn.end <= pos) lo = mid + 1;
      else if (sn.start > pos) hi = mid - 1;
      else return sn;
    }
    return undefined;
  };
  // "NATO members Greece and Turkey", "Finland, a NATO member", "a member of the EU".
  const members = (bloc: Mention): RelationDraft[] => {
    const found: Mention[] = [];
    const i = index.get(bloc) ?? 0;
    const after = ctx.mentions[i + 1];
    if (
      after &&
      /^\s*(?:member(?:\s+states?)?|members|ally|allies|partners?)\s+$/i.test(
        ctx.text.slice(bloc.end, after.start),
      )
    ) {
      found.push(after);
      for (let k = i + 2; k < ctx.mentions.length; k++) {
        const gap = ctx.text.slice(ctx.mentions[k - 1].end, ctx.mentions[k].start).trim();
        if (!/^(?:,|and|, and)$/.test(gap)) break;
        found.push(ctx.mentions[k]);
      }
    }
    const before = ctx.mentions[i - 1];
    const lead = before ? ctx.text.slice(before.end, bloc.start) : '';
    if (
      before &&
      /^,\s*(?:a|an|the|another)?\s*(?:fellow\s+)?$/i.test(lead) &&
      /^\s*(?:member|ally)\b/i.test(ctx.text.slice(bloc.end, bloc.end + 8))
    )
      found.push(before);
    if (before && /\b(?:a|an)\s+member\s+of\s+(?:the\s+)?$/i.test(lead) && lead.length < 60)
      found.push(before);
    return found
      .filter(
        (o) =>
          isState(ctx, o.actorKey) &&
          o.actorKey !== bloc.actorKey &&
          ctx.reg.get(o.actorKey).kind === 'country',
      )
      .map((o) => ({
        source: o.actorKey,
        target: bloc.actorKey,
        type: 'member-of' as const,
        domains: [],
        evidence: { start: Math.min(o.start, bloc.start), end: Math.max(o.end, bloc.end) },
      }));
  };
  for (const m of ctx.mentions) {
    const actor = ctx.reg.get(m.actorKey);
    if (actor.kind === 'person' && m.title) {
      const target = actor.office ?? state(actor.country);
      if (target)
        out.push({
          source: m.actorKey,
          target,
          type: 'office-held',
          domains: [],
          evidence: m.title,
        });
    }
    if (actor.kind === 'place' || actor.kind === 'region') {
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
    if (actor.kind === 'place' || actor.kind === 'region') {
      // "Isfahan, Iran", "Iran's Isfahan".
      const next = firstAfter(ctx, m.end + 1, 4);
      if (next && isState(ctx, next.actorKey) && /^,\s*$/.test(ctx.text.slice(m.end, next.start)))
        out.push(located(m.actorKey, next.actorKey, m.start, next.end));
      const prev = previous(m);
      if (
        prev &&
        isState(ctx, prev.actorKey) &&
        /^['’]s\s*$/.test(ctx.text.slice(prev.end, m.start))
      )
        out.push(located(m.actorKey, prev.actorKey, prev.start, m.end));
      // A listed place's state named in the same sentence: "Natanz ... Iran".
      const own = state(actor.country);
      const sentence = sentenceOf(m.start);
      if (own && sentence && mentionsIn(ctx, sentence).some((o) => o.actorKey === own))
        out.push(located(m.actorKey, own, sentence.start, sentence.end));
    }
    if (isState(ctx, m.actorKey) && actor.kind === 'bloc') out.push(...members(m));
    if (actor.kind === 'force' && /[A-Z]/.test(m.text)) {
      const target = state(actor.country);
      if (target && target !== m.actorKey && mentioned.has(target)) {
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
