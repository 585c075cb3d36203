/**
 * Saved views: named snapshots of the view state, kept in localStorage as a versioned document
 * (with the briefs built from them, since version 3) and exchanged as JSON files. Pure; storage.ts reads and writes. Everything read is checked
 * with valibot, whose objects keep only the keys they know (so `__proto__` in a file stays
 * inert); what cannot be read is dropped with a notice naming it, and the rest is kept.
 */
import * as v from 'valibot';
import { BriefSchema } from '../briefing/briefSchema.ts';
import type { Brief } from '../briefing/types.ts';
import {
  BROKEN_KEY,
  FILE_FORMAT,
  MAX_FILE_BYTES,
  MAX_NAME_LENGTH,
  SAVED_VIEWS_VERSION,
  SavedViewSchema,
  V1ViewSchema,
  chars,
} from './savedViewsSchema.ts';
import { quote, serializeViewState } from './urlState.ts';
import { cloneViewState, type SavedView, type ViewState } from './viewState.ts';

export {
  BROKEN_KEY,
  FILE_FORMAT,
  MAX_FILE_BYTES,
  MAX_NAME_LENGTH,
  SAVED_VIEWS_KEY,
  SAVED_VIEWS_VERSION,
  SavedViewSchema,
  ViewStateSchema,
} from './savedViewsSchema.ts';

/** The list after a change, and a notice when a name was changed or the change refused. */
export interface ViewsChange {
  ok: boolean;
  views: SavedView[];
  notice: string | null;
}

/** What a stored document or an imported file yields; `broken` when anything was left behind. */
export interface ViewsRead {
  views: SavedView[];
  briefs: Brief[];
  notices: string[];
  broken: boolean;
}

/**
 * A name not yet taken (ignoring case): "Japan" becomes "Japan (2)", then "Japan (3)".
 * @example uniqueName('Japan', ['japan']) // -> 'Japan (2)'
 */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = [...name].slice(0, MAX_NAME_LENGTH - suffix.length).join('') + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

const uniqueId = (id: string, taken: Set<string>) => {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
};

/** The trimmed name, or why it cannot be used. */
export function checkViewName(
  name: string,
): { ok: true; name: string } | { ok: false; notice: string } {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) return { ok: false, notice: 'A saved view needs a name' };
  if (chars(clean) > MAX_NAME_LENGTH)
    return {
      ok: false,
      notice: `The name ${quote(clean)} is ${chars(clean)} characters long; the limit is ${MAX_NAME_LENGTH}`,
    };
  return { ok: true, name: clean };
}

/**
 * Saves the state under a name (made unique) at the end of the list.
 * @example addView([], 'Space race', state, '2024-05-01T10:00:00.000Z', 'v1').views[0].name // -> 'Space race'
 */
export function addView(
  list: readonly SavedView[],
  name: string,
  state: ViewState,
  now: string,
  id: string,
): ViewsChange {
  const checked = checkViewName(name);
  if (!checked.ok) return { ok: false, views: [...list], notice: checked.notice };
  const unique = uniqueName(
    checked.name,
    list.map((view) => view.name),
  );
  const view: SavedView = {
    id: uniqueId(id, new Set(list.map((x) => x.id))),
    name: unique,
    created: now,
    state: cloneViewState(state),
  };
  return { ok: true, views: [...list, view], notice: renamed(checked.name, unique) };
}

const renamed = (wanted: string, got: string) =>
  wanted === got ? null : `Saved as ${quote(got)}: ${quote(wanted)} is already taken`;

/**
 * Renames one view (the name made unique among the others).
 * @example renameView(views, 'v1', 'Galwan').views // -> [{ id: 'v1', name: 'Galwan', ... }]
 */
export function renameView(list: readonly SavedView[], id: string, name: string): ViewsChange {
  const checked = checkViewName(name);
  if (!checked.ok) return { ok: false, views: [...list], notice: checked.notice };
  if (!list.some((view) => view.id === id))
    return { ok: false, views: [...list], notice: `No saved view has the id ${quote(id)}` };
  const others = list.filter((view) => view.id !== id).map((view) => view.name);
  const unique = uniqueName(checked.name, others);
  const views = list.map((view) => (view.id === id ? { ...view, name: unique } : view));
  return { ok: true, views, notice: renamed(checked.name, unique) };
}

/** @example deleteView(views, 'v1') // -> the views without v1 */
export const deleteView = (list: readonly SavedView[], id: string): SavedView[] =>
  list.filter((view) => view.id !== id);

/** @example serializeSavedViews(views, briefs) // -> '{"version":3,"views":[...],"briefs":[...]}' */
export const serializeSavedViews = (views: readonly SavedView[], briefs: readonly Brief[] = []) =>
  JSON.stringify({ version: SAVED_VIEWS_VERSION, views, briefs });

/** The file a user downloads: pretty JSON that says what it is. */
export const exportViewsFile = (views: readonly SavedView[], briefs: readonly Brief[] = []) =>
  `${JSON.stringify({ format: FILE_FORMAT, version: SAVED_VIEWS_VERSION, views, briefs }, null, 2)}\n`;

type Json = { ok: true; value: unknown } | { ok: false; problem: string };

/** JSON.parse that says where the JSON breaks instead of throwing. */
function parseJson(text: string): Json {
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

const issueText = (issues: v.BaseIssue<unknown>[]) => {
  const issue = issues[0];
  return `${v.getDotPath(issue) ?? 'the view'}: ${issue.message}`;
};

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

interface Wording {
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
const FILE: Wording = {
  whole: 'The imported file',
  one: 'Imported view',
  brief: 'Imported brief',
  lost: 'and nothing was imported',
};

/** Reads a parsed document of any known version, keeping every view that checks. */
function readDocument(
  data: unknown,
  words: Wording,
  now: string,
): ViewsRead & { total: number | null } {
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
  const views: SavedView[] = [];
  const ids = new Set<string>();
  items.forEach((item, index) => {
    const label = isRecord(item) && typeof item.name === 'string' ? ` ${quote(item.name)}` : '';
    const where = `${words.one}${label} (#${index + 1})`;
    const result =
      version === 1 ? v.safeParse(V1ViewSchema, item) : v.safeParse(SavedViewSchema, item);
    if (!result.success) {
      notices.push(`${where} was dropped: ${issueText(result.issues)}`);
      return;
    }
    const view =
      version === 1 ? migrateV1(result.output as V1View, index, now) : (result.output as SavedView);
    const id = uniqueId(view.id, ids);
    if (id !== view.id)
      notices.push(`${where} shared the id ${quote(view.id)} and now has ${quote(id)}`);
    ids.add(id);
    views.push({ ...view, id });
  });
  const briefs = readBriefs(version === SAVED_VIEWS_VERSION ? data.briefs : [], words, notices);
  const dropped = items.length - views.length + briefs.dropped;
  if (version === 1)
    notices.unshift(
      `${words.whole} used format version 1; ${views.length} views were upgraded to version ${SAVED_VIEWS_VERSION}`,
    );
  if (dropped > 0 && words === STORED)
    notices.push(`The saved views as they were are kept under key ${BROKEN_KEY}`);
  return { views, briefs: briefs.briefs, notices, broken: dropped > 0, total: items.length };
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
  const ids = new Set<string>();
  items.forEach((item, index) => {
    const label = isRecord(item) && typeof item.name === 'string' ? ` ${quote(item.name)}` : '';
    const result = v.safeParse(BriefSchema, item);
    if (!result.success) {
      const where = `${words.brief}${label} (#${index + 1})`;
      notices.push(
        `${where} was dropped: ${issueText(result.issues).replace(/^the view/, 'the brief')}`,
      );
      return;
    }
    const id = uniqueId(result.output.id, ids);
    ids.add(id);
    briefs.push({ ...result.output, id });
  });
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

/** A binary file read as text: NUL bytes, or the PNG, GIF, PDF, ZIP or JPEG signatures. */
const SIGNATURES = ['PNG', 'GIF8', '%PDF', 'PK\u0003\u0004', '\uFFFD\uFFFD'];
const looksBinary = (text: string) =>
  text.includes('\u0000') ||
  SIGNATURES.some((sig) => text.replace(/^[\uFFFD\u0089]/, '').startsWith(sig));

/**
 * Merges the views of an exported file into the list: clashing ids get new ones, taken names
 * get " (2)", views already saved unchanged are skipped.
 * @example importViewsFile(exportViewsFile(mine), []).views.length // -> mine.length
 */
export function importViewsFile(
  text: string,
  existing: readonly SavedView[],
  now = new Date().toISOString(),
  existingBriefs: readonly Brief[] = [],
): { views: SavedView[]; briefs: Brief[]; notices: string[] } {
  const refuse = (why: string) => ({
    views: [...existing],
    briefs: [...existingBriefs],
    notices: [`Import failed: ${why}`],
  });
  const bytes = text.length > MAX_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES)
    return refuse(`the file is ${(bytes / MAX_FILE_BYTES).toFixed(1)} MB; the limit is 1 MB`);
  if (looksBinary(text))
    return refuse('the file is not JSON (it looks like an image or other binary file)');
  const json = parseJson(text);
  if (!json.ok) return refuse(`the file is not JSON (${json.problem})`);
  const format = isRecord(json.value) ? json.value.format : undefined;
  if (format !== undefined && format !== FILE_FORMAT)
    return refuse(`the file is not a Tieline saved-views file (format ${quote(String(format))})`);

  const read = readDocument(json.value, FILE, now);
  const notices = [...read.notices];
  const views = mergeNamed(existing, read.views, sameView, 'view', notices);
  if (read.total !== null)
    notices.unshift(
      `Imported ${views.added} of the ${read.total} views in the file` +
        (views.skipped ? `; ${views.skipped} were already saved` : ''),
    );
  const briefs = mergeNamed(
    existingBriefs,
    read.briefs,
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
    'brief',
    notices,
  );
  if (read.briefs.length)
    notices.push(`Imported ${briefs.added} of the ${read.briefs.length} briefs in the file`);
  return { views: views.items, briefs: briefs.items, notices };
}

/**
 * Adds imported items (views or briefs) to what is saved: ones already saved are skipped, a
 * taken name or id is made unique, and each rename is a notice.
 */
function mergeNamed<T extends { id: string; name: string }>(
  existing: readonly T[],
  incoming: readonly T[],
  same: (a: T, b: T) => boolean,
  kind: 'view' | 'brief',
  notices: string[],
): { items: T[]; added: number; skipped: number } {
  const items = [...existing];
  const ids = new Set(existing.map((item) => item.id));
  let added = 0;
  let skipped = 0;
  for (const item of incoming) {
    if (existing.some((old) => same(old, item))) {
      skipped++;
      continue;
    }
    const name = uniqueName(
      item.name,
      items.map((x) => x.name),
    );
    if (name !== item.name)
      notices.push(
        `Imported ${kind} ${quote(item.name)} was renamed ${quote(name)}: the name is taken`,
      );
    const id = uniqueId(item.id, ids);
    ids.add(id);
    items.push({ ...item, id, name });
    added++;
  }
  return { items, added, skipped };
}

const sameView = (a: SavedView, b: SavedView) =>
  a.id === b.id &&
  a.name === b.name &&
  a.created === b.created &&
  serializeViewState(a.state) === serializeViewState(b.state);
