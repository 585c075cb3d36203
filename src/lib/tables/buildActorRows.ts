import type { Dataset } from '../model/schema.ts';
import { ACTOR_KIND_LABELS } from '../model/vocabulary.ts';
import { describeEvidence, indexById } from './describeEvidence.ts';
import type { ActorRow } from './types.ts';

// Intl.DisplayNames throws on malformed codes; the schema already guarantees two capitals.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** "India (IN)" for "IN"; the bare code if the runtime does not know it. */
function describeCountry(code: string): string {
  const name = regionNames.of(code);
  return name && name !== code ? `${name} (${code})` : code;
}

/**
 * One display row per actor.
 * @example buildActorRows(dataset)[0] // { name: 'Rajnath Singh', country: 'India (IN)', ... }
 */
export function buildActorRows(dataset: Dataset): ActorRow[] {
  const docsById = indexById(dataset.documents);
  return dataset.actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    kind: ACTOR_KIND_LABELS[actor.kind],
    country: actor.country ? describeCountry(actor.country) : null,
    role: actor.role,
    aliases: actor.aliases.join(', '),
    mentions: actor.mentions.length,
    evidence: describeEvidence(actor.mentions, docsById),
  }));
}
