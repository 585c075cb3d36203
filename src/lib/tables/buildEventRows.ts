import type { Dataset, TielineEvent } from '../model/schema.ts';
import { DOMAIN_LABELS, EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from '../model/vocabulary.ts';
import { describeEvidence, indexById } from './describeEvidence.ts';
import type { AnalystView, EventRow } from './types.ts';

/** Null for facts read in the articles; otherwise what the analyst supplied and on whose word. */
function describeAnalyst(event: TielineEvent): AnalystView | null {
  if (event.analyst.length === 0) return null;
  const sources = [...new Set(event.analyst.map((note) => note.source))];
  const lines = event.analyst.map(
    (note) => `${note.field} = ${note.value} (source: ${note.source})`,
  );
  return { sources: sources.join('; '), lines };
}

/**
 * One display row per event, with actor ids replaced by names.
 * @example buildEventRows(dataset)[0] // { date: '2020-06', precision: 'month', analyst: null, ... }
 */
export function buildEventRows(dataset: Dataset): EventRow[] {
  const docsById = indexById(dataset.documents);
  const actorsById = indexById(dataset.actors);
  return dataset.events.map((event) => ({
    id: event.id,
    date: event.date,
    precision: event.precision,
    dateText: event.dateText,
    title: event.title,
    status: EVENT_STATUS_LABELS[event.status],
    kind: EVENT_KIND_LABELS[event.kind],
    domains: event.domains.map((domain) => DOMAIN_LABELS[domain]).join(', '),
    actorNames: event.actors.map((id) => actorsById.get(id)?.name ?? id).join(', '),
    evidenceCount: event.evidence.length,
    evidence: describeEvidence(event.evidence, docsById),
    analyst: describeAnalyst(event),
  }));
}
