/**
 * The saved views as kept in localStorage: a versioned document (`{version: 3, views, briefs}`;
 * version 2 reads as one with no briefs, version 1 is migrated) written and read back. Reading
 * never throws: each view and brief is checked with valibot alone, what cannot be read is
 * dropped with a notice naming it, and the rest is kept. storage.ts does the reading and writing.
 */
import * as v from 'valibot';
import { BriefSchema } from '../briefing/briefSchema.ts';
import type { Brief } from '../briefing/types.ts';
import { runAtOnce } from './inSlices.ts';
import { uniqueId } from './savedViews.ts';
import {
  BROKEN_KEY,
  SAVED_VIEWS_VERSION,
  SavedViewSchema,
  V1ViewSchema,
} from './savedViewsSchema.ts';
import { quote } from './linkText.ts';
import type { SavedView } from './viewState.ts';

/** What a stored document or an imported file yields; `broken` when anything was left behind. */
export interface ViewsRead {
  views: SavedView[];
  briefs: Brief[];
  notices: string[];
  broken: boolean;
}

/** @example serializeSavedViews(views, briefs) // -> '{"version":3,"views":[...],"briefs":[...]}' */
export const serializeSavedViews = (views: readonly SavedView[], briefs: readonly Brief[] = []) =>
  JSON.stringify({ version: SAVED_VIEWS_VERSION, views, briefs });

type Json = { ok: true; value: unknown } | { ok: false; problem: string };

/** JSON.parse that says where the JSON breaks instead of throwing. */
export function parseJson(text: string): Json {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    if (position) return { ok: false, problem: `broken JSON at position ${position[1]}` };
    if (/end of (JSON )?input/i.test(message))
      return { ok: false, problem: 'broken JSON at the end: it stops short' };
    // V8 quotes the whole input after the first clause; keep the clause.
    return { ok: false, problem: `broken JSON: ${message.split(/, "/)[0].slice(0, 80)}` };
  }
}

export const issueText = (issues: v.BaseIssue<unknown>[]) => {
  const issue = issues[0];
  return `${v.getDotPath(issue) ?? 'the view'}: ${issue.message}`;
};

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export interface Wording {
  /** "Saved views" or "The imported file". */
  whole: string;
  /** "Saved view" or "Imported view". */
  one: string;
  /** "Saved brief" or "Imported brief". */
  brief: string;
  /** What happens to a document that cannot be read at all. */
  lost: string;
}

const STORED: Wording = {
  whole: 'Saved views',
  one: 'Saved view',
  brief: 'Saved brief',
  lost: `and were reset; the broken copy is kept under key ${BROKEN_KEY}`,
};
export const FILE: Wording = {
  whole: 'The imported file',
  one: 'Imported view',
  brief: 'Imported brief',
  lost: 'and nothing was imported',
};

/** Notices about single items told one by one up to this many; past it, one line counts the rest. */
const ONE_BY_ONE = 10;

/** The first notices of a kind, then how many more there were (a file of 4,700 bad views). */
function tellSome(notices: string[], told: readonly string[], rest: (more: number) => string) {
  notices.push(...told.slice(0, ONE_BY_ONE));
  if (told.length > ONE_BY_ONE) notices.push(rest(told.length - ONE_BY_ONE));
}

/** How many views are checked between pauses when a document is read in slices. */
export const VIEWS_PER_SLICE = 500;

/** Reads a parsed document of any known version, keeping every view that checks. */
export const readDocument = (data: unknown, words: Wording, now: string) =>
  runAtOnce(readDocumentSteps(data, words, now));

/**
 * The same, yielding after every VIEWS_PER_SLICE views (a bulk import reads in slices:
 * inSlices.ts).
 */
export function* readDocumentSteps(
  data: unknown,
  words: Wording,
  now: string,
): Generator<void, ViewsRead & { total: number | null }> {
  const fail = (why: string) => ({
    views: [],
    briefs: [],
    notices: [`${words.whole} could not be read (${why}) ${words.lost}`],
    broken: true,
    total: null,
  });
  if (!isRecord(data)) return fail('not a saved-views document');
  const { version, views: items } = data;
  if (typeof version === 'number' && version > SAVED_VIEWS_VERSION)
    return fail(`format version ${version} is from a newer Tieline`);
  if (version !== 1 && version !== 2 && version !== SAVED_VIEWS_VERSION)
    return fail(
      version === undefined
        ? 'no format version'
        : `unknown format version ${JSON.stringify(version).slice(0, 40)}`,
    );
  if (!Array.isArray(items)) return fail('no "views" list');

  const notices: string[] = [];
  const dropped: string[] = [];
  const renumbered: string[] = [];
  const views: SavedView[] = [];
  const ids = new Set<string>();
  const reached = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    if (index > 0 && index % VIEWS_PER_SLICE === 0) yield;
    const label = isRecord(item) && typeof item.name === 'string' ? ` ${quote(item.name)}` : '';
    const where = `${words.one}${label} (#${index + 1})`;
    const result =
      version === 1 ? v.safeParse(V1ViewSchema, item) : v.safeParse(SavedViewSchema, item);
    if (!result.success) {
      dropped.push(`${where} was dropped: ${issueText(result.issues)}`);
      continue;
    }
    const view =
      version === 1 ? migrateV1(result.output as V1View, index, now) : (result.output as SavedView);
    const id = uniqueId(view.id, ids, reached);
    if (id !== view.id)
      renumbered.push(`${where} shared the id ${quote(view.id)} and now has ${quote(id)}`);
    ids.add(id);
    views.push({ ...view, id });
  }
  const many = `${words.one.toLowerCase()}s`;
  tellSome(notices, dropped, (n) => `…and ${n} more ${many} could not be read and were dropped`);
  tellSome(
    notices,
    renumbered,
    (n) => `…and ${n} more ${many} shared an id and were given new ones`,
  );
  const briefs = readBriefs(version === SAVED_VIEWS_VERSION ? data.briefs : [], words, notices);
  const lost = items.length - views.length + briefs.dropped;
  if (version === 1)
    notices.unshift(
      `${words.whole} used format version 1; ${views.length} views were upgraded to version ${SAVED_VIEWS_VERSION}`,
    );
  if (lost > 0 && words === STORED)
    notices.push(`The saved views as they were are kept under key ${BROKEN_KEY}`);
  return { views, briefs: briefs.briefs, notices, broken: lost > 0, total: items.length };
}

/** Version 3's briefs (version 2 had none: it reads as an empty list), each checked alone. */
function readBriefs(
  items: unknown,
  words: Wording,
  notices: string[],
): { briefs: Brief[]; dropped: number } {
  if (items === undefined) return { briefs: [], dropped: 0 };
  if (!Array.isArray(items)) {
    notices.push(`${words.whole}: "briefs" is not a list; no brief was read`);
    return { briefs: [], dropped: 1 };
  }
  const briefs: Brief[] = [];
  const dropped: string[] = [];
  const ids = new Set<string>();
  const reached = new Map<string, number>();
  items.forEach((item, index) => {
    const label = isRecord(item) && typeof item.name === 'string' ? ` ${quote(item.name)}` : '';
    const result = v.safeParse(BriefSchema, item);
    if (!result.success) {
      const where = `${words.brief}${label} (#${index + 1})`;
      dropped.push(
        `${where} was dropped: ${issueText(result.issues).replace(/^the view/, 'the brief')}`,
      );
      return;
    }
    const id = uniqueId(result.output.id, ids, reached);
    ids.add(id);
    briefs.push({ ...result.output, id });
  });
  const many = `${words.brief.toLowerCase()}s`;
  tellSome(notices, dropped, (n) => `…and ${n} more ${many} could not be read and were dropped`);
  return { briefs, dropped: items.length - briefs.length };
}

type V1View = v.InferOutput<typeof V1ViewSchema>;

function migrateV1(old: V1View, index: number, now: string): SavedView {
  const f = old.filters;
  return {
    id: `view-${index + 1}`,
    name: old.name,
    created: now,
    state: {
      filters: {
        domains: f.domains ?? [],
        countries: f.countries ?? [],
        kinds: f.kinds ?? [],
        relationTypes: f.relationTypes ?? [],
        statuses: f.statuses ?? [],
        period: f.period ?? null,
        query: f.query ?? '',
      },
      selection: old.selection,
      zoom: null,
      tab: '',
    },
  };
}

/**
 * Reads what localStorage holds, recovering what it can.
 * @example parseSavedViews('{"version":2,"views":[]}') // -> { views: [], notices: [], broken: false }
 */
export function parseSavedViews(raw: string | null, now = new Date().toISOString()): ViewsRead {
  if (raw === null || raw.trim() === '')
    return { views: [], briefs: [], notices: [], broken: false };
  const json = parseJson(raw);
  if (!json.ok)
    return {
      views: [],
      briefs: [],
      notices: [`Saved views could not be read (${json.problem}) ${STORED.lost}`],
      broken: true,
    };
  const { total: _total, ...read } = readDocument(json.value, STORED, now);
  return read;
}
