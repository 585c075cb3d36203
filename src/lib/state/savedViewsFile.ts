/**
 * Saved views (and briefs) as a file: exported as pretty JSON that says what it is, imported
 * with every check a file from elsewhere needs (size, binary, JSON, format), then merged into
 * what is saved: views already there are skipped, taken names and ids made unique.
 */
import type { Brief } from '../briefing/types.ts';
import { uniqueId, uniqueName } from './savedViews.ts';
import { FILE, isRecord, parseJson, readDocument } from './savedViewsDocument.ts';
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
