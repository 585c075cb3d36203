/**
 * One article through the extractor: clean -> sentences -> mentions -> relations and events.
 */
import type { TielineDocument } from '../model/schema.ts';
import { ActorRegistry, extractMentions } from './actors.ts';
import { cleanText } from './clean.ts';
import { computeFocal, type DocContext } from './context.ts';
import { findDates, parsePartialDate, type PartialDate } from './dates.ts';
import { extractEvents, type EventDraft } from './events.ts';
import { extractRelations, type RelationDraft } from './relations.ts';
import { splitSentences } from './sentences.ts';
import type { Mention, Span } from './types.ts';
import { documentId } from './ids.ts';

export { documentId };

export interface DocumentDrafts {
  document: TielineDocument;
  mentions: Mention[];
  relations: RelationDraft[];
  events: EventDraft[];
}

/** Analyst-supplied facts about the document (its date), from the overlay. */
export interface DocumentOverlay {
  date: string;
  source: string;
}

/** A dateline ("TOKYO, Aug. 20, 2024 -", "Published 20 August 2024") near the start of the text. */
function findDateline(
  text: string,
  paragraphs: { start: number; end: number }[],
): { date: PartialDate; span: Span } | null {
  for (const p of paragraphs.slice(0, 3)) {
    const head = text.slice(p.start, Math.min(p.end, p.start + 80));
    const d = findDates(head, null, false).find((x) => x.precision === 'day' && x.start < 40);
    const date = d?.date ? parsePartialDate(d.date) : null;
    if (d && date) return { date, span: { start: p.start + d.start, end: p.start + d.end } };
  }
  return null;
}

/**
 * Extracts one document, registering its actors in the shared registry.
 * @example extractDocument('a.txt', 'Japan and India held talks.', reg, null).mentions.length // -> 2
 */
export function extractDocument(
  file: string,
  text: string,
  reg: ActorRegistry,
  overlay: DocumentOverlay | null,
): DocumentDrafts {
  const docId = documentId(file);
  const { paragraphs, boilerplate } = cleanText(text);
  const first = paragraphs[0];
  const firstText = first ? text.slice(first.start, first.end) : '';
  const isHeadline =
    first !== undefined && firstText.length < 200 && !/[.!?]["”’]?$/.test(firstText);
  const title = isHeadline ? firstText : file;
  const found = findDateline(text, paragraphs);
  const dateline = found?.date ?? null;
  const anchor = dateline ?? (overlay ? parsePartialDate(overlay.date) : null);
  const sentences = splitSentences(text, paragraphs);
  const mentions = extractMentions(sentences, reg);
  const warnings: string[] = [];
  if (mentions.length === 0)
    warnings.push('no recognisable actors (countries, people, forces or places)');
  const ctx: DocContext = {
    docId,
    text,
    sentences,
    mentions,
    reg,
    anchor,
    focal: computeFocal(mentions, reg),
    titleParagraph: isHeadline ? 0 : -1,
    dateline: found?.span ?? null,
  };
  const words = paragraphs.reduce(
    (n, p) => n + (text.slice(p.start, p.end).match(/\S+/g)?.length ?? 0),
    0,
  );
  return {
    document: {
      id: docId,
      file,
      title,
      date: dateline ? formatDate(dateline) : (overlay?.date ?? null),
      dateSource: dateline ? 'dateline' : overlay ? 'analyst' : null,
      words,
      text,
      sentences: sentences.map(({ start, end }) => ({ start, end })),
      boilerplate,
      warnings,
      analyst:
        !dateline && overlay
          ? [{ field: 'date', value: overlay.date, source: overlay.source }]
          : [],
    },
    mentions,
    relations: mentions.length ? extractRelations(ctx) : [],
    events: mentions.length ? extractEvents(ctx) : [],
  };
}

function formatDate(d: PartialDate): string {
  return [d.year, d.month, d.day]
    .filter((x) => x !== undefined)
    .map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0')))
    .join('-');
}
