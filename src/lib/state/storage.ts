/**
 * Saved views in localStorage: the one part of the state layer that touches the browser.
 * Storage can be full, disabled, or throw on mere access (SecurityError when cookies are
 * blocked); every failure becomes a notice, never a throw. What cannot be read is set aside
 * under the broken key before anything overwrites it.
 */
import type { Brief } from '../briefing/types.ts';
import { parseSavedViews, serializeSavedViews } from './savedViewsDocument.ts';
import { BROKEN_KEY, SAVED_VIEWS_KEY } from './savedViewsSchema.ts';
import type { SavedView } from './viewState.ts';

/** Why storage failed, in words: full, disabled, or the browser's own message. */
function describeError(error: unknown): string {
  const {
    name = '',
    message = String(error),
    code = 0,
  } = typeof error === 'object' && error !== null
    ? (error as { name?: string; message?: string; code?: number })
    : {};
  if (/quota/i.test(name) || code === 22 || code === 1014)
    return `browser storage is full (${name || 'quota exceeded'})`;
  if (name === 'SecurityError')
    return 'browser storage is disabled (SecurityError), for example by privacy settings';
  return `browser storage failed (${name ? `${name}: ` : ''}${message})`;
}

// Reading `localStorage` itself throws where storage is disabled, so it is looked up lazily.
function resolve(storage: Storage | undefined): Storage {
  const store = storage ?? (globalThis as { localStorage?: Storage }).localStorage;
  if (!store) throw new Error('this environment has no localStorage');
  return store;
}

/**
 * Copies what the key holds to the broken key if it cannot be fully read, then rewrites the key
 * with what could be. Returns the notices of both steps.
 */
function setAsideAndRepair(
  store: Storage,
  raw: string,
  views: SavedView[],
  briefs: Brief[],
): string[] {
  const key = asideKey(store, raw);
  try {
    store.setItem(key, raw);
  } catch (error) {
    return [
      `The unreadable saved views could not be set aside under key ${key} (${describeError(error)}); they are left as they were`,
    ];
  }
  const beside =
    key === BROKEN_KEY
      ? []
      : [
          `An earlier broken copy is already kept under key ${BROKEN_KEY}: this one is kept under key ${key}`,
        ];
  return [...beside, ...writeViews(store, views, briefs)];
}

/**
 * Where to set an unreadable copy aside: the broken key, unless an earlier, different copy is
 * there; then the first of `…:2`, `…:3` that is free or holds this same copy.
 */
function asideKey(store: Storage, raw: string): string {
  for (let n = 1; ; n++) {
    const key = n === 1 ? BROKEN_KEY : `${BROKEN_KEY}:${n}`;
    const held = safeGet(store, key);
    if (held === null || held === raw) return key;
  }
}

function writeViews(
  store: Storage,
  views: readonly SavedView[],
  briefs: readonly Brief[],
): string[] {
  try {
    store.setItem(SAVED_VIEWS_KEY, serializeSavedViews(views, briefs));
    return [];
  } catch (error) {
    return [
      `Saved views could not be saved: ${describeError(error)}. Export them to a file to keep them`,
    ];
  }
}

/**
 * The saved views in storage, with what went wrong reading them.
 * @example loadSavedViews(localStorage) // -> { views: [...], notices: [] }
 */
export function loadSavedViews(storage?: Storage): {
  views: SavedView[];
  briefs: Brief[];
  notices: string[];
} {
  let store: Storage;
  let raw: string | null;
  try {
    store = resolve(storage);
    raw = store.getItem(SAVED_VIEWS_KEY);
  } catch (error) {
    return {
      views: [],
      briefs: [],
      notices: [`Saved views could not be loaded: ${describeError(error)}`],
    };
  }
  const read = parseSavedViews(raw);
  const notices = [...read.notices];
  // Something was recovered or upgraded: store the result so the notice does not repeat.
  if (raw !== null && read.notices.length > 0)
    notices.push(
      ...(read.broken
        ? setAsideAndRepair(store, raw, read.views, read.briefs)
        : writeViews(store, read.views, read.briefs)),
    );
  return { views: read.views, briefs: read.briefs, notices };
}

/**
 * Stores the views, keeping the briefs stored with them. If the key still holds something
 * unreadable (setting it aside failed at load), it is set aside first, and nothing is written
 * if that fails.
 * @example saveSavedViews(views, localStorage) // -> { ok: true, notices: [] }
 */
export const saveSavedViews = (views: readonly SavedView[], storage?: Storage) =>
  saveDocument((stored) => ({ views, briefs: stored.briefs }), storage);

/**
 * Stores the briefs, keeping the saved views stored with them.
 * @example saveBriefs(briefs, localStorage) // -> { ok: true, notices: [] }
 */
export const saveBriefs = (briefs: readonly Brief[], storage?: Storage) =>
  saveDocument((stored) => ({ views: stored.views, briefs }), storage);

type Document = { views: readonly SavedView[]; briefs: readonly Brief[] };

const saveDocument = (next: (stored: Document) => Document, storage?: Storage) => {
  const { ok, notices } = updateSavedViews(next, storage);
  return { ok, notices };
};

/**
 * Read-modify-write: `next` is given what storage holds now (another tab may have written since
 * this one read), and what it returns is stored. Answers with the document as written (or, when
 * writing failed, as it would have been) and what went wrong.
 * @example updateSavedViews((stored) => ({ ...stored, views: [...stored.views, view] }))
 */
export function updateSavedViews(
  next: (stored: Document) => Document,
  storage?: Storage,
): { ok: boolean; notices: string[]; views: SavedView[]; briefs: Brief[] } {
  let store: Storage;
  let raw: string | null;
  try {
    store = resolve(storage);
    raw = store.getItem(SAVED_VIEWS_KEY);
  } catch (error) {
    const doc = next({ views: [], briefs: [] });
    return {
      ok: false,
      notices: [`Saved views could not be saved: ${describeError(error)}`],
      views: [...doc.views],
      briefs: [...doc.briefs],
    };
  }
  const stored = parseSavedViews(raw);
  const aside = raw !== null && stored.broken ? asideKey(store, raw) : null;
  if (raw !== null && aside !== null && safeGet(store, aside) !== raw) {
    try {
      store.setItem(aside, raw);
    } catch (error) {
      return {
        ok: false,
        notices: [
          `Saved views were not saved: the unreadable copy in storage could not be set aside under key ${aside} first (${describeError(error)}). Export your views to a file to keep them`,
        ],
        views: [...stored.views],
        briefs: [...stored.briefs],
      };
    }
  }
  const doc = next(stored);
  const notices = writeViews(store, doc.views, doc.briefs);
  return { ok: notices.length === 0, notices, views: [...doc.views], briefs: [...doc.briefs] };
}

function safeGet(store: Storage, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}
