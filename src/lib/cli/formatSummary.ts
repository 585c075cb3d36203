/**
 * The readable summary `npm run extract` prints: per document its counts and warnings, the
 * actors by kind, and the events in date order.
 */
import type { Dataset } from '../model/schema.ts';
import { ACTOR_KINDS } from '../model/vocabulary.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Formats a dataset as plain text for a terminal.
 * @example formatSummary(dataset).split('\n')[0] // -> 'Tieline extraction: 2 documents, ...'
 */
export function formatSummary(dataset: Dataset): string {
  const out: string[] = [];
  const { documents, actors, relations, events, warnings } = dataset;
  out.push(
    `Tieline extraction: ${plural(documents.length, 'document')}, ${plural(actors.length, 'actor')}, ` +
      `${plural(relations.length, 'relation')}, ${plural(events.length, 'event')}`,
  );
  for (const w of warnings) out.push(`  warning: ${w}`);

  out.push('', 'Documents');
  for (const d of documents) {
    const inDoc = (ev: { doc: string }[]) => ev.some((e) => e.doc === d.id);
    const counts = [
      plural(d.words, 'word'),
      plural(actors.filter((a) => inDoc(a.mentions)).length, 'actor'),
      plural(relations.filter((r) => inDoc(r.evidence)).length, 'relation'),
      plural(events.filter((e) => inDoc(e.evidence)).length, 'event'),
    ];
    const date = d.date
      ? `dated ${d.date} (${d.dateSource === 'analyst' ? 'analyst overlay' : 'dateline'})`
      : 'undated';
    out.push(`  ${d.file}  "${d.title}"`, `    ${date}; ${counts.join(', ')}`);
    for (const w of d.warnings) out.push(`    warning: ${w}`);
  }

  out.push('', 'Actors');
  for (const kind of ACTOR_KINDS) {
    const ofKind = actors.filter((a) => a.kind === kind);
    if (ofKind.length === 0) continue;
    out.push(`  ${kind} (${ofKind.length})`);
    for (const a of [...ofKind].sort(
      (x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name),
    )) {
      const extra = [a.country, a.role].filter(Boolean).join(', ');
      out.push(
        `    ${a.name}${extra ? ` [${extra}]` : ''}: ${plural(a.mentions.length, 'mention')}`,
      );
    }
  }

  out.push('', 'Events (date order, undated last)');
  for (const e of events) {
    const when = e.date ? `${e.date} (${e.precision})` : 'undated';
    const analyst = e.analyst.length
      ? '  [analyst-supplied: ' + e.analyst.map((n) => n.field).join(', ') + ']'
      : '';
    const words = e.dateText ? `  "${e.dateText}"` : '';
    out.push(`  ${when.padEnd(18)} ${e.status.padEnd(8)} ${e.title}${words}${analyst}`);
  }
  return out.join('\n');
}
