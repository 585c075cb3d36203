/**
 * Relations that come from how an actor is named rather than from a verb: the office a titled
 * person holds (person -> country), a force's membership of its country, and a place inside a
 * place or country ("the Senkaku Islands in Okinawa Prefecture"). Verb relations come with the
 * events (events.ts).
 */
import { firstAfter, isPolitical, isState, mentionsIn, PARTY, type DocContext } from './context.ts';
import { STATE_BODY_HEADS, REGION_HEADS } from './matchers.ts';
import type { RelationDraft } from './events.ts';
import { formatPartialDate } from './dates.ts';
import {
  ENTRY_BY_KEY,
  isMemberOn,
  MEMBERS_BY_BLOC,
  NON_STATE_KEYS,
  roleOn,
  words,
} from './lexicon/index.ts';
import type { Mention, Span } from './types.ts';
import type { RelationType } from '../model/vocabulary.ts';

/** Between a body and its mission: "'s peacekeeping force, ", " naval mission in the area, ". */
const MISSION_OF =
  /^(?:['’]s)?(?:\s+[\w-]+){0,4}\s+(?:mission|force|operation|contingent|coalition)(?:\s+in\s+the\s+\w+)?,\s+$/;
/** Between a body and its own body: "'s ", "'s new ". */
const SUB_BODY = /^['’]s(?:\s+[\p{Ll}-]+){0,2}\s+$/u;
/** A part of a body: "arm", "wing", "branch". */
const BRANCH = String.raw`(?:arm|wing|branch|unit|component|affiliate|division|offshoot|subsidiary)`;
/** Between a body and the body it is part of: ", the foreign arm of the ". */
const BRANCH_OF = new RegExp(
  String.raw`^,\s+(?:the|a|an|its)\s+(?:[\p{Ll}-]+\s+){0,3}${BRANCH}\s+of\s+(?:the\s+)?$`,
  'u',
);
/** Between a body and its part in apposition: "'s main component, the ". */
const OWN_BRANCH = new RegExp(
  String.raw`^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}${BRANCH},\s+(?:the\s+)?$`,
  'u',
);
/** Between a sponsor and its client: "-backed ", "-aligned ", "-led ". */
const BACKED =
  /^-(backed|supported|aligned|allied|funded|armed|led)\s+(?:[a-z-]+\s+){0,2}(?:of\s+(?:the\s+)?)?$/i;
const FEATURES =
  '(?:ports?|city|cities|towns?|villages?|capital|islands?|regions?|provinces?|states?|districts?|enclave|exclave|coast|border town|oil port|bases?)';
/** Between a state and a place: "'s northern town of", " port of", "-held town of". */
const FEATURE_OF = new RegExp(`^(?:['’]s)?(?:\\s+[a-z-]+){0,2}\\s+${FEATURES}(?:\\s+of)?\\s+$`);
/** Between a place and its larger place: ", the capital of", ", a town in northern". */
const APPOSITIVE_OF = new RegExp(
  `^,\\s+(?:the|a|an)\\s+(?:[a-z-]+\\s+){0,2}${FEATURES}\\s+(?:of|in)\\s+(?:the\\s+)?(?:(?:north|south|east|west|central)[a-z-]*\\s+)?$`,
);
/** Between a place and a demonym describing it: ", the closest ", ", a northern ". */
const DEMONYM_APPOSITIVE = /^,\s+(?:the|a|an)\s+(?:(?!former\b)[a-z-]+\s+){0,2}$/;
/** After a demonym: " village", " port". */
const FEATURE_NEXT = new RegExp(`^\\s+${FEATURES}\\b`);
/** Before a place: "its port of", "its southern", "its own". */
const ITS_PLACE = new RegExp(`\\bits\\s+(?:[a-z-]+\\s+){0,2}(?:${FEATURES}\\s+of\\s+)?$`);
/** The troops a state keeps in another: " still keeps about 1,100 troops stationed in ". */
const PRESENCE = new RegExp(
  String.raw`^(?:['’]s)?(?:\s+(?:still|also|now|already))?\s+(?:keeps|kept|keep|maintains|maintained|has|had|have|stations|stationed)(?:\s+(?:about|around|roughly|some|nearly|more\s+than|over|up\s+to|at\s+least))?(?:\s+[\d,.]+)?(?:\s+[\p{Ll}-]+)?\s+(?:troops|soldiers|personnel|forces|peacekeepers|military\s+advisers|advisers|a\s+garrison|a\s+contingent|(?:a\s+)?(?:military\s+|naval\s+|air\s+|drone\s+)?bases?|a\s+military\s+presence)(?:\s+(?:stationed|based|deployed))?\s+(?:in|at|inside)\s+(?:the\s+)?$`,
  'u',
);
/** A state named with its forces ("US forces", "French troops"), then where they are. */
const SERVICE_END = /\b(?:troops|soldiers|forces|personnel|peacekeepers)$/i;
const PRESENCE_AFTER_SERVICE =
  /^\s+(?:(?:stationed|based|deployed)\s+)?(?:in|inside)\s+(?:the\s+)?$/;
/** Between a state and its unit: ", in the province of", ", in the southern region of". */
const STATE_THEN_UNIT = new RegExp(
  `^,\\s+in\\s+the\\s+(?:[a-z-]+\\s+)?(?:province|region|state|district|governorate|prefecture|department)\\s+of\\s+$`,
);
/** Between a body and the states that chair it: ", co-chaired by ", " is chaired jointly by the ". */
const CHAIRED_BY =
  /^(?:,\s+|\s+(?:is|was|has been)\s+)(?:co-?chaired|chaired\s+jointly|jointly\s+chaired)\s+by\s+(?:the\s+)?$/;
/** Between the names of a list: ", ", " and the ". */
const AND_LIST = /^(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?$/;
/** Units of a state or province: "district", "province", "sector". */
const UNITS = String.raw`(?:district|province|sector|county|region|prefecture|municipality|governorate|oblast|state|area)`;
/** Between a unit and the place it belongs to: " district of ", " sector of the "; after a
 * demonym, " state of " ("the Indian state of Bihar"). */
const UNIT_OF = new RegExp(String.raw`^\s+${UNITS}\s+of\s+(?:the\s+)?$`);
/** A place named with its unit word: "Machil sector", "Barmal district". */
const UNIT_LAST = new RegExp(String.raw`\s${UNITS}$`);
/** Between a place and a demonym naming its state: " in the " ("in the Indian state of Bihar"). */
const IN_THE_STATE = /^\s+in\s+the\s+$/;
/** A direction within a state: "northern ", "far south-east ". */
const PART = String.raw`(?:far\s+)?(?:north|south|east|west|central)[a-z-]*\s+`;
/** Between a place and the state it lies in: ", in northern ", ", near the border in ". */
const IN_STATE = new RegExp(String.raw`^,\s+(?:in|inside)\s+(?:the\s+)?(?:${PART})?$`);
/** Between an actor and its partner named in apposition or after "is": ", a ", " is the ". */
const APPOSED =
  /^(?:,\s+(?:a|an|the|its|their)\s+|\s+(?:is|was|remains|has been)\s+(?:(?:a|an|the)\s+)?|,\s+)$/;
/** After the partner: "'s main backer", " ally", "'s largest trading partner", "-linked". */
const PARTNER_AFTER =
  /^(?:['’]s?)?\s+(?:(?:close|closest|key|main|chief|principal|staunch|staunchest|biggest|largest|top|long-time|longtime)\s+)?(?:(?:trading|trade|strategic|security|defence|defense|economic)\s+)?(ally|allies|backer|backers|patron|sponsor|partner|supporter|proxy)\b/;
const LINKED_AFTER = /^-(?:linked|affiliated)\b/;
/** "'s relations with ", "'s long ties with the " after an actor. */
const RELATIONS_WITH =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:relations|ties|relationship)\s+with\s+(?:the\s+)?/u;
/** "relations between " before an actor, and " and " after it. */
const RELATIONS_BETWEEN = /\b(?:relations|ties|relationship)\s+between\s+(?:the\s+)?$/i;
const AND_NEXT = /^\s+and\s+(?:the\s+)?/;
/** After a person, the office named for them: ", a senior TPLF figure, as head of the ". */
const AS_HEAD_OF =
  /^(?:,[^,;.()]{1,60},)?\s+as\s+(?:the\s+)?(?:(?:new|acting|interim|first|next)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:head|chief|leader|commander|chair|chairman|chairwoman|president|director|governor|secretary-general|envoy|ambassador)\s+(?:of|to)\s+(?:the\s+)?/u;
/**
 * After an actor, its partner's role before the partner: ", an ally of ", " has been among the
 * most outspoken supporters of ", across a relative clause (", which joined NATO in 2004, is").
 */
const PARTNER_OF =
  /^(?:,\s+(?:which|who)\s+[^,;.()]{1,80})?(?:,\s+(?:a|an|the|its|their)\s+|,?\s+(?:is|was|are|were|remains|has\s+been|have\s+been)\s+(?:(?:among|one\s+of)\s+)?(?:(?:a|an|the)\s+)?)(?:[\p{Ll}-]+\s+){0,3}(allies|ally|backers|backer|patrons|patron|sponsors|sponsor|partners|partner|supporters|supporter)\s+of\s+(?:the\s+)?/u;
/** A sponsor's word: the link is influence rather than partnership. */
const SPONSOR = /^(?:backers?|patron|sponsor|supporter)$/;
/** ", a militia close to the ": an ally by proximity. */
const CLOSE_TO = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){1,2}close\s+to\s+(?:the\s+)?$/u;
/** Between a state and the first place it lists: ", including the Black Sea port of". */
const INCLUDING = /^,?\s+including\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/u;
/** Between places of one list: ", ", " and the port of ". */
const LIST_ON = /^(?:,\s*|,?\s+and\s+)(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:of\s+)?$/u;
/** Between a place and a body at home there: ", home of the", ", home to". */
const HOME_OF = /^,\s+(?:the\s+)?home\s+(?:of|to)\s+(?:the\s+)?$/;
/** Between a place and the place it lies in: " in ", " border crossing point in central ". */
const PLACE_IN = new RegExp(
  String.raw`^(?:\s+(?:border|crossings?|points?|checkpoints?|bases?|camps?|ports?|airports?|bridges?|areas?|sites?|facility|facilities|plants?|complex|compound|headquarters)){0,3},?\s+(?:both\s+)?in\s+(?:the\s+)?(?:${PART})?$`,
);
/** Between a force or body and where it is kept: ", based in ", " is headquartered in the ". */
const BASED_IN =
  /^,?\s+(?:(?:which|that|who)\s+(?:is|are|was|were)\s+|(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+)?(?:(?:now|still|also|permanently|usually|largely|mostly)\s+)?(?:based|headquartered|stationed|garrisoned|home-?ported)\s+(?:at|in|on)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?$/u;
/** A sentence's lead naming part of a state: "In northeast ", "In the south of ". */
const REGION_LEAD = new RegExp(String.raw`^\s*In\s+(?:the\s+)?${PART}(?:of\s+)?$`, 'i');
/** Between a force and the state it serves in: " fighters in", ", the NATO-led mission in". */
const FORCE_IN =
  /^(?:['’]s)?(?:,?\s+(?:the\s+|a\s+)?[\w-]+(?:,\d{3})?){0,6}\s+(?:in|into|inside|stationed in|deployed (?:in|to))\s+(?:the\s+)?$/;

/**
 * The one state a sentence names as itself (by name or capital), if it names exactly one: a
 * demonym ("Norwegian-owned"), a state reached by a preposition ("flew to New Delhi", "attempts
 * by Armenia") or owning someone else's title ("Brazil's special adviser") does not count.
 */
function soleState(
  ctx: DocContext,
  sentence: Span | undefined,
  state: (iso: string | null) => string | undefined,
): string | undefined {
  if (!sentence) return undefined;
  const found = new Set<string>();
  // "Foreign Secretary X said ..., chaired by Prime Minister Narendra Modi, ... until Islamabad":
  // another state's office-holder in the sentence says that state is there too, unnamed.
  const people = new Set<string>();
  for (const o of mentionsIn(ctx, sentence)) {
    const p = ctx.reg.get(o.actorKey);
    if (p.kind === 'person' && p.country && STATE_OFFICE.test(p.role ?? '')) people.add(p.country);
    if (o.demonym) continue;
    const before = ctx.text.slice(Math.max(sentence.start, o.start - 12), o.start);
    const after = ctx.text.slice(o.end, o.end + 40);
    if (NOT_ITSELF_BEFORE.test(before) || OWNS_TITLE_AFTER.test(after)) continue;
    const d = ctx.reg.get(o.actorKey);
    if (d.kind === 'country') found.add(o.actorKey);
    // "who stayed in Damascus": a capital named as a place is its state's.
    else if (d.kind === 'place' && d.country) {
      const own = state(d.country);
      if (own && ENTRY_BY_KEY.get(own)?.capital === d.name) found.add(own);
    }
  }
  // "NEW DELHI - Foreign Secretary Vikram Misri said India and China...": with no one state
  // named, the state the article is filed from, when the sentence names it or no state; with no
  // dateline, the one country the article is about.
  const home = ctx.filedFrom ? state(ctx.filedFrom) : (ctx.dominant ?? undefined);
  if (found.size !== 1)
    return home && (found.size === 0 || found.has(home)) && !people.size ? home : undefined;
  const sole = [...found][0];
  const iso = ctx.reg.get(sole).country;
  return [...people].every((c) => c === iso) ? sole : undefined;
}

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
  const mentioned = ctx.named;
  const listed = new Set<string>();
  const located = (a: string, b: string, start: number, end: number): RelationDraft => ({
    source: a,
    target: b,
    type: 'located-in',
    domains: [],
    evidence: { start, end },
  });
  const index = new Map(ctx.mentions.map((o, i) => [o, i]));
  const previous = (m: Mention) => ctx.mentions[(index.get(m) ?? 0) - 1];
  const sentenceOf = (pos: number) => ctx.sentences[sentenceIndex(ctx, pos)];
  // "personnel in Burkina Faso, Niger and Libya": the first state and those listed after it.
  const statesListed = (first: Mention): Mention[] => {
    const list = [first];
    for (let k = (index.get(first) ?? 0) + 1; k < ctx.mentions.length; k++) {
      const o = ctx.mentions[k];
      const last = list[list.length - 1];
      if (!/^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(ctx.text.slice(last.end, o.start))) break;
      if (ctx.reg.get(o.actorKey).kind !== 'country' || o.demonym) break;
      list.push(o);
    }
    return list;
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
  const bodies = officesOfBodies(ctx);
  out.push(...bodies);
  const serving = new Set(bodies.map((r) => r.source));
  for (const m of ctx.mentions) {
    const actor = ctx.reg.get(m.actorKey);
    if (actor.kind === 'person' && m.title) {
      // "Somaliland President Muse Bihi Abdi", "Karabakh leader Samvel Shahramanyan": a place
      // right before the title is the territory the office governs.
      const prev = previous(m);
      const territory =
        prev &&
        prev.end <= m.title.start &&
        /^\s+$/.test(ctx.text.slice(prev.end, m.title.start)) &&
        !prev.demonym &&
        ['place', 'region'].includes(ctx.reg.get(prev.actorKey).kind)
          ? prev.actorKey
          : undefined;
      // "the European Commission's executive vice-president Henna Virkkunen": a body's title.
      const body =
        prev &&
        prev.end <= m.title.start &&
        /^['’]s?\s+$/.test(ctx.text.slice(prev.end, m.title.start)) &&
        ['organization', 'bloc', 'force'].includes(ctx.reg.get(prev.actorKey).kind)
          ? prev.actorKey
          : undefined;
      const target =
        actor.office ??
        territory ??
        body ??
        state(actor.country) ??
        // A person whose state is known but unnamed here serves no other state.
        (STATE_OFFICE.test(actor.role ?? '') && !serving.has(m.actorKey) && !actor.country
          ? soleState(ctx, sentenceOf(m.start), state)
          : undefined);
      if (target)
        out.push({
          source: m.actorKey,
          target,
          type: 'office-held',
          domains: [],
          evidence: m.title,
        });
    }
    // "Han Dong-hoon, who leads Yoon's own People Power Party": who leads a body holds its office.
    if (actor.kind === 'person') {
      const next = firstAfter(ctx, m.end + 1, 64);
      if (
        next &&
        next.actorKey !== m.actorKey &&
        ctx.reg.get(next.actorKey).kind !== 'person' &&
        LEADS.test(ctx.text.slice(m.end, next.start))
      )
        out.push({
          source: m.actorKey,
          target: next.actorKey,
          type: 'office-held',
          domains: [],
          evidence: { start: m.start, end: next.end },
        });
    }
    // "the Baltic Fleet, based in Kaliningrad", "the Fifth Fleet is headquartered in Bahrain",
    // "Russian troops stationed in Transnistria": where a force or a body is kept.
    if (actor.kind === 'force' || actor.kind === 'organization') {
      const next = firstAfter(ctx, m.end + 1, 64);
      if (
        next &&
        next.actorKey !== m.actorKey &&
        !next.demonym &&
        ['place', 'region', 'country'].includes(ctx.reg.get(next.actorKey).kind) &&
        BASED_IN.test(ctx.text.slice(m.end, next.start))
      )
        out.push(located(m.actorKey, next.actorKey, m.start, next.end));
    }
    if (actor.kind === 'place' || actor.kind === 'region') {
      // "Raja-Jooseppi border crossing point in Lapland", "the Republican Palace in central
      // Khartoum", "Bahawalpur and Muridke, both in Pakistan's Punjab province".
      const next = firstAfter(ctx, m.end + 1, 64);
      const gap = next ? ctx.text.slice(m.end, next.start) : '';
      if (
        next &&
        next.actorKey !== m.actorKey &&
        PLACE_IN.test(gap) &&
        (isState(ctx, next.actorKey) || !isPolitical(ctx, next.actorKey))
      ) {
        // The places coordinated before it when they are "both in" it.
        const places = [m];
        if (/\bboth\b/.test(gap))
          for (let k = (index.get(m) ?? 0) - 1; k >= 0; k--) {
            const o = ctx.mentions[k];
            const kind = ctx.reg.get(o.actorKey).kind;
            if (kind !== 'place' && kind !== 'region') break;
            if (!/^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(ctx.text.slice(o.end, places[0].start)))
              break;
            places.unshift(o);
          }
        // "in Pakistan's Punjab province": the province, not only the state.
        const after = ctx.mentions[(index.get(next) ?? 0) + 1];
        const part =
          after &&
          isState(ctx, next.actorKey) &&
          /^['’]s\s+(?:[a-z-]+\s+)?$/.test(ctx.text.slice(next.end, after.start)) &&
          ['place', 'region'].includes(ctx.reg.get(after.actorKey).kind)
            ? after
            : null;
        for (const p of places) {
          out.push(located(p.actorKey, next.actorKey, p.start, next.end));
          if (part) out.push(located(p.actorKey, part.actorKey, p.start, part.end));
        }
      }
    }
    if (actor.kind === 'place' || actor.kind === 'region') {
      // "the Barmal district of Paktika province", "the Pithoragarh district of India's
      // Uttarakhand state", "near Sitamarhi in the Indian state of Bihar": a unit of a place.
      const k = (index.get(m) ?? 0) + 1;
      let unit = ctx.mentions[k];
      const gap = unit ? ctx.text.slice(m.end, unit.start) : '';
      const viaState = unit && IN_THE_STATE.test(gap) && unit.demonym;
      // "the Machil sector of Kupwara district": the unit word is in the name itself.
      const namedUnit =
        unit && UNIT_LAST.test(ctx.text.slice(m.start, m.end)) && /^\s+of\s+(?:the\s+)?$/.test(gap);
      if (unit && (UNIT_OF.test(gap) || viaState || namedUnit)) {
        const owned = ctx.mentions[k + 1];
        if (
          isState(ctx, unit.actorKey) &&
          owned &&
          (viaState ? UNIT_OF : /^['’]s\s+$/).test(ctx.text.slice(unit.end, owned.start))
        )
          unit = owned;
        const kind = ctx.reg.get(unit.actorKey).kind;
        if ((kind === 'place' || kind === 'region') && unit.actorKey !== m.actorKey)
          out.push(located(m.actorKey, unit.actorKey, m.start, unit.end));
      }
      // "Isfahan, Iran", "Iran's Isfahan".
      const next = firstAfter(ctx, m.end + 1, 4);
      if (next && isState(ctx, next.actorKey) && /^,\s*$/.test(ctx.text.slice(m.end, next.start)))
        out.push(located(m.actorKey, next.actorKey, m.start, next.end));
      const prev = previous(m);
      // "Iran's Isfahan", "the Yemeni port of Hodeidah", "Mali's northern town of Kidal", and a
      // list after the feature ("the Italian islands of Lampedusa and Linosa"); "Okinawa's
      // Kadena Air Base": a place's place.
      const prevKind = prev ? ctx.reg.get(prev.actorKey).kind : null;
      const gapBefore = prev ? ctx.text.slice(prev.end, m.start) : '';
      if (
        prev &&
        prev.actorKey !== m.actorKey &&
        // A bloc's place is no place in it: "the alliance's Baltic Sea members".
        ((prevKind === 'country' && (/^['’]s\s*$/.test(gapBefore) || FEATURE_OF.test(gapBefore))) ||
          ((prevKind === 'place' || prevKind === 'region') && /^['’]s\s*$/.test(gapBefore)))
      ) {
        out.push(located(m.actorKey, prev.actorKey, prev.start, m.end));
        if (FEATURE_OF.test(gapBefore) && / of\s+$/.test(gapBefore))
          for (let k = (index.get(m) ?? 0) + 1, last = m; k < ctx.mentions.length; k++) {
            const o = ctx.mentions[k];
            const kind = ctx.reg.get(o.actorKey).kind;
            if (!/^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(ctx.text.slice(last.end, o.start))) break;
            if (kind !== 'place' && kind !== 'region') break;
            out.push(located(o.actorKey, prev.actorKey, prev.start, o.end));
            last = o;
          }
      }
      // "Tessalit, in northern Mali": a place and the state it lies in.
      const inState = firstAfter(ctx, m.end + 1, 40);
      if (
        inState &&
        ctx.reg.get(inState.actorKey).kind === 'country' &&
        !inState.demonym &&
        IN_STATE.test(ctx.text.slice(m.end, inState.start))
      )
        out.push(located(m.actorKey, inState.actorKey, m.start, inState.end));
      // "In northeast Syria, ... around Qamishli and Kobani": a sentence led by the part of a
      // state it tells of places what it names there.
      const sentence = sentenceOf(m.start);
      const lead = sentence ? firstAfter(ctx, sentence.start, 40) : undefined;
      if (
        sentence &&
        lead &&
        lead !== m &&
        isState(ctx, lead.actorKey) &&
        !lead.demonym &&
        (!actor.country || actor.country === ctx.reg.get(lead.actorKey).country) &&
        REGION_LEAD.test(ctx.text.slice(sentence.start, lead.start)) &&
        ctx.text[lead.end] === ','
      )
        out.push(located(m.actorKey, lead.actorKey, lead.start, m.end));
      // "Goma, the capital of North Kivu", "Tiraspol, the main city of Transnistria".
      const after = firstAfter(ctx, m.end + 1, 48);
      if (
        after &&
        after.actorKey !== m.actorKey &&
        !isPolitical(ctx, after.actorKey) === !isState(ctx, after.actorKey) &&
        APPOSITIVE_OF.test(ctx.text.slice(m.end, after.start))
      )
        out.push(located(m.actorKey, after.actorKey, m.start, after.end));
      // "Chhangru, the closest Nepalese village to Kalapani": a place its state's demonym describes.
      if (
        after &&
        after.demonym &&
        ['country', 'place', 'region'].includes(ctx.reg.get(after.actorKey).kind) &&
        DEMONYM_APPOSITIVE.test(ctx.text.slice(m.end, after.start)) &&
        FEATURE_NEXT.test(ctx.text.slice(after.end, after.end + 24))
      )
        out.push(located(m.actorKey, after.actorKey, m.start, after.end));
      // "a threat to its port of Assab", "across its southern Syunik province": "its" is the one
      // state named since the last punctuation mark before it.
      if (
        sentence &&
        !actor.country &&
        ITS_PLACE.test(ctx.text.slice(Math.max(sentence.start, m.start - 40), m.start))
      ) {
        const upTo = ctx.text.slice(sentence.start, m.start);
        const since =
          sentence.start + Math.max(0, ...[...upTo.matchAll(/[,;:]/g)].map((x) => x.index + 1));
        const owners = new Set(
          mentionsIn(ctx, { start: since, end: m.start })
            .filter((o) => isPolitical(ctx, o.actorKey) && !o.demonym)
            .map((o) => o.actorKey),
        );
        const [owner] = owners;
        if (owners.size === 1 && ctx.reg.get(owner).kind === 'country')
          out.push(located(m.actorKey, owner, since, m.end));
      }
      // "about a mile inside Ecuador, in the province of Sucumbíos": the state's province.
      const host = previous(m);
      if (
        host &&
        !host.demonym &&
        (ctx.reg.get(host.actorKey).kind === 'country' || actor.kind === 'place') &&
        host.actorKey !== m.actorKey &&
        STATE_THEN_UNIT.test(ctx.text.slice(host.end, m.start))
      )
        // A state holds the unit; a unit holds the place before it ("near Tinzaouaten, in the
        // southern region of Bordj Badji Mokhtar").
        out.push(
          ctx.reg.get(host.actorKey).kind === 'country'
            ? located(m.actorKey, host.actorKey, host.start, m.end)
            : located(host.actorKey, m.actorKey, host.start, m.end),
        );
      // "across Georgia, including the Black Sea port of Poti", "northern Yemen including the
      // capital Sanaa and the port of Hodeidah": places a state's mention goes on to list.
      // A sea names where a port lies, not a place of the state: "the Black Sea port of Poti".
      const sea = previous(m);
      const seaPort =
        sea &&
        REGION_HEADS.has(ctx.reg.get(sea.actorKey).name.split(' ').at(-1) ?? '') &&
        /^\s+(?:[\p{Ll}-]+\s+){1,2}of\s+$/u.test(ctx.text.slice(sea.end, m.start));
      const owner = seaPort ? previous(sea) : sea;
      if (
        owner &&
        actor.kind === 'place' &&
        isState(ctx, owner.actorKey) &&
        !owner.demonym &&
        INCLUDING.test(ctx.text.slice(owner.end, seaPort ? sea.start : m.start))
      ) {
        out.push(located(m.actorKey, owner.actorKey, owner.start, m.end));
        for (let k = (index.get(m) ?? 0) + 1, last = m; k < ctx.mentions.length; k++) {
          const o = ctx.mentions[k];
          const kind = ctx.reg.get(o.actorKey).kind;
          if (kind !== 'place' && kind !== 'region') break;
          if (!LIST_ON.test(ctx.text.slice(last.end, o.start))) break;
          out.push(located(o.actorKey, owner.actorKey, owner.start, o.end));
          last = o;
        }
      }
      // A listed place or town whose state the article names: the list's link, shown as such;
      // the evidence is the sentence naming both when there is one.
      const own = state(actor.country);
      if (own && mentioned.has(own) && !listed.has(m.actorKey)) {
        const sentence = sentenceOf(m.start);
        const both =
          sentence && mentionsIn(ctx, sentence).some((o) => o.actorKey === own) ? sentence : m;
        listed.add(m.actorKey);
        out.push({ ...located(m.actorKey, own, both.start, both.end), basis: 'reference-list' });
      }
      // "Second Thomas Shoal" in an article naming the South China Sea: where the list puts a
      // place no one state holds.
      const within = ENTRY_BY_KEY.get(m.actorKey)?.within;
      if (within && mentioned.has(within) && !listed.has(`${m.actorKey}>`)) {
        const sentence = sentenceOf(m.start);
        const both =
          sentence && mentionsIn(ctx, sentence).some((o) => o.actorKey === within) ? sentence : m;
        listed.add(`${m.actorKey}>`);
        out.push({ ...located(m.actorKey, within, both.start, both.end), basis: 'reference-list' });
      }
    }
    // "Bahrain, home of the US Navy's Fifth Fleet": a body at home in a state or place.
    if (actor.kind === 'country' || actor.kind === 'place' || actor.kind === 'region') {
      const guest = firstAfter(ctx, m.end + 1, 40);
      if (
        guest &&
        BODY_KINDS.has(ctx.reg.get(guest.actorKey).kind) &&
        HOME_OF.test(ctx.text.slice(m.end, guest.start))
      ) {
        const body = ctx.mentions[(index.get(guest) ?? 0) + 1];
        const own = body && /^['’]s\s+$/.test(ctx.text.slice(guest.end, body.start)) ? body : guest;
        out.push(located(own.actorKey, m.actorKey, m.start, own.end));
      }
    }
    // "the OSCE Minsk Group, co-chaired by Russia, France and the United States": its chairs
    // are states that sit in it.
    if (BODY_KINDS.has(actor.kind)) {
      let k = (index.get(m) ?? 0) + 1;
      let last = m;
      let gap = CHAIRED_BY;
      for (; k < ctx.mentions.length; k++) {
        const o = ctx.mentions[k];
        if (!gap.test(ctx.text.slice(last.end, o.start))) break;
        if (ctx.reg.get(o.actorKey).kind !== 'country' || o.demonym) break;
        out.push({
          source: o.actorKey,
          target: m.actorKey,
          type: 'member-of',
          domains: [],
          evidence: { start: m.start, end: o.end },
        });
        last = o;
        gap = AND_LIST;
      }
    }
    if (isState(ctx, m.actorKey) && actor.kind === 'bloc') out.push(...members(m));
    // "strained Armenia's relations with Russia", "relations between Baku and Moscow were
    // already cool": relations named with the way they went.
    if (isPolitical(ctx, m.actorKey)) {
      const tie =
        RELATIONS_WITH.exec(ctx.text.slice(m.end, m.end + 60)) ??
        (RELATIONS_BETWEEN.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))
          ? AND_NEXT.exec(ctx.text.slice(m.end, m.end + 12))
          : null);
      const other = tie
        ? firstAfter(ctx, m.end + tie[0].length, 0, (o) => isPolitical(ctx, o.actorKey))
        : undefined;
      const sentence = other ? sentenceOf(m.start) : undefined;
      const trend = sentence
        ? TRENDS.find(([, re]) => re.test(ctx.text.slice(sentence.start, sentence.end)))
        : undefined;
      if (other && trend && other.actorKey !== m.actorKey)
        out.push({
          source: m.actorKey,
          target: other.actorKey,
          type: trend[0],
          domains: [],
          evidence: { start: m.start, end: other.end },
        });
    }
    // "Michel Aoun, an ally of Hezbollah", "Lithuania, which joined the EU in 2004, has been
    // among the most outspoken supporters of Kyiv": a partner named by its role.
    if (isPolitical(ctx, m.actorKey)) {
      const role = PARTNER_OF.exec(ctx.text.slice(m.end, m.end + 200));
      const at = role ? m.end + role[0].length : -1;
      const partner = role
        ? firstAfter(ctx, at, 0, (o) => o.actorKey !== m.actorKey && isPolitical(ctx, o.actorKey))
        : undefined;
      // "appointed Getachew Reda, a senior TPLF figure, as head of the Tigray Interim Regional
      // Administration": the office the person is given.
      const office =
        actor.kind === 'person' ? AS_HEAD_OF.exec(ctx.text.slice(m.end, m.end + 200)) : null;
      const body = office
        ? firstAfter(ctx, m.end + office[0].length, 0, (o) => isPolitical(ctx, o.actorKey))
        : undefined;
      if (body && ctx.reg.get(body.actorKey).kind !== 'person')
        out.push({
          source: m.actorKey,
          target: body.actorKey,
          type: 'office-held',
          domains: [],
          evidence: { start: m.start, end: body.end },
        });
      if (role && partner)
        out.push({
          source: m.actorKey,
          target: partner.actorKey,
          type: /^(?:backers?|patrons?|sponsors?|supporters?)$/.test(role[1])
            ? 'influence'
            : 'cooperation',
          domains: [],
          evidence: { start: m.start, end: partner.end },
        });
    }
    const next = ctx.mentions[(index.get(m) ?? 0) + 1];
    const between = next ? ctx.text.slice(m.end, next.start) : '';
    if (next && next.actorKey !== m.actorKey && isPolitical(ctx, m.actorKey)) {
      const nextKind = ctx.reg.get(next.actorKey).kind;
      // "NATO's peacekeeping force, KFOR", "the UN mission, MONUSCO": the mission is the body's.
      // "Iran's Supreme National Security Council", "the PLA's Eastern Theater Command", "the
      // Treasury's Office of Foreign Assets Control": a body's own body. A state's ministry is
      // the state itself in relations, so it is left out; so is an armed group ("Yemen's Houthi
      // rebels" fight their state).
      const mission =
        (actor.kind === 'bloc' || actor.kind === 'organization' || actor.kind === 'country') &&
        MISSION_OF.test(between);
      const ownBody =
        actor.kind !== 'person' &&
        !ctx.reg.get(next.actorKey).organ &&
        !NON_STATE_KEYS.has(next.actorKey) &&
        SUB_BODY.test(between);
      // One body within another, with the sentence's words for evidence.
      const within = (part: Mention, whole: Mention) =>
        out.push({
          source: part.actorKey,
          target: whole.actorKey,
          type: 'member-of',
          domains: [],
          evidence: { start: m.start, end: next.end },
        });
      // "Kishida's Liberal Democratic Party": a person's party is the party the person belongs to.
      const ownParty =
        actor.kind === 'person' && nextKind === 'organization' && PARTY.test(next.text);
      if (ownParty && SUB_BODY.test(between)) within(m, next);
      // "the Quds Force, the foreign arm of the IRGC": a body's branch named as such;
      // "the SDF's main component, the YPG" the other way round.
      const branchOf = BODY_KINDS.has(actor.kind) && BODY_KINDS.has(nextKind);
      // "the Quds Force of the Islamic Revolutionary Guard Corps": a force of a body.
      if (branchOf && actor.kind === 'force' && /^\s+of\s+(?:the\s+)?$/.test(between))
        within(m, next);
      if (branchOf && BRANCH_OF.test(between)) within(m, next);
      if (branchOf && OWN_BRANCH.test(between)) within(next, m);
      if ((nextKind === 'force' || nextKind === 'organization') && (mission || ownBody))
        within(next, m);
      // "the Rwandan-backed M23", "Iran-aligned Houthis", "NATO-led KFOR".
      const backed = BACKED.exec(between);
      if (backed && isPolitical(ctx, next.actorKey))
        out.push({
          source:
            backed[1].toLowerCase() === 'led' && actor.kind === 'bloc' ? next.actorKey : m.actorKey,
          target:
            backed[1].toLowerCase() === 'led' && actor.kind === 'bloc' ? m.actorKey : next.actorKey,
          type:
            backed[1].toLowerCase() === 'led' && actor.kind === 'bloc'
              ? 'member-of'
              : 'cooperation',
          domains: [],
          evidence: { start: m.start, end: next.end },
        });
      // "Nabih Berri, a Hezbollah ally", "Iran, Hezbollah's main backer", "Turkey is the GNA's
      // main backer", "Kataib Hezbollah, a militia close to the Quds Force", "al-Shabaab, the
      // al-Qaeda-linked insurgents": a partner or sponsor named as such.
      const after = ctx.text.slice(next.end, next.end + 40);
      const role = PARTNER_AFTER.exec(after);
      const linked = LINKED_AFTER.exec(after);
      if (
        isPolitical(ctx, next.actorKey) &&
        ((APPOSED.test(between) && (role || linked)) || CLOSE_TO.test(between))
      )
        out.push({
          source: m.actorKey,
          target: next.actorKey,
          type: role && SPONSOR.test(role[1]) ? 'influence' : 'cooperation',
          domains: [],
          evidence: {
            start: m.start,
            end: next.end + (role?.[0].length ?? linked?.[0].length ?? 0),
          },
        });
    }
    // "France still keeps troops in Djibouti and Gabon", "US forces stationed in Niger": a
    // state's military presence in another.
    if (actor.kind === 'country') {
      const next = firstAfter(
        ctx,
        m.end + 1,
        80,
        (o) => ctx.reg.get(o.actorKey).kind === 'country',
      );
      const gap = next ? ctx.text.slice(m.end, next.start) : '';
      const service = SERVICE_END.test(ctx.text.slice(m.start, m.end));
      if (
        next &&
        next.actorKey !== m.actorKey &&
        !next.demonym &&
        (PRESENCE.test(gap) || (service && PRESENCE_AFTER_SERVICE.test(gap)))
      ) {
        const present = (o: Mention) =>
          out.push({
            source: m.actorKey,
            target: o.actorKey,
            type: 'influence',
            domains: [],
            evidence: { start: m.start, end: o.end },
          });
        for (const o of statesListed(next)) present(o);
      }
    }
    // "Wagner fighters in Mali", "KFOR, the NATO-led mission in Kosovo": a force where it serves.
    if (actor.kind === 'force') {
      const next = firstAfter(
        ctx,
        m.end + 1,
        60,
        (o) => ctx.reg.get(o.actorKey).kind === 'country',
      );
      if (
        next &&
        ctx.reg.get(next.actorKey).kind === 'country' &&
        next.actorKey !== state(actor.country) &&
        !next.demonym &&
        FORCE_IN.test(ctx.text.slice(m.end, next.start))
      ) {
        for (const o of statesListed(next))
          out.push(located(m.actorKey, o.actorKey, m.start, o.end));
      }
    }
    // A state's force or body is part of it ("the Indian Navy", "the Kosovo Police"); an armed
    // group is based in the state it fights, as its list entry says, and is no body of it.
    if (
      (actor.kind === 'force' || (actor.kind === 'organization' && stateBody(actor))) &&
      /[A-Z]/.test(m.text) &&
      !m.anaphor
    ) {
      const target = state(actor.country);
      if (target && target !== m.actorKey && mentioned.has(target)) {
        const armed = NON_STATE_KEYS.has(m.actorKey);
        out.push({
          source: m.actorKey,
          target,
          type: armed ? 'located-in' : 'member-of',
          domains: [],
          evidence: { start: m.start, end: m.end },
          ...(armed ? { basis: 'reference-list' as const } : {}),
        });
      }
    }
  }
  // Last, so that a link a sentence states keeps its place and its evidence first.
  out.push(...fromReferenceLists(ctx, state, sentenceOf));
  return out;
}

/**
 * Links the reference lists know and the article does not state: a listed person's office on
 * the article's date, once the state or body they serve is named in the article ("Vladimir Putin"
 * with Russia); a state's membership of a bloc named in the same sentence ("Greece and Turkey ...
 * NATO"), or anywhere in an article about the bloc. The evidence is where the actors are named;
 * `basis` says the link is the list's.
 */
function fromReferenceLists(
  ctx: DocContext,
  state: (iso: string | null) => string | undefined,
  sentenceOf: (pos: number) => { start: number; end: number } | undefined,
): RelationDraft[] {
  const out: RelationDraft[] = [];
  const date = ctx.anchor ? formatPartialDate(ctx.anchor) : null;
  const mentioned = ctx.named;
  const seen = new Set<string>();
  for (const m of ctx.mentions) {
    if (seen.has(m.actorKey)) continue;
    seen.add(m.actorKey);
    const entry = ENTRY_BY_KEY.get(m.actorKey);
    if (!entry || entry.kind !== 'person') continue;
    const role = roleOn(entry, date);
    if (!role) continue;
    const target = /^[A-Z]{2}$/.test(role.country)
      ? state(role.country)
      : ENTRY_BY_KEY.has(`org:${role.country}`)
        ? `org:${role.country}`
        : undefined;
    if (target && mentioned.has(target))
      out.push({
        source: m.actorKey,
        target,
        type: 'office-held',
        domains: [],
        evidence: { start: m.start, end: m.end },
        basis: 'reference-list',
      });
  }
  // A bloc the article is about (named three times or more): its members the article names
  // belong to it, wherever they are named.
  const count = new Map<string, number>();
  for (const m of ctx.mentions)
    if (MEMBERS_BY_BLOC.has(m.actorKey)) count.set(m.actorKey, (count.get(m.actorKey) ?? 0) + 1);
  // "the alliance's Baltic Sea members": a bloc named again as "the alliance" or "the bloc"
  // counts for the last bloc named before.
  const blocs = ctx.mentions.filter((m) => MEMBERS_BY_BLOC.has(m.actorKey));
  let b = 0;
  for (const a of ctx.text.matchAll(BLOC_ANAPHOR)) {
    while (b < blocs.length && blocs[b].end <= a.index) b++;
    const last = blocs[b - 1];
    if (last) count.set(last.actorKey, (count.get(last.actorKey) ?? 0) + 1);
  }
  const firstOf = new Map<string, Mention>();
  for (const m of ctx.mentions) if (!firstOf.has(m.actorKey)) firstOf.set(m.actorKey, m);
  for (const [bloc, n] of count) {
    if (n < PROMINENT) continue;
    for (const [k, o] of firstOf) {
      const country = ctx.reg.get(k);
      if (country.kind !== 'country' || !country.country) continue;
      if (!isMemberOn(bloc, country.country, date)) continue;
      const sentence = sentenceOf(o.start);
      if (!sentence) continue;
      out.push({
        source: k,
        target: bloc,
        type: 'member-of',
        domains: [],
        evidence: { start: sentence.start, end: sentence.end },
        basis: 'reference-list',
      });
    }
  }
  for (const m of ctx.mentions) {
    if (!MEMBERS_BY_BLOC.has(m.actorKey)) continue;
    const sentence = sentenceOf(m.start);
    if (!sentence) continue;
    for (const o of mentionsIn(ctx, sentence)) {
      const country = ctx.reg.get(o.actorKey);
      if (country.kind !== 'country' || !country.country) continue;
      if (!isMemberOn(m.actorKey, country.country, date)) continue;
      out.push({
        source: o.actorKey,
        target: m.actorKey,
        type: 'member-of',
        domains: [],
        evidence: { start: sentence.start, end: sentence.end },
        basis: 'reference-list',
      });
    }
  }
  return out;
}

const BODY_KINDS = new Set(['organization', 'force', 'bloc']);

/**
 * An organisation that is a body of its state, drawn apart and linked to it ("the Kosovo
 * Police", "the State Duma"). An organ that acts as the state ("China's foreign ministry") is
 * the state itself in relations (relationEnd), no body of it.
 */
function stateBody(d: { name: string; organ?: boolean }): boolean {
  return !d.organ && STATE_BODY_HEADS.test(d.name) && !PARTY.test(d.name);
}

/** How often an article names a bloc for its members anywhere in it to be linked to it. */
const PROMINENT = 3;
/** Between a person and the body they lead: ", who leads Yoon's own ", ", who has headed the ". */
const LEADS =
  /^,\s+who\s+(?:(?:now|also|still|has|had|long|once)\s+)*(?:leads|led|heads|headed|chairs|chaired|commands|commanded|runs|ran|founded)\s+(?:(?:[\p{Ll}-]+|[\p{L}-]+['’]s)\s+){0,3}$/u;
/** A bloc named again by what it is. */
const BLOC_ANAPHOR = /\b(?:the|this)\s+(?:alliance|bloc)\b/gi;
/** "the group's chief negotiator", "The bloc's foreign policy chief", "its foreign minister". */
const BODY_ANAPHORA: Record<string, ReadonlySet<string>> = {
  group: new Set(['organization', 'force']),
  movement: new Set(['organization', 'force']),
  militia: new Set(['force']),
  party: new Set(['organization']),
  organisation: new Set(['organization', 'bloc']),
  organization: new Set(['organization', 'bloc']),
  bloc: new Set(['bloc']),
  alliance: new Set(['bloc']),
  union: new Set(['bloc']),
  country: new Set(['country']),
  nation: new Set(['country']),
  kingdom: new Set(['country']),
  republic: new Set(['country']),
  its: new Set(['country', 'bloc', 'organization', 'force']),
};
const ANAPHOR_BEFORE =
  /\b(?:the\s+(group|movement|militia|party|organi[sz]ation|bloc|alliance|union|country|nation|kingdom|republic)['’]s|(its))\s+(?:[a-z-]+\s+){0,3}[a-z-]+,?\s+$/i;
const ANAPHOR_AFTER =
  /^,\s+(?:the\s+(group|movement|militia|party|organi[sz]ation|bloc|alliance|union|country|nation|kingdom|republic)['’]s|(its))\s+[a-z]/i;

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HEADS = `(?:${[...words.titleHeads, 'member', 'figure', 'founder']
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|')})`;
/** Before a state that is not the sentence's own: "flew to", "attempts by", "Minister of". */
const NOT_ITSELF_BEFORE =
  /\b(?:to|by|against|from|with|into|toward|towards|on|over|of)\s+(?:the\s+)?$/i;
/** After a state that owns someone else's title: "'s special adviser". */
const OWNS_TITLE_AFTER = new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,3}?${HEADS}\\b`, 'iu');
/** A title only a state's government gives (words.json stateOffices). */
const STATE_OFFICE = new RegExp(`\\b(?:${words.stateOffices.map(esc).join('|')})\\b`, 'i');

/** Which way relations went, from words.json relationTrends: tension first. */
const TRENDS: [RelationType, RegExp][] = (['tension', 'cooperation'] as const).map((type) => [
  type,
  new RegExp(`\\b(?:${words.relationTrends[type].map(esc).join('|')})\\b`, 'i'),
]);

/** Between a person and the body they serve: ", the secretary of the", ", head of Russia's", ", head of the Russian space agency". */
const TITLE_OF = new RegExp(
  `^,\\s+(?:(?:the|a|an|its)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}?${HEADS}\\s+(?:of|for|in|at|with)\\s+(?:the\\s+)?(?:[\\p{L}.-]+['’]s\\s+)?(?:(?!(?:of|to|at|in|on|for|with|and|from|by)\\s)[\\p{L}-]+\\s+){0,3}$`,
  'iu',
);
/** " was named ", " has been appointed as the ". */
const NAMED = String.raw`\s+(?:was|has been|had been|is|were)\s+(?:named|appointed|elected|chosen|made|confirmed)\s+(?:as\s+)?(?:the\s+)?`;
/** Then the body and its title: " was named " Hezbollah's new chief. */
const NAMED_AS = new RegExp(`^${NAMED}$`, 'i');
/** " was appointed commander of the ": the title, then the body. */
const NAMED_TITLE_OF = new RegExp(
  `^${NAMED}(?:new\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?${HEADS}\\s+(?:of|for)\\s+(?:the\\s+)?$`,
  'iu',
);
/** ", who heads the ruling": the person before it serves the body after it. */
const WHO_HEADS =
  /^,\s+who\s+(?:also\s+|now\s+|still\s+)?(?:heads|leads|chairs|commands|runs|led|headed|commanded)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/**
 * ", a senior ": before "<Body> figure" ("Getachew Reda, a senior TPLF figure"); ", the ": before
 * "<Body> special coordinator" ("X, the UN special coordinator for Lebanon").
 */
const A_SENIOR = /^,\s+(?:a|an|the)\s+(?:(?:senior|top|leading|former|deputy|veteran)\s+)?$/i;
const HEAD_AFTER = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${HEADS}\\b`, 'iu');
/**
 * "<Body>, the paramilitary group led by", "<Body> led by", "<Body>, commanded by Italian <title>":
 * the body a leader leads (the gap ends where the person's title starts).
 */
const LED_BY =
  /^(?:(?:['’]s(?:\s+[\p{Ll}-]+){1,2})?(?:(?:,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4})?,?\s*(?:led|headed|commanded|chaired|founded)\s+by\s+(?:(?:former|then|late)\s+)?(?:\p{Lu}[\p{Ll}-]+\s+)?|,\s+whose\s+(?:[\p{Ll}-]+\s+){0,3}))$/u;
/** Between a body and the name its title introduces: "'s commander, " (then "Turkish Major General"). */
const OWN_TITLE_COMMA = new RegExp(`^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${HEADS},\\s+$`, 'iu');

/** Index of the sentence holding `pos`, or -1 (sentences are sorted). */
function sentenceIndex(ctx: DocContext, pos: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sn = ctx.sentences[mid];
    if (sn.end <= pos) lo = mid + 1;
    else if (sn.start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The body a titled person serves when the article names it with the title: "Hezbollah leader
 * Hassan Nasrallah", "IDF spokesman Daniel Hagari", or through an anaphor, "Mohammed Abdulsalam,
 * the group's chief negotiator" (the latest group named before).
 */
function officesOfBodies(ctx: DocContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  const ledBy = new Map<Mention, Mention>();
  const link = (person: Mention, body: Mention, start: number, end: number) =>
    out.push({
      source: person.actorKey,
      target: body.actorKey,
      type: 'office-held',
      domains: [],
      evidence: { start, end },
    });
  for (let i = 0; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (ctx.reg.get(m.actorKey).kind !== 'person') continue;
    const prev = ctx.mentions[i - 1];
    // "Charles Michel, President of the European Council", "X, the head of Russia's Wagner
    // Group", "X, who also heads the ruling Sovereign Council", "X, a senior TPLF figure".
    // "the UN-recognised Government of National Accord": a body inside a modifier is not the one.
    const body = ctx.mentions
      .slice(i + 1, i + 4)
      .find(
        (o) =>
          BODY_KINDS.has(ctx.reg.get(o.actorKey).kind) &&
          o.start - m.end <= 80 &&
          !/^-\p{Ll}/u.test(ctx.text.slice(o.end, o.end + 2)),
      );
    if (body) {
      const gap = ctx.text.slice(m.end, body.start);
      const tail = ctx.text.slice(body.end, body.end + 24);
      if (
        TITLE_OF.test(gap) ||
        WHO_HEADS.test(gap) ||
        // "Jay Tarriela, the coast guard spokesman": "the coast guard" is the body named before.
        ((A_SENIOR.test(gap) || (body.anaphor && /^,\s+$/.test(gap))) && HEAD_AFTER.test(tail)) ||
        (NAMED_AS.test(gap) && (HEAD_AFTER.test(tail) || OWNS_TITLE_AFTER.test(tail))) ||
        NAMED_TITLE_OF.test(gap)
      ) {
        link(m, body, m.start, body.end);
      }
    }
    // "The Rapid Support Forces (RSF), the paramilitary group led by Mohamed Hamdan Dagalo".
    const leads = [prev, ctx.mentions[i - 2]].find(
      (o) =>
        o &&
        m.start - o.end <= 100 &&
        BODY_KINDS.has(ctx.reg.get(o.actorKey).kind) &&
        LED_BY.test(
          ctx.text
            .slice(o.end, m.title && m.title.start > o.end ? m.title.start : m.start)
            .replace(/^\s*\([^)]{1,12}\)/, ''),
        ),
    );
    if (leads) {
      link(m, leads, leads.start, m.end);
      ledBy.set(m, leads);
    }
    // "led by former Nigerian president Olusegun Obasanjo and former Kenyan president Uhuru
    // Kenyatta": the leaders coordinated after the first lead it too.
    const first = [prev, ctx.mentions[i - 2]].find((o) => o && ledBy.has(o));
    if (
      !leads &&
      first &&
      /^,?\s+and\s+(?:(?:former|then|late)\s+)?$/.test(
        ctx.text.slice(first.end, m.title?.start ?? m.start),
      ) &&
      m.start - first.end <= 80
    ) {
      const body = ledBy.get(first)!;
      link(m, body, body.start, m.end);
      ledBy.set(m, body);
    }
    // "<Body> [adjective] <title> <Name>": the body is the first word of the title; "<Body>'s
    // <title>, <Name>": the title is the body's ("The CSTO's secretary-general, Imangali ...").
    const possessive = /^['’]s?\s/.test(ctx.text.slice(prev?.end ?? 0, (prev?.end ?? 0) + 3));
    if (
      prev &&
      m.title &&
      BODY_KINDS.has(ctx.reg.get(prev.actorKey).kind) &&
      prev.end <= m.start &&
      m.start - prev.end <= 48 &&
      m.title.start <= prev.end + (possessive ? 3 : 1) &&
      /^(?:['’]s?)?(?:\s+[\w.-]+){1,5},?\s+$/u.test(ctx.text.slice(prev.end, m.start))
    ) {
      link(m, prev, prev.start, m.end);
      continue;
    }
    // "KFOR's commander, Turkish Major General Özkan Ulutaş": the body's title in apposition;
    // "Pakistan's military spokesman, Lieutenant General Ahmed Sharif Chaudhry": the state's.
    const titleStart = m.title?.start ?? m.start;
    const owner = [prev, ctx.mentions[i - 2]].find((o) => o && o.end <= titleStart);
    const ownerKind = owner ? ctx.reg.get(owner.actorKey).kind : null;
    if (
      owner &&
      ownerKind &&
      (BODY_KINDS.has(ownerKind) || (ownerKind === 'country' && !owner.demonym)) &&
      m.start - owner.end <= 64 &&
      OWN_TITLE_COMMA.test(ctx.text.slice(owner.end, titleStart))
    ) {
      link(m, owner, owner.start, m.end);
      continue;
    }
    const before = ctx.text.slice(Math.max(0, m.start - 60), m.start);
    const after = ctx.text.slice(m.end, m.end + 40);
    const hit = ANAPHOR_BEFORE.exec(before) ?? ANAPHOR_AFTER.exec(after);
    if (!hit) continue;
    const kinds = BODY_ANAPHORA[(hit[1] ?? hit[2]).toLowerCase()];
    if (!kinds) continue;
    // The latest body of that kind named before, in this paragraph or the one before.
    const inBefore = hit.input === before;
    const from = inBefore ? m.start - before.length + hit.index : m.start;
    const to = inBefore ? m.end : m.end + hit.index + hit[0].length;
    for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
      const o = ctx.mentions[k];
      if (o.end > from) continue;
      const kind = ctx.reg.get(o.actorKey).kind;
      // "to Russian ports": a demonym describes something else; it is no body "its" points to.
      if (kind === 'person' || kind === 'place' || kind === 'region' || o.demonym) continue;
      if (!kinds.has(kind)) break;
      // In a sentence before: that sentence's topic, its first body ("Vostok Logistika LLC, a
      // freight company that carried cargo to Russian ports. Pavel Lomov, its general director").
      const own = sentenceIndex(ctx, o.start);
      let topic = o;
      if (own !== sentenceIndex(ctx, m.start))
        for (let q = k - 1; q >= 0 && sentenceIndex(ctx, ctx.mentions[q].start) === own; q--) {
          const p = ctx.mentions[q];
          // "India's Ministry of External Affairs": the possessor names the body, it is not it.
          const possessor = /^['’]s\s/.test(ctx.text.slice(p.end, p.end + 3));
          if (!p.demonym && !possessor && kinds.has(ctx.reg.get(p.actorKey).kind)) topic = p;
        }
      link(m, topic, from, to);
      break;
    }
  }
  return out;
}
