/**
 * What the detail panel shows for an actor, an event or a relation, as plain data: facts, links
 * to related items, and every evidence quote with its article, grouped by article.
 */
import { kindLabel, edgeStyle } from '../encoding/marks.ts';
import { countryNames } from '../filters/describeFilters.ts';
import { formatEventDate } from '../layout/timeline/timelineFormat.ts';
import { linksOf } from '../model/actorLinks.ts';
import type { AnalystNote, Dataset, Evidence } from '../model/schema.ts';
import {
  DOMAIN_LABELS,
  EVENT_KIND_LABELS,
  EVENT_STATUS_LABELS,
  PRECISION_LABELS,
} from '../model/vocabulary.ts';
import type { Selection } from '../state/selection.ts';

export interface EvidenceItem {
  /** The sentence around the evidence, split so the evidence itself can be marked. */
  before: string;
  quote: string;
  after: string;
  article: string;
  file: string;
  /** The evidence, to open the Sources reader at it. */
  evidence: Evidence;
  /** True when its article was added in the browser. */
  added: boolean;
}

export interface LinkItem {
  selection: NonNullable<Selection>;
  text: string;
  note: string;
}

/** The evidence from one article. */
export interface EvidenceGroup {
  article: string;
  file: string;
  added: boolean;
  items: EvidenceItem[];
}

export interface Detail {
  heading: string;
  kind: string;
  facts: [string, string][];
  analyst: AnalystNote[];
  links: { title: string; items: LinkItem[] }[];
  evidence: EvidenceItem[];
  /** The same evidence by article, in the order the articles first appear. */
  groups: EvidenceGroup[];
}

/** Evidence items by article, each article's in text order. */
function groupByArticle(items: EvidenceItem[]): EvidenceGroup[] {
  const groups = new Map<string, EvidenceGroup>();
  for (const item of items) {
    const key = item.evidence.doc;
    if (!groups.has(key))
      groups.set(key, { article: item.article, file: item.file, added: item.added, items: [] });
    groups.get(key)!.items.push(item);
  }
  for (const g of groups.values()) g.items.sort((a, b) => a.evidence.start - b.evidence.start);
  return [...groups.values()];
}

/** The sentence holding a span, by binary search (a scan per quote was quadratic: 8.5 s on a 5 MB article). */
function sentenceAround(
  sentences: readonly { start: number; end: number }[],
  span: { start: number; end: number },
): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sentences[mid];
    if (x.end < span.end) lo = mid + 1;
    else if (x.start > span.start) hi = mid - 1;
    else return x;
  }
  return undefined;
}

function evidenceItems(dataset: Dataset, evidence: Evidence[]): EvidenceItem[] {
  const docs = new Map(dataset.documents.map((d) => [d.id, d]));
  return evidence.map((e) => {
    const doc = docs.get(e.doc);
    const s = (doc && sentenceAround(doc.sentences, e)) ?? e;
    return {
      before: doc ? doc.text.slice(s.start, e.start) : '',
      quote: e.quote,
      after: doc ? doc.text.slice(e.end, s.end) : '',
      article: doc?.title ?? e.doc,
      file: doc?.file ?? e.doc,
      evidence: e,
      added: doc?.addedAt !== undefined,
    };
  });
}

/** A fact saying what comes from articles added in the browser: all of it, or some. */
function fromAdded(dataset: Dataset, evidence: Evidence[]): [string, string][] {
  const added = new Map(dataset.documents.filter((d) => d.addedAt).map((d) => [d.id, d.title]));
  const from = evidence.filter((e) => added.has(e.doc));
  if (from.length === 0) return [];
  const titles = [...new Set(from.map((e) => added.get(e.doc)))].join('; ');
  return [
    [
      'Added article',
      from.length === evidence.length
        ? `new, only in ${titles}`
        : `${from.length} of ${evidence.length} evidence from ${titles}`,
    ],
  ];
}

const when = (date: string | null, dateText: string | null) =>
  date
    ? `${formatEventDate({ date, dateText: null })}${dateText ? ` ("${dateText}")` : ''}`
    : formatEventDate({ date, dateText });

/** The days of the articles a relation's evidence comes from, as "2020 – 2024" or one date. */
function articleDates(dataset: Dataset, evidence: Evidence[]): string {
  const docs = new Map(dataset.documents.map((d) => [d.id, d.date]));
  const days = evidence
    .map((e) => docs.get(e.doc))
    .filter((d): d is string => !!d)
    .sort();
  if (!days.length) return '—';
  const [first, last] = [days[0], days[days.length - 1]].map((d) =>
    formatEventDate({ date: d, dateText: null }),
  );
  return first === last ? first : `${first} – ${last}`;
}

function withGroups(d: Omit<Detail, 'groups'>): Detail {
  return { ...d, groups: groupByArticle(d.evidence) };
}

/**
 * The detail of the selected actor or event, or null if it is not in the dataset.
 * @example buildDetail(dataset, { kind: 'actor', id: 'japan' })?.heading // -> 'Japan'
 */
export function buildDetail(dataset: Dataset, selection: Selection): Detail | null {
  if (!selection) return null;
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  if (selection.kind === 'actor') {
    const a = actors.get(selection.id);
    if (!a) return null;
    const { relations, events } = linksOf(dataset, a.id);
    // The sentence around each mention is the readable evidence; the mention itself is the name.
    return withGroups({
      heading: a.name,
      kind: kindLabel(a.kind),
      facts: [
        ['Kind', kindLabel(a.kind)],
        ...(a.role ? [['Role', a.role] as [string, string]] : []),
        ['Country', a.country ? (countryNames(dataset).get(a.country) ?? a.country) : '—'],
        ...(a.aliases.length ? [['Also called', a.aliases.join(', ')] as [string, string]] : []),
        ['Mentions', String(a.mentions.length)],
        ...fromAdded(dataset, a.mentions),
      ],
      analyst: [],
      links: [
        {
          title: `Relations (${relations.length})`,
          items: relations.map((r) => {
            const other = actors.get(r.source === a.id ? r.target : r.source);
            const arrow = r.directed ? (r.source === a.id ? '→' : '←') : '–';
            return {
              selection: { kind: 'relation', id: r.id },
              text: `${edgeStyle(r.type).label} ${arrow} ${other?.name ?? '?'}`,
              note: `${r.evidence.length} evidence`,
            };
          }),
        },
        {
          title: `Events (${events.length})`,
          items: events.map((e) => ({
            selection: { kind: 'event', id: e.id },
            text: e.title,
            note: when(e.date, e.dateText),
          })),
        },
      ],
      evidence: evidenceItems(dataset, a.mentions),
    });
  }
  if (selection.kind === 'relation') return relationDetail(dataset, selection.id);
  const e = dataset.events.find((x) => x.id === selection.id);
  if (!e) return null;
  return withGroups({
    heading: e.title,
    kind: 'Event',
    facts: [
      ['Date', when(e.date, e.dateText)],
      ['Precision', e.precision ? PRECISION_LABELS[e.precision] : '—'],
      ['Status', EVENT_STATUS_LABELS[e.status]],
      ['Kind', EVENT_KIND_LABELS[e.kind]],
      ['Domains', e.domains.map((d) => DOMAIN_LABELS[d]).join(', ') || '—'],
      ...fromAdded(dataset, e.evidence),
    ],
    analyst: e.analyst,
    links: [
      {
        title: `Actors (${e.actors.length})`,
        items: e.actors.map((id) => ({
          selection: { kind: 'actor', id },
          text: actors.get(id)?.name ?? id,
          note: actors.get(id) ? kindLabel(actors.get(id)!.kind) : '',
        })),
      },
    ],
    evidence: evidenceItems(dataset, e.evidence),
  });
}

/** A relation: its two actors, type, domains, the dates of its articles, every evidence. */
function relationDetail(dataset: Dataset, id: string): Detail | null {
  const r = dataset.relations.find((x) => x.id === id);
  if (!r) return null;
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const [source, target] = [actors.get(r.source), actors.get(r.target)];
  const type = edgeStyle(r.type).label;
  const join = r.directed ? '→' : '–';
  const docs = new Set(r.evidence.map((e) => e.doc));
  return withGroups({
    heading: `${source?.name ?? r.source} ${join} ${target?.name ?? r.target}`,
    kind: `Relation: ${type}`,
    facts: [
      ['Type', type],
      [r.directed ? 'From' : 'Between', source?.name ?? r.source],
      [r.directed ? 'To' : 'And', target?.name ?? r.target],
      ['Domains', r.domains.map((d) => DOMAIN_LABELS[d]).join(', ') || '—'],
      ['Articles dated', articleDates(dataset, r.evidence)],
      [
        'Evidence',
        `${r.evidence.length} in ${docs.size} ${docs.size === 1 ? 'article' : 'articles'}`,
      ],
      ...fromAdded(dataset, r.evidence),
      ...(r.basis === 'reference-list'
        ? ([
            [
              'Stated?',
              'No: from Tieline’s dated reference lists (office-holders, bloc memberships, towns). The quotes show where the articles name them.',
            ],
          ] as [string, string][])
        : []),
    ],
    analyst: [],
    links: [
      {
        title: 'Actors (2)',
        items: [source, target]
          .filter((a) => a !== undefined)
          .map((a) => ({
            selection: { kind: 'actor', id: a.id },
            text: a.name,
            note: kindLabel(a.kind),
          })),
      },
    ],
    evidence: evidenceItems(dataset, r.evidence),
  });
}
