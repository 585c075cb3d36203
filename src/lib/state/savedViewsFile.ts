/**
 * Saved views (and briefs) as a file: exported as pretty JSON that says what it is, imported
 * with every check a file from elsewhere needs (size, binary, JSON, format), then merged into
 * what is saved: views already there are skipped, taken names and ids made unique.
 */
import type { Brief } from '../briefing/types.ts';
import { uniqueId, uniqueNameIn } from './savedViews.ts';
import { runAtOnce, runInSlices } from './inSlices.ts';
import { FILE, isRecord, parseJson, readDocumentSteps } from './savedViewsDocument.ts';
import { FILE_FORMAT, MAX_FILE_BYTES, SAVED_VIEWS_VERSION } from './savedViewsSchema.ts';
import { quote } from './linkText.ts';
import { serializeViewState } from './urlState.ts';
import type { SavedView } from './viewState.ts';

/** The file a user downloads: pretty JSON that says what it is. */
export const exportViewsFile = (views: readonly SavedView[], briefs: readonly Brief[] = []) =>
  `${JSON.stringify({ format: FILE_FORMAT, version: SAVED_VIEWS_VERSION, views, briefs }, null, 2)}\n`;

/** A binary file read as text: NUL bytes, or the PNG, GIF, PDF, ZIP or JPEG signatures. */
const SIGNATURES = ['PNG', 'GIF8', '%PDF', 'PK\u0003\u0004', '\uFFFD\uFFFD'];
const looksBinary = (text: string) =>
  text.includes('\u0000') ||
  SIGNATURES.some((sig) => text.replace(/^[\uFFFD\u0089]/, '').startsWith(sig));

/** What an import gives: the lists to store and what to tell. */
export interface Imported {
  views: SavedView[];
  briefs: Brief[];
  notices: string[];
}

/**
 * Merges the views of an exported file into the list: clashing ids get new ones, taken names
 * get " (2)", views already saved unchanged are skipped.
 * @example importViewsFile(exportViewsFile(mine), []).views.length // -> mine.length
 */
export const importViewsFile = (
  text: string,
  existing: readonly SavedView[],
  now = new Date().toISOString(),
  existingBriefs: readonly Brief[] = [],
): Imported => runAtOnce(importSteps(text, existing, now, existingBriefs));

/**
 * The same in slices, awaiting `pause` between them (the page: a few thousand views must not
 * hold the main thread in one task).
 * @example const result = await importViewsFileInSlices(text, views, briefs, painted)
 */
export const importViewsFileInSlices = (
  text: string,
  existing: readonly SavedView[],
  existingBriefs: readonly Brief[],
  pause: () => Promise<void>,
): Promise<Imported> =>
  runInSlices(importSteps(text, existing, new Date().toISOString(), existingBriefs), pause);

function* importSteps(
  text: string,
  existing: readonly SavedView[],
  now: string,
  existingBriefs: readonly Brief[],
): Generator<void, Imported> {
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

  yield;
  const read = yield* readDocumentSteps(json.value, FILE, now);
  yield;
  const notices = [...read.notices];
  const views = mergeNamed(existing, read.views, viewKey, 'view', notices);
  if (read.total !== null)
    notices.unshift(
      `Imported ${views.added} of the ${read.total} views in the file` +
        (views.skipped ? `; ${views.skipped} were already saved` : ''),
    );
  const briefs = mergeNamed(
    existingBriefs,
    read.briefs,
    (b) => JSON.stringify(b),
    'brief',
    notices,
  );
  if (read.briefs.length)
    notices.push(`Imported ${briefs.added} of the ${read.briefs.length} briefs in the file`);
  return { views: views.items, briefs: briefs.items, notices };
}

/** Renames told one by one up to this many; past it, one summary names the first three. */
const RENAMES_TOLD = 3;

/** One notice per rename, or one for them all. */
function renameNotices(kind: 'view' | 'brief', renames: [string, string][]): string[] {
  if (renames.length <= RENAMES_TOLD)
    return renames.map(
      ([from, to]) => `Imported ${kind} ${quote(from)} was renamed ${quote(to)}: the name is taken`,
    );
  const examples = renames
    .slice(0, RENAMES_TOLD)
    .map(([from, to]) => `${quote(from)} is now ${quote(to)}`)
    .join(', ');
  return [
    `${renames.length} imported ${kind}s were renamed, their names being taken: ${examples} and ${renames.length - RENAMES_TOLD} more`,
  ];
}

/**
 * Adds imported items (views or briefs) to what is saved: ones already saved are skipped, a
 * taken name or id is made unique, and the renames are told (in one notice when there are many).
 * Linear in the items: names, ids and saved items are looked up in sets, not searched, and a
 * name or id many share goes on from the suffix it reached.
 */
function mergeNamed<T extends { id: string; name: string }>(
  existing: readonly T[],
  incoming: readonly T[],
  key: (item: T) => string,
  kind: 'view' | 'brief',
  notices: string[],
): { items: T[]; added: number; skipped: number } {
  const items = [...existing];
  const ids = new Set(existing.map((item) => item.id));
  const names = new Set(existing.map((item) => item.name.toLowerCase()));
  const saved = new Set(existing.map(key));
  const renames: [string, string][] = [];
  const namesReached = new Map<string, number>();
  const idsReached = new Map<string, number>();
  let added = 0;
  let skipped = 0;
  for (const item of incoming) {
    if (saved.has(key(item))) {
      skipped++;
      continue;
    }
    const name = uniqueNameIn(item.name, names, namesReached);
    if (name !== item.name) renames.push([item.name, name]);
    names.add(name.toLowerCase());
    const id = uniqueId(item.id, ids, idsReached);
    ids.add(id);
    items.push({ ...item, id, name });
    added++;
  }
  notices.push(...renameNotices(kind, renames));
  return { items, added, skipped };
}

/** What makes two views the same saved view (id, name, date and state). */
const viewKey = (v: SavedView) =>
  JSON.stringify([v.id, v.name, v.created, serializeViewState(v.state)]);
