/**
 * The Sources list: per article, how many actors it names and how many relations and events
 * draw evidence from it.
 */
import type { Dataset, TielineDocument } from '../model/schema.ts';

export interface DocumentSummary {
  doc: TielineDocument;
  actors: number;
  relations: number;
  events: number;
}

/**
 * @example summarizeDocuments(dataset)[0].actors // -> 14
 */
export function summarizeDocuments(dataset: Dataset): DocumentSummary[] {
  const count = (lists: { doc: string }[][]) => {
    const per = new Map<string, number>();
    for (const list of lists)
      for (const doc of new Set(list.map((e) => e.doc))) per.set(doc, (per.get(doc) ?? 0) + 1);
    return per;
  };
  const actors = count(dataset.actors.map((a) => a.mentions));
  const relations = count(dataset.relations.map((r) => r.evidence));
  const events = count(dataset.events.map((e) => e.evidence));
  return dataset.documents.map((doc) => ({
    doc,
    actors: actors.get(doc.id) ?? 0,
    relations: relations.get(doc.id) ?? 0,
    events: events.get(doc.id) ?? 0,
  }));
}
