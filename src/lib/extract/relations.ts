/**
 * Relations that come from how an actor is named rather than from a verb: the office a titled
 * person holds (person -> country), a force's membership of its country, and a place inside a
 * place or country ("the Senkaku Islands in Okinawa Prefecture"). Verb relations come with the
 * events (events.ts).
 */
import { firstAfter, isPolitical, isState, type DocContext } from './context.ts';
import type { RelationDraft } from './events.ts';

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
  for (const m of ctx.mentions) {
    const actor = ctx.reg.get(m.actorKey);
    if (actor.kind === 'person' && m.title) {
      const target = state(actor.country);
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
