/**
 * Merges what each document yields into one dataset: actors by identity, relations by
 * (type, source, target), events by their merge key; then applies the analyst overlay.
 */
import type { Actor, Dataset, Evidence, Relation, TielineEvent } from '../model/schema.ts';
import { DIRECTED_RELATIONS, type EventStatus, type Precision } from '../model/vocabulary.ts';
import { ActorRegistry } from './actors.ts';
import { extractDocument, type DocumentDrafts } from './document.ts';
import { EMPTY_OVERLAY, type Overlay } from './overlay.ts';
import type { Span } from './types.ts';
import { slugify } from './ids.ts';
import { HONORIFICS, TITLE_FIRST } from './matchers.ts';

export { slugify };

export interface ArticleInput {
  file: string;
  text: string;
}

const STATUS_RANK: Record<EventStatus, number> = { ongoing: 3, occurred: 2, planned: 1 };
const PRECISION_RANK: Record<Precision, number> = { day: 3, month: 2, year: 1 };

function evidence(doc: string, text: string, span: Span): Evidence {
  return { doc, start: span.start, end: span.end, quote: text.slice(span.start, span.end) };
}

function uniqueEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.doc}:${e.start}:${e.end}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/**
 * Runs the extractor over articles and merges the results.
 * @example extractDataset([{ file: 'a.txt', text: 'Japan and India held talks.' }]).actors.length // -> 2
 */
export function extractDataset(
  articles: ArticleInput[],
  overlay: Overlay = EMPTY_OVERLAY,
  warnings: string[] = [],
): Dataset {
  const reg = new ActorRegistry();
  const texts = new Map<string, string>();
  const drafts: DocumentDrafts[] = [];
  for (const a of articles) {
    const o = overlay.documents.find((d) => d.file === a.file) ?? null;
    const d = extractDocument(a.file, a.text, reg, o);
    texts.set(d.document.id, a.text);
    drafts.push(d);
  }
  const docText = (doc: string) => texts.get(doc) ?? '';

  // Actors: every mention becomes evidence; ids are slugs of names, unique.
  const ids = new Map<string, string>();
  const actors = new Map<string, Actor>();
  for (const d of drafts) {
    for (const m of d.mentions) {
      let actor = actors.get(m.actorKey);
      if (!actor) {
        const draft = reg.get(m.actorKey);
        actor = {
          id: '',
          name: draft.name,
          kind: draft.kind,
          country: draft.country,
          role: draft.role,
          aliases: [],
          mentions: [],
        };
        actors.set(m.actorKey, actor);
      }
      actor.mentions.push(evidence(d.document.id, docText(d.document.id), m));
    }
  }
  const takenIds = new Set<string>();
  for (const [key, actor] of actors) {
    const aliases = [...reg.get(key).aliases];
    if (actor.kind === 'person') actor.name = fullestName(actor.name, aliases);
    actor.aliases = aliases.filter((a) => a !== actor.name).sort();
    let id = slugify(actor.name);
    while (takenIds.has(id)) id = `${id}-${(actor.country ?? 'x').toLowerCase()}`;
    takenIds.add(id);
    ids.set(key, id);
    actor.id = id;
  }

  const relations = new Map<string, Relation>();
  for (const d of drafts) {
    for (const r of d.relations) {
      const [s, t] = [ids.get(r.source), ids.get(r.target)];
      if (!s || !t || s === t) continue;
      const directed = DIRECTED_RELATIONS.has(r.type);
      const [source, target] = directed || s < t ? [s, t] : [t, s];
      const id = `${r.type}-${source}-${target}`;
      const rel = relations.get(id) ?? {
        id,
        source,
        target,
        type: r.type,
        directed,
        domains: [],
        evidence: [],
      };
      rel.domains = [...new Set([...rel.domains, ...r.domains])];
      // Stated once is stated: the list's mark stays only while no sentence gives the link, and
      // the list adds no evidence to an article whose sentences already give it.
      const stated = relations.has(id) && !rel.basis;
      if (r.basis && stated && rel.evidence.some((ev) => ev.doc === d.document.id)) continue;
      if (r.basis && !stated) rel.basis = r.basis;
      else delete rel.basis;
      rel.evidence.push(
        evidence(d.document.id, d.document.id ? docText(d.document.id) : '', r.evidence),
      );
      relations.set(id, rel);
    }
  }

  const events = new Map<string, TielineEvent>();
  for (const d of drafts) {
    for (const e of d.events) {
      const id = slugify(e.key);
      const ev: TielineEvent = events.get(id) ?? {
        id,
        title: '',
        date: null,
        precision: null,
        dateText: null,
        status: e.status,
        kind: e.kind,
        domains: [],
        actors: [],
        analyst: [],
        evidence: [],
      };
      if (e.title && (!ev.title || /^(First|Second|Third|Fourth|Fifth|Sixth) /.test(e.title)))
        ev.title = e.title;
      if (
        e.date &&
        e.precision &&
        (!ev.precision || PRECISION_RANK[e.precision] > PRECISION_RANK[ev.precision])
      ) {
        Object.assign(ev, { date: e.date, precision: e.precision, dateText: e.dateText });
      } else if (
        !ev.date &&
        e.dateText &&
        (!ev.dateText || /^(recent|recently|lately)$/i.test(ev.dateText))
      ) {
        ev.dateText = e.dateText; // "Tuesday" says more than "recent"
      }
      if (STATUS_RANK[e.status] > STATUS_RANK[ev.status]) ev.status = e.status;
      ev.domains = [...new Set([...ev.domains, ...e.domains])];
      ev.actors = [
        ...new Set([
          ...ev.actors,
          ...e.actors.map((a) => ids.get(a)).filter((a): a is string => !!a),
        ]),
      ];
      ev.evidence.push(
        ...e.evidence.map((sp) => evidence(d.document.id, docText(d.document.id), sp)),
      );
      events.set(id, ev);
    }
  }
  // Ids are slugs of titles (readable, used by the overlay); a repeated title gets its date.
  const finalEvents = [...events.values()].filter((e) => e.title !== '');
  const taken = new Set<string>();
  for (const e of finalEvents) {
    let id = slugify(e.title);
    if (taken.has(id)) id = `${id}-${slugify(e.date ?? e.dateText ?? 'undated')}`;
    for (let n = 2; taken.has(id); n++) id = `${slugify(e.title)}-${n}`;
    taken.add(id);
    e.id = id;
  }
  for (const e of finalEvents) e.evidence = uniqueEvidence(e.evidence);
  for (const r of relations.values()) r.evidence = uniqueEvidence(r.evidence);

  for (const o of overlay.events) {
    const ev = finalEvents.find((e) => e.id === o.id);
    if (!ev) {
      warnings.push(`overlay.json: event "${o.id}" matches no extracted event; it was not applied`);
      continue;
    }
    if (o.date) {
      ev.analyst.push({ field: 'date', value: o.date, source: o.source });
      ev.date = o.date;
      ev.precision = o.date.length === 10 ? 'day' : o.date.length === 7 ? 'month' : 'year';
    }
    if (o.status) {
      ev.analyst.push({ field: 'status', value: o.status, source: o.source });
      ev.status = o.status;
    }
  }

  return {
    documents: drafts.map((d) => d.document),
    actors: [...actors.values()],
    relations: [...relations.values()],
    events: finalEvents.sort(compareEvents),
    warnings,
    ...(overlay.title ? { title: overlay.title } : {}),
  };
}

/**
 * A person's display name: the fullest form the articles use ("Subrahmanyam Jaishankar" over
 * "S. Jaishankar"), never a surname alone or a form in capitals.
 */
function fullestName(name: string, aliases: string[]): string {
  const words = (s: string) => s.split(/\s+/).length;
  let best = name;
  for (const a of aliases) {
    if (
      /\p{Lu}{2,}/u.test(a) ||
      words(a) < words(best) ||
      HONORIFICS.has(a.split(/\s+/)[0].replace(/\.$/, '')) ||
      TITLE_FIRST.has(a.split(/\s+/)[0].toLowerCase())
    )
      continue;
    if (a.length > best.length && a.split(/\s+/).pop() === best.split(/\s+/).pop()) best = a;
  }
  return best;
}

/** Dated events in date order, then undated ones; ties by title. */
export function compareEvents(a: TielineEvent, b: TielineEvent): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (!a.date !== !b.date) return a.date ? -1 : 1;
  return a.title.localeCompare(b.title);
}
