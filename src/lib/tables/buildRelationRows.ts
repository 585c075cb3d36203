import type { Dataset } from '../model/schema.ts';
import { DOMAIN_LABELS, RELATION_TYPE_LABELS } from '../model/vocabulary.ts';
import { describeEvidence, indexById } from './describeEvidence.ts';
import type { RelationRow } from './types.ts';

/**
 * One display row per relation, with actor ids replaced by names.
 * @example buildRelationRows(dataset)[0] // { sourceName: 'Japan', type: 'Cooperation', ... }
 */
export function buildRelationRows(dataset: Dataset): RelationRow[] {
  const docsById = indexById(dataset.documents);
  const actorsById = indexById(dataset.actors);
  const nameOf = (id: string) => actorsById.get(id)?.name ?? id;
  return dataset.relations.map((relation) => ({
    id: relation.id,
    sourceName: nameOf(relation.source),
    type: RELATION_TYPE_LABELS[relation.type],
    targetName: nameOf(relation.target),
    domains: relation.domains.map((domain) => DOMAIN_LABELS[domain]).join(', '),
    evidenceCount: relation.evidence.length,
    evidence: describeEvidence(relation.evidence, docsById),
  }));
}
