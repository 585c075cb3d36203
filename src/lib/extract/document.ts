/**
 * One article through the extractor: clean -> sentences -> mentions -> events and relations.
 */
import type { TielineDocument } from '../model/schema.ts';
import { ActorRegistry, extractMentions } from './actors.ts';
import { cleanText } from './clean.ts';
import { computeFocal, dominantState, type DocContext } from './context.ts';
import { findArticleDate } from './dateline.ts';
import { datelineState } from './datelineState.ts';
import { findYearlessDateline, inferYear, withYear } from './datelineYear.ts';
import { formatPartialDate, parsePartialDate, type PartialDate } from './dates.ts';
import { extractEvents, type EventDraft, type RelationDraft } from './events.ts';
import { documentId } from './ids.ts';
import { extractAffiliations } from './relations.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';
import type { Mention, Span } from './types.ts';

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

/** Words the article writes in lower case: a capitalised one at a sentence's start is common. */
function lowerWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?=\p{Ll})(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]+/gu)) out.add(m[0]);
  return out;
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
  const lines = [...paragraphs, ...boilerplate].sort((a, b) => a.start - b.start);
  const found = findArticleDate(text, lines, boilerplate);
  const dateline = found?.date ?? null;
  let anchor = dateline ?? (overlay ? parsePartialDate(overlay.date) : null);
  let date = dateline ? formatPartialDate(dateline) : (overlay?.date ?? null);
  const filedFrom = datelineState(text, lines);
  const sentences = splitSentences(text, paragraphs);
  const tokens = sentences.map((s) => tokenize(text, s.start, s.end));
  const mentions = extractMentions(
    text,
    sentences,
    reg,
    { date, lowerWords: lowerWords(text), filedFrom },
    tokens,
  );
  const warnings: string[] = [];
  if (mentions.length === 0)
    warnings.push('no recognisable actors (countries, people, forces or places)');
  // "TBILISI, Aug 13 (Reuters) -": a year only when the office-holders named and the lead's
  // weekday allow just one.
  let inferred: { span: Span; date: PartialDate } | null = null;
  let dateNote: string | null = null;
  if (!dateline && !overlay) {
    const yearless = findYearlessDateline(text, lines);
    const fit = yearless ? inferYear(yearless, mentions, reg, text) : null;
    if (yearless && fit) {
      inferred = { span: yearless.span, date: withYear(yearless, fit.year) };
      anchor = inferred.date;
      date = formatPartialDate(inferred.date);
      dateNote = `the dateline "${text.slice(yearless.span.start, yearless.span.end)}" gives no year; ${fit.year} is the only year in which ${fit.why}`;
    }
  }
  const ctx: DocContext = {
    docId,
    text,
    sentences,
    mentions,
    named: new Set(mentions.map((m) => m.actorKey)),
    reg,
    anchor,
    focal: computeFocal(mentions, reg),
    titleParagraph: isHeadline ? 0 : -1,
    dateline: found?.span ?? inferred?.span ?? null,
    filedFrom,
    dominant: dominantState(mentions, reg),
    tokens,
  };
  const words = paragraphs.reduce(
    (n, p) => n + (text.slice(p.start, p.end).match(/\S+/g)?.length ?? 0),
    0,
  );
  const { events, relations } = mentions.length
    ? extractEvents(ctx)
    : { events: [], relations: [] };
  return {
    document: {
      id: docId,
      file,
      title,
      date,
      dateSource: dateline || inferred ? 'dateline' : overlay ? 'analyst' : null,
      ...(dateNote ? { dateNote } : {}),
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
    relations: mentions.length ? [...relations, ...extractAffiliations(ctx)] : [],
    events,
  };
}
