import type { Evidence, TielineDocument } from '../model/schema.ts';
import type { EvidenceView } from './types.ts';

/**
 * The first evidence of a row, with its article's title and file (or the raw doc id if unknown).
 * @example describeEvidence(actor.mentions, docsById) // { quote, articleTitle, articleFile }
 */
export function describeEvidence(
  evidence: readonly Evidence[],
  docsById: ReadonlyMap<string, TielineDocument>,
): EvidenceView | null {
  const first = evidence[0];
  if (!first) return null;
  const doc = docsById.get(first.doc);
  return {
    quote: first.quote,
    articleTitle: doc?.title || doc?.file || first.doc,
    articleFile: doc?.file ?? first.doc,
    evidence: first,
    added: doc?.addedAt !== undefined,
  };
}

/** @example indexById(dataset.documents).get('doc-id') */
export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
