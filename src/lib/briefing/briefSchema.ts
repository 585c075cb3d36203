/**
 * The stored and exported form of a brief, checked with valibot like the saved views it is kept
 * with (format version 3). Objects keep only the keys they know, so `__proto__` and other stray
 * keys in a file stay inert.
 */
import * as v from 'valibot';
import { Name, ViewStateSchema } from '../state/savedViewsSchema.ts';
import type { Brief } from './types.ts';

export const MAX_STEPS = 200;
export const MAX_NOTES_LENGTH = 4000;
export const MAX_TITLE_LENGTH = 200;

const Id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(200));
const EventId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'not an event id'));
const Title = v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH));
const Notes = v.pipe(v.string(), v.maxLength(MAX_NOTES_LENGTH));

export const BriefStepSchema = v.variant('kind', [
  v.object({ kind: v.literal('event'), event: EventId, title: Title, notes: Notes }),
  v.object({
    kind: v.literal('view'),
    name: Name,
    state: ViewStateSchema,
    title: Title,
    notes: Notes,
  }),
]);

export const BriefSchema = v.object({
  id: Id,
  name: Name,
  created: v.pipe(v.string(), v.isoTimestamp('not an ISO timestamp')),
  steps: v.pipe(v.array(BriefStepSchema), v.maxLength(MAX_STEPS)),
}) satisfies v.GenericSchema<unknown, Brief>;
