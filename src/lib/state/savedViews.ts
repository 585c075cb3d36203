/**
 * Saved views as a list the user edits: save the current view under a name (made unique),
 * rename, delete. Pure reducers: each returns the new list and, when a name had to change or
 * the change was refused, a notice. The stored document: savedViewsDocument.ts; files:
 * savedViewsFile.ts.
 */
import { MAX_NAME_LENGTH, chars } from './savedViewsSchema.ts';
import { quote } from './linkText.ts';
import { cloneViewState, type SavedView, type ViewState } from './viewState.ts';

/** The list after a change, and a notice when a name was changed or the change refused. */
export interface ViewsChange {
  ok: boolean;
  views: SavedView[];
  notice: string | null;
}

/**
 * A name not yet taken (ignoring case): "Japan" becomes "Japan (2)", then "Japan (3)".
 * @example uniqueName('Japan', ['japan']) // -> 'Japan (2)'
 */
export function uniqueName(name: string, taken: Iterable<string>): string {
  return uniqueNameIn(name, new Set([...taken].map((n) => n.toLowerCase())));
}

/**
 * The same, with the taken names already lower-cased in a set (a bulk import keeps one).
 * `reached` (kept across calls, with names added to `used` only) remembers the suffix each name
 * got to, so thousands of views with one name take linear time, not a search from " (2)" each.
 * @example uniqueNameIn('Japan', new Set(['japan'])) // -> 'Japan (2)'
 */
export function uniqueNameIn(
  name: string,
  used: ReadonlySet<string>,
  reached?: Map<string, number>,
): string {
  const key = name.toLowerCase();
  for (let n = reached?.get(key) ?? 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = [...name].slice(0, MAX_NAME_LENGTH - suffix.length).join('') + suffix;
    if (!used.has(candidate.toLowerCase())) {
      reached?.set(key, n + 1);
      return candidate;
    }
  }
}

/**
 * An id not yet taken: "v1" becomes "v1-2", then "v1-3". `reached` as for uniqueNameIn.
 * @example uniqueId('v1', new Set(['v1'])) // -> 'v1-2'
 */
export const uniqueId = (id: string, taken: Set<string>, reached?: Map<string, number>) => {
  let n = reached?.get(id) ?? 1;
  let candidate = n === 1 ? id : `${id}-${n}`;
  while (taken.has(candidate)) candidate = `${id}-${++n}`;
  reached?.set(id, n + 1);
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
