/**
 * The dataset schema, checked at runtime with valibot. Types are inferred from it so the
 * schema and the TypeScript types cannot drift apart. docs/DATA.md documents it field by field.
 */
import * as v from 'valibot';
import { ISO_DATE } from './isoDate.ts';
import {
  ACTOR_KINDS,
  DOMAINS,
  EVENT_KINDS,
  EVENT_STATUSES,
  PRECISIONS,
  RELATION_TYPES,
} from './vocabulary.ts';

// The 100x benchmark page checks about 50,000 objects before it draws: the leaves checked
// most often (ids, offsets, evidence) are one check each rather than a pipe of several, which
// roughly halves the check's time; messages still name the field and what it must be.
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const isSlug = (x: unknown): x is string => typeof x === 'string' && SLUG.test(x);
const isOffset = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

const id = v.custom<string>(isSlug, 'ids are lowercase slugs');
const isoDate = v.custom<string>(
  (x) => typeof x === 'string' && ISO_DATE.test(x),
  'dates are ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD',
);

/** A quote and where it is: `quote` is exactly `text.slice(start, end)` of document `doc`. */
export interface Evidence {
  doc: string;
  start: number;
  end: number;
  quote: string;
}

/** What is wrong with a piece of evidence, or null if nothing is. */
function evidenceProblem(e: unknown): string | null {
  if (!e || typeof e !== 'object' || Array.isArray(e))
    return 'evidence must be an object with doc, start, end and quote';
  const { doc, start, end, quote } = e as Record<string, unknown>;
  if (!isSlug(doc)) return 'doc: ids are lowercase slugs';
  if (!isOffset(start)) return 'start must be a whole number from 0';
  if (!isOffset(end)) return 'end must be a whole number from 0';
  if (typeof quote !== 'string' || quote === '') return 'quote must be non-empty text';
  if (end - start !== quote.length) return 'quote length must equal end - start';
  return null;
}

/** Evidence, checked in one step; the output keeps only its four fields. */
export const EvidenceSchema = v.pipe(
  v.custom<Evidence>(
    (e) => evidenceProblem(e) === null,
    (issue) => evidenceProblem(issue.input) ?? 'invalid evidence',
  ),
  v.transform(({ doc, start, end, quote }): Evidence => ({ doc, start, end, quote })),
);

/** A fact supplied by an analyst in seeds/overlay.json rather than read in an article. */
export const AnalystNoteSchema = v.object({
  field: v.string(),
  value: v.string(),
  source: v.pipe(v.string(), v.minLength(1)),
});

export const DocumentSchema = v.object({
  id,
  file: v.string(),
  title: v.string(),
  date: v.nullable(isoDate),
  dateSource: v.nullable(v.picklist(['dateline', 'analyst'])),
  /** How a date the page does not give whole was worked out (a dateline's missing year). */
  dateNote: v.optional(v.string()),
  words: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The article's text as read: what every evidence offset points into. */
  text: v.string(),
  /** Sentence spans of the article text, to show a mention in its sentence. */
  sentences: v.array(v.object({ start: v.number(), end: v.number() })),
  /** Offsets of the page boilerplate the cleaner ignored (menus, comment prompts, footers). */
  boilerplate: v.array(v.object({ start: v.number(), end: v.number() })),
  warnings: v.array(v.string()),
  analyst: v.array(AnalystNoteSchema),
  /** When the article was added in the browser (ISO date-time); absent for the seeds. */
  addedAt: v.optional(v.string()),
});

export const ActorSchema = v.object({
  id,
  name: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(ACTOR_KINDS),
  country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  role: v.nullable(v.string()),
  aliases: v.array(v.string()),
  mentions: v.pipe(v.array(EvidenceSchema), v.minLength(1)),
});

export const RelationSchema = v.object({
  id,
  source: id,
  target: id,
  type: v.picklist(RELATION_TYPES),
  directed: v.boolean(),
  domains: v.array(v.picklist(DOMAINS)),
  evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1)),
  /**
   * Set when no sentence states the relation and it comes from the extractor's reference lists
   * (the dated office-holders, bloc memberships): the evidence then shows where the actors are
   * named, and the interface says the link is from the list.
   */
  basis: v.optional(v.picklist(['reference-list'])),
});

export const EventSchema = v.object({
  id,
  title: v.pipe(v.string(), v.minLength(1)),
  date: v.nullable(isoDate),
  precision: v.nullable(v.picklist(PRECISIONS)),
  dateText: v.nullable(v.string()),
  status: v.picklist(EVENT_STATUSES),
  kind: v.picklist(EVENT_KINDS),
  domains: v.array(v.picklist(DOMAINS)),
  actors: v.array(id),
  analyst: v.array(AnalystNoteSchema),
  evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1)),
});

export const DatasetSchema = v.object({
  documents: v.array(DocumentSchema),
  actors: v.array(ActorSchema),
  relations: v.array(RelationSchema),
  events: v.array(EventSchema),
  /** Problems with input files that were skipped whole (empty, binary, too large, bad overlay). */
  warnings: v.array(v.string()),
  /** The corpus's title when the overlay sets one; otherwise views name its most-mentioned pair. */
  title: v.optional(v.string()),
});

export type AnalystNote = v.InferOutput<typeof AnalystNoteSchema>;
export type TielineDocument = v.InferOutput<typeof DocumentSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
export type TielineEvent = v.InferOutput<typeof EventSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;

/**
 * Checks unknown data against the schema.
 * @example parseDataset(JSON.parse(text)) // -> { ok: true, dataset } or { ok: false, message }
 */
export function parseDataset(
  input: unknown,
): { ok: true; dataset: Dataset } | { ok: false; message: string } {
  // Only the first issue is reported: stop at it.
  const result = v.safeParse(DatasetSchema, input, { abortEarly: true });
  if (result.success) return { ok: true, dataset: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '(root)';
  return { ok: false, message: `invalid dataset at ${path}: ${issue.message}` };
}
