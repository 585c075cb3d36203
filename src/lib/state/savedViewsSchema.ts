/**
 * The saved-views formats, checked with valibot: the current version's view state and view, and
 * version 1 (migrated on read). Version 3 added briefs (their schema: briefing/briefSchema.ts);
 * a version 2 document reads as one with no briefs. valibot objects keep only the keys they know, so `__proto__` and
 * other stray keys in stored data or a file stay inert.
 */
import * as v from 'valibot';
import { ACTOR_KINDS, DOMAINS, EVENT_STATUSES, RELATION_TYPES } from '../model/vocabulary.ts';
import { isIsoDay } from '../model/isoDate.ts';
import { MAX_QUERY_LENGTH, type SavedView, type ViewState } from './viewState.ts';

export const SAVED_VIEWS_KEY = 'tieline:saved-views';
export const BROKEN_KEY = 'tieline:saved-views:broken';
export const SAVED_VIEWS_VERSION = 3;
export const FILE_FORMAT = 'tieline-saved-views';
export const MAX_NAME_LENGTH = 80;
export const MAX_FILE_BYTES = 1024 * 1024;

export const chars = (s: string) => [...s].length;
/** Names are one line, trimmed, at most 80 characters (cut when read from a file). */
const cleanName = (s: string) =>
  [...s.replace(/\s+/g, ' ').trim()].slice(0, MAX_NAME_LENGTH).join('');
const not = (what: string) => (issue: v.BaseIssue<unknown>) => `${issue.received} is not ${what}`;

const Text = v.pipe(v.string(), v.nonEmpty(), v.maxLength(200));
const Day = v.pipe(v.string(), v.check(isIsoDay, 'not a date (YYYY-MM-DD)'));
const Finite = v.pipe(v.number(), v.finite());
const FiltersShape = {
  domains: v.array(v.picklist(DOMAINS, not('a domain'))),
  countries: v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'not a country code'))),
  betweenOnly: v.optional(v.boolean()),
  kinds: v.array(v.picklist(ACTOR_KINDS, not('an actor kind'))),
  relationTypes: v.array(v.picklist(RELATION_TYPES, not('a relation type'))),
  statuses: v.array(v.picklist(EVENT_STATUSES, not('an event status'))),
  period: v.nullable(
    v.pipe(
      v.tuple([Day, Day]),
      v.check(([from, to]) => from <= to, 'the period starts after it ends'),
    ),
  ),
  query: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH)),
};
const SelectionSchema = v.nullable(
  v.variant('kind', [
    v.object({ kind: v.literal('actor'), id: Text }),
    v.object({ kind: v.literal('event'), id: Text }),
    v.object({ kind: v.literal('relation'), id: Text }),
  ]),
);
export const Name = v.pipe(v.string(), v.transform(cleanName), v.nonEmpty('the name is empty'));

export const ViewStateSchema = v.object({
  filters: v.object(FiltersShape),
  selection: SelectionSchema,
  zoom: v.nullable(v.object({ x: Finite, y: Finite, k: v.pipe(Finite, v.gtValue(0)) })),
  tab: v.pipe(v.string(), v.maxLength(100)),
}) satisfies v.GenericSchema<unknown, ViewState>;

export const SavedViewSchema = v.object({
  id: Text,
  name: Name,
  created: v.pipe(v.string(), v.isoTimestamp('not an ISO timestamp')),
  state: ViewStateSchema,
}) satisfies v.GenericSchema<unknown, SavedView>;

/** Version 1 kept only a name, the filters (facets it lacked read as empty) and the selection. */
export const V1ViewSchema = v.object({
  name: Name,
  filters: v.optional(v.partial(v.object(FiltersShape)), {}),
  selection: v.optional(SelectionSchema, null),
});
