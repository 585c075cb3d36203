/**
 * The data behind a view as CSV: one file per table (actors, relations, events), each row with
 * its evidence and the article it comes from, so a reader of a report can check every fact.
 */
import { csvFormatRows } from 'd3';
import type { Dataset, Evidence } from '../model/schema.ts';
import { DOMAIN_LABELS } from '../model/vocabulary.ts';
import { indexById } from '../tables/describeEvidence.ts';

export type CsvTable = 'actors' | 'relations' | 'events';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR) as a formula; a quote in front
 * keeps it text. Negative numbers are not at risk: every number here is written as a number.
 */
function safeCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  // A NUL, and the full-width signs some spreadsheets read as their ASCII forms, lead too.
  return typeof value === 'string' && /^[=+\-@\t\r\0\uff1d\uff0b\uff0d\uff20]/.test(text)
    ? `'${text}`
    : text;
}

function evidenceColumns(dataset: Dataset, evidence: readonly Evidence[], sentence: boolean) {
  const docs = indexById(dataset.documents);
  const first = evidence[0];
  const doc = first ? docs.get(first.doc) : undefined;
  if (!first) return ['', '', ''];
  // An actor's mention is its name; the sentence around it is the readable evidence.
  const span =
    sentence && doc
      ? (doc.sentences.find((s) => s.start <= first.start && first.end <= s.end) ?? first)
      : first;
  const quote = doc
    ? doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()
    : first.quote;
  return [quote || first.quote, doc?.title || first.doc, doc?.file ?? first.doc];
}

/**
 * Every evidence sentence, one line each, as `sentence [article_file]`, in the order stored (the
 * first line is the one in the evidence column): the full list in one cell, so each row stays one fact.
 */
function allEvidence(dataset: Dataset, evidence: readonly Evidence[], sentence: boolean): string {
  const docs = indexById(dataset.documents);
  return evidence
    .map((e) => {
      const doc = docs.get(e.doc);
      const span =
        sentence && doc
          ? (doc.sentences.find((s) => s.start <= e.start && e.end <= s.end) ?? e)
          : e;
      const text = doc ? doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : e.quote;
      return `${text || e.quote} [${doc?.file ?? e.doc}]`;
    })
    .join('\n');
}

/**
 * @example datasetToCsv(subset, 'events').split('\n')[0]
 * // -> 'id,date,precision,date_text,title,status,kind,domains,actors,analyst_source,evidence,article_title,article_file,evidence_count,all_evidence'
 */
export function datasetToCsv(dataset: Dataset, table: CsvTable): string {
  const actors = indexById(dataset.actors);
  const name = (id: string) => actors.get(id)?.name ?? id;
  const domains = (ds: readonly (keyof typeof DOMAIN_LABELS)[]) =>
    ds.map((d) => DOMAIN_LABELS[d]).join('; ');
  const evidence = ['evidence', 'article_title', 'article_file', 'evidence_count', 'all_evidence'];
  const evidenceOf = (list: readonly Evidence[], sentence: boolean) => [
    ...evidenceColumns(dataset, list, sentence),
    list.length,
    allEvidence(dataset, list, sentence),
  ];
  let rows: (string | number | boolean | null)[][];
  if (table === 'actors') {
    rows = [
      ['id', 'name', 'kind', 'country', 'role', 'mentions', ...evidence],
      ...dataset.actors.map((a) => [
        a.id,
        a.name,
        a.kind,
        a.country,
        a.role,
        a.mentions.length,
        ...evidenceOf(a.mentions, true),
      ]),
    ];
  } else if (table === 'relations') {
    rows = [
      ['id', 'source', 'type', 'target', 'directed', 'domains', ...evidence],
      ...dataset.relations.map((r) => [
        r.id,
        name(r.source),
        r.type,
        name(r.target),
        r.directed,
        domains(r.domains),
        ...evidenceOf(r.evidence, false),
      ]),
    ];
  } else {
    rows = [
      [
        'id',
        'date',
        'precision',
        'date_text',
        'title',
        'status',
        'kind',
        'domains',
        'actors',
        'analyst_source',
        ...evidence,
      ],
      ...dataset.events.map((e) => [
        e.id,
        e.date,
        e.precision,
        e.dateText,
        e.title,
        e.status,
        e.kind,
        domains(e.domains),
        e.actors.map(name).join('; '),
        [...new Set(e.analyst.map((n) => n.source))].join('; ') || null,
        ...evidenceOf(e.evidence, false),
      ]),
    ];
  }
  // The byte-order mark tells Excel the file is UTF-8 (en dashes, accents).
  return '\ufeff' + csvFormatRows(rows.map((row) => row.map(safeCell))) + '\n';
}
