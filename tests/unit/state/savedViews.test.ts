import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/lib/filters/types.ts';
import { addView, deleteView, renameView } from '../../../src/lib/state/savedViews.ts';
import { parseSavedViews, serializeSavedViews } from '../../../src/lib/state/savedViewsDocument.ts';
import { exportViewsFile, importViewsFile } from '../../../src/lib/state/savedViewsFile.ts';
import { BROKEN_KEY, SAVED_VIEWS_KEY } from '../../../src/lib/state/savedViewsSchema.ts';
import { loadSavedViews, saveSavedViews } from '../../../src/lib/state/storage.ts';
import {
  EMPTY_VIEW_STATE,
  type SavedView,
  type ViewState,
} from '../../../src/lib/state/viewState.ts';

const NOW = '2024-05-01T10:00:00.000Z';
const LATER = '2024-06-01T10:00:00.000Z';
const STATE: ViewState = {
  filters: {
    ...EMPTY_FILTERS,
    domains: ['space', 'cyber'],
    countries: ['JP'],
    period: ['2018-01-01', '2020-12-31'],
    query: 'galwan',
  },
  selection: { kind: 'actor', id: 'japan' },
  zoom: { x: 10, y: 20, k: 1.5 },
  tab: 'actors',
};
const saved = (id: string, name: string, state: ViewState = STATE): SavedView => ({
  id,
  name,
  created: NOW,
  state,
});
const TWO = [saved('a', 'Space race'), saved('b', 'Quiet', EMPTY_VIEW_STATE)];
const frozen = <T>(x: T): T => structuredClone(x);
const BROKEN_NOTE = `and were reset; the broken copy is kept under key ${BROKEN_KEY}`;

describe('addView', () => {
  it.each([
    { name: 'trims and keeps one line', input: '  Galwan \n valley ', expected: 'Galwan valley' },
    { name: 'a taken name gets (2)', input: 'Quiet', expected: 'Quiet (2)' },
    { name: 'names are taken in any case', input: 'space RACE', expected: 'space RACE (2)' },
    { name: 'a name of exactly 80 characters', input: 'x'.repeat(80), expected: 'x'.repeat(80) },
  ])('$name', ({ input, expected }) => {
    const { ok, views } = addView(TWO, input, STATE, LATER, 'c');
    expect(ok).toBe(true);
    expect(views.at(-1)).toEqual({ id: 'c', name: expected, created: LATER, state: STATE });
  });

  it('counts on: (2) taken gives (3), and says so', () => {
    const list = [...TWO, saved('c', 'Space race (2)')];
    expect(addView(list, 'Space race', STATE, NOW, 'd')).toMatchObject({
      ok: true,
      notice: 'Saved as "Space race (3)": "Space race" is already taken',
    });
  });

  it('cuts a long name to make room for the suffix', () => {
    const long = 'y'.repeat(80);
    const { views } = addView([saved('a', long)], long, STATE, NOW, 'b');
    expect(views[1].name).toBe(`${'y'.repeat(76)} (2)`);
  });

  it.each([
    { name: 'an empty name', input: '   ', notice: 'A saved view needs a name' },
    {
      name: 'a name over 80 characters',
      input: 'z'.repeat(81),
      notice: `The name "${'z'.repeat(40)}…" is 81 characters long; the limit is 80`,
    },
  ])('refuses $name with a notice', ({ input, notice }) => {
    expect(addView(TWO, input, STATE, NOW, 'c')).toEqual({ ok: false, views: TWO, notice });
  });

  it('gives a clashing id a new one', () => {
    expect(addView(TWO, 'New', STATE, NOW, 'a').views[2].id).toBe('a-2');
  });

  it('does not mutate its input, and keeps its own copy of the state', () => {
    const list = frozen(TWO);
    const state = frozen(STATE);
    const { views } = addView(list, 'New', state, NOW, 'c');
    state.filters.domains.push('energy');
    if (state.zoom) state.zoom.k = 3;
    expect(list).toEqual(TWO);
    expect(views[2].state).toEqual(STATE);
  });
});

describe('renameView and deleteView', () => {
  it.each([
    { name: 'renames', id: 'b', input: ' Calm ', expected: 'Calm', notice: null },
    {
      name: 'keeps its own name',
      id: 'a',
      input: 'Space race',
      expected: 'Space race',
      notice: null,
    },
    {
      name: 'makes a taken name unique',
      id: 'b',
      input: 'SPACE RACE',
      expected: 'SPACE RACE (2)',
      notice: 'Saved as "SPACE RACE (2)": "SPACE RACE" is already taken',
    },
  ])('$name', ({ id, input, expected, notice }) => {
    const result = renameView(TWO, id, input);
    expect(result.ok).toBe(true);
    expect(result.notice).toBe(notice);
    expect(result.views.find((view) => view.id === id)?.name).toBe(expected);
    expect(result.views.map((view) => view.id)).toEqual(['a', 'b']);
  });

  it.each([
    { id: 'nope', input: 'X', notice: 'No saved view has the id "nope"' },
    { id: 'a', input: '', notice: 'A saved view needs a name' },
  ])('refuses: $notice', ({ id, input, notice }) => {
    expect(renameView(TWO, id, input)).toEqual({ ok: false, views: TWO, notice });
  });

  it('deletes by id; an unknown id changes nothing', () => {
    expect(deleteView(TWO, 'a')).toEqual([TWO[1]]);
    expect(deleteView(TWO, 'nope')).toEqual(TWO);
  });

  it('do not mutate their input', () => {
    const list = frozen(TWO);
    renameView(list, 'a', 'Other');
    deleteView(list, 'a');
    expect(list).toEqual(TWO);
  });
});

describe('parseSavedViews', () => {
  const doc = (version: unknown, views: unknown[]) => JSON.stringify({ version, views });
  const v1 = {
    name: 'Old space',
    filters: { domains: ['space'], countries: ['JP'] },
    selection: { kind: 'actor', id: 'japan' },
  };
  const migrated = (id: string, name: string, filters = {}, selection = null): SavedView => ({
    id,
    name,
    created: NOW,
    state: { ...EMPTY_VIEW_STATE, filters: { ...EMPTY_FILTERS, ...filters }, selection },
  });

  it.each([
    { name: 'nothing stored', input: null, views: [], notices: [], broken: false },
    { name: 'an empty string', input: '  ', views: [], notices: [], broken: false },
    {
      name: 'the current version',
      input: serializeSavedViews(TWO),
      views: TWO,
      notices: [],
      broken: false,
    },
    {
      name: 'JSON cut short',
      input: '{"version":2,"views":[',
      views: [],
      notices: [
        `Saved views could not be read (broken JSON at the end: it stops short) ${BROKEN_NOTE}`,
      ],
      broken: true,
    },
    {
      name: 'JSON broken in the middle',
      input: '{"version":2,,}',
      views: [],
      notices: [`Saved views could not be read (broken JSON at position 13) ${BROKEN_NOTE}`],
      broken: true,
    },
    {
      name: 'not JSON at all',
      input: 'abc',
      views: [],
      notices: [`Saved views could not be read (broken JSON: Unexpected token 'a') ${BROKEN_NOTE}`],
      broken: true,
    },
    {
      name: 'a newer version',
      input: doc(4, []),
      views: [],
      notices: [
        `Saved views could not be read (format version 4 is from a newer Tieline) ${BROKEN_NOTE}`,
      ],
      broken: true,
    },
    {
      name: 'a version given as a string',
      input: doc('3', []),
      views: [],
      notices: [`Saved views could not be read (unknown format version "3") ${BROKEN_NOTE}`],
      broken: true,
    },
    {
      name: 'a list, not a document',
      input: '[]',
      views: [],
      notices: [`Saved views could not be read (not a saved-views document) ${BROKEN_NOTE}`],
      broken: true,
    },
    {
      name: 'no views list',
      input: '{"version":2}',
      views: [],
      notices: [`Saved views could not be read (no "views" list) ${BROKEN_NOTE}`],
      broken: true,
    },
    {
      name: 'version 1, upgraded',
      input: doc(1, [v1, { name: 'Bare' }]),
      views: [
        migrated('view-1', 'Old space', v1.filters, v1.selection as never),
        migrated('view-2', 'Bare'),
      ],
      notices: ['Saved views used format version 1; 2 views were upgraded to version 3'],
      broken: false,
    },
    {
      name: 'version 1 with a bad view',
      input: doc(1, [v1, { name: 'Bad', filters: { statuses: ['someday'] } }]),
      views: [migrated('view-1', 'Old space', v1.filters, v1.selection as never)],
      notices: [
        'Saved views used format version 1; 1 views were upgraded to version 3',
        'Saved view "Bad" (#2) was dropped: filters.statuses.0: "someday" is not an event status',
        `The saved views as they were are kept under key ${BROKEN_KEY}`,
      ],
      broken: true,
    },
    {
      name: 'some views invalid: the valid ones are kept',
      input: doc(2, [
        TWO[0],
        {
          ...TWO[1],
          name: 'Weather',
          state: { ...STATE, filters: { ...STATE.filters, domains: ['weather'] } },
        },
        42,
        { ...TWO[1], created: 'yesterday' },
        { ...TWO[1], name: '   ' },
        { ...TWO[1], state: { ...STATE, zoom: { x: 0, y: 0, k: -1 } } },
        {
          ...TWO[1],
          state: { ...STATE, filters: { ...STATE.filters, period: ['2020-01-01', '2019-01-01'] } },
        },
        TWO[1],
      ]),
      views: TWO,
      notices: [
        'Saved view "Weather" (#2) was dropped: state.filters.domains.0: "weather" is not a domain',
        'Saved view (#3) was dropped: the view: Invalid type: Expected Object but received 42',
        'Saved view "Quiet" (#4) was dropped: created: not an ISO timestamp',
        'Saved view "   " (#5) was dropped: name: the name is empty',
        'Saved view "Quiet" (#6) was dropped: state.zoom.k: Invalid value: Expected >0 but received -1',
        'Saved view "Quiet" (#7) was dropped: state.filters.period: the period starts after it ends',
        `The saved views as they were are kept under key ${BROKEN_KEY}`,
      ],
      broken: true,
    },
    {
      name: 'a repeated id gets a new one',
      input: doc(2, [TWO[0], { ...TWO[1], id: 'a' }]),
      views: [TWO[0], { ...TWO[1], id: 'a-2' }],
      notices: ['Saved view "Quiet" (#2) shared the id "a" and now has "a-2"'],
      broken: false,
    },
  ])('$name', ({ input, views, notices, broken }) => {
    expect(parseSavedViews(input, NOW)).toEqual({ views, briefs: [], notices, broken });
  });

  it('unknown keys are dropped, long names cut to 80', () => {
    const raw = doc(2, [{ ...TWO[0], name: 'n'.repeat(100), extra: 1, state: { ...STATE, x: 1 } }]);
    expect(parseSavedViews(raw).views).toEqual([{ ...TWO[0], name: 'n'.repeat(80) }]);
  });
});

describe('exportViewsFile and importViewsFile', () => {
  it('exports pretty JSON that says what it is', () => {
    const text = exportViewsFile(TWO);
    expect(text).toContain('\n  "format": "tieline-saved-views",\n  "version": 3,');
    expect(JSON.parse(text).views).toEqual(TWO);
  });

  it('round-trips into an empty list', () => {
    expect(importViewsFile(exportViewsFile(TWO), [], NOW)).toEqual({
      views: TWO,
      briefs: [],
      notices: ['Imported 2 of the 2 views in the file'],
    });
  });

  it('skips views already saved unchanged', () => {
    expect(importViewsFile(exportViewsFile(TWO), TWO, NOW)).toEqual({
      views: TWO,
      briefs: [],
      notices: ['Imported 0 of the 2 views in the file; 2 were already saved'],
    });
  });

  it('gives clashing ids new ones and taken names (2)', () => {
    const theirs = [saved('a', 'Space race', EMPTY_VIEW_STATE)];
    const { views, notices } = importViewsFile(exportViewsFile(theirs), TWO, NOW);
    expect(views).toEqual([...TWO, saved('a-2', 'Space race (2)', EMPTY_VIEW_STATE)]);
    expect(notices).toEqual([
      'Imported 1 of the 1 views in the file',
      'Imported view "Space race" was renamed "Space race (2)": the name is taken',
    ]);
  });

  it('imports a stored document and version 1 too', () => {
    expect(importViewsFile(serializeSavedViews(TWO), []).views).toEqual(TWO);
    const old = importViewsFile('{"version":1,"views":[{"name":"Old"}]}', TWO, NOW);
    expect(old.views.map((view) => [view.id, view.name])).toEqual([
      ['a', 'Space race'],
      ['b', 'Quiet'],
      ['view-1', 'Old'],
    ]);
    expect(old.notices).toEqual([
      'Imported 1 of the 1 views in the file',
      'The imported file used format version 1; 1 views were upgraded to version 3',
    ]);
  });

  it('keeps the valid views of a partly broken file', () => {
    const text = JSON.stringify({
      format: 'tieline-saved-views',
      version: 2,
      views: [TWO[0], { name: 'Half' }],
    });
    expect(importViewsFile(text, [], NOW)).toEqual({
      views: [TWO[0]],
      briefs: [],
      notices: [
        'Imported 1 of the 2 views in the file',
        'Imported view "Half" (#2) was dropped: id: Invalid key: Expected "id" but received undefined',
      ],
    });
  });

  const PNG = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR';
  it.each([
    {
      name: 'a file over 1 MB',
      input: `{"views":[],"pad":"${'x'.repeat(1024 * 1024)}"}`,
      notice: 'Import failed: the file is 1.0 MB; the limit is 1 MB',
    },
    {
      name: 'a PNG read as text',
      input: PNG,
      notice: 'Import failed: the file is not JSON (it looks like an image or other binary file)',
    },
    {
      name: 'a PNG decoded as UTF-8',
      input: '\uFFFDPNG\r\n\u001a\n',
      notice: 'Import failed: the file is not JSON (it looks like an image or other binary file)',
    },
    {
      name: 'plain text',
      input: 'my views',
      notice: "Import failed: the file is not JSON (broken JSON: Unexpected token 'm')",
    },
    {
      name: 'another format',
      input: '{"format":"gephi","version":2,"views":[]}',
      notice: 'Import failed: the file is not a Tieline saved-views file (format "gephi")',
    },
    {
      name: 'a newer version',
      input: '{"format":"tieline-saved-views","version":9,"views":[]}',
      notice:
        'The imported file could not be read (format version 9 is from a newer Tieline) and nothing was imported',
    },
    {
      name: 'a constructor.prototype payload',
      input: '{"constructor": {"prototype": {"polluted": true}}}',
      notice: 'The imported file could not be read (no format version) and nothing was imported',
    },
  ])('refuses $name with a notice, keeping the list', ({ input, notice }) => {
    const existing = frozen(TWO);
    expect(importViewsFile(input, existing, NOW)).toEqual({
      views: TWO,
      briefs: [],
      notices: [notice],
    });
    expect(existing).toEqual(TWO);
  });

  it('does not mutate the existing list', () => {
    const existing = frozen(TWO);
    importViewsFile(exportViewsFile([saved('a', 'Space race', EMPTY_VIEW_STATE)]), existing, NOW);
    expect(existing).toEqual(TWO);
  });

  describe('no prototype pollution', () => {
    const payload = (view: object) =>
      `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},
        "format": "tieline-saved-views", "version": 2, "views": [${JSON.stringify(view)}]}`;
    const nasty = JSON.parse(
      JSON.stringify(TWO[0])
        .replace(
          '{',
          '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
        )
        .replace('"filters":{', '"filters":{"__proto__":{"polluted":true},'),
    );

    it.each([
      { name: 'in the document', input: payload(TWO[0]) },
      { name: 'in a view and its filters', input: payload(nasty) },
      { name: 'as the whole file', input: '{"__proto__": {"polluted": true}}' },
    ])('$name', ({ input }) => {
      const { views } = importViewsFile(input, []);
      const stored = parseSavedViews(input.replace(/"format": "tieline-saved-views", /, ''));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      for (const value of [views, stored.views]) expectPlain(value);
      if (views.length) expect(views).toEqual([TWO[0]]);
    });
  });
});

/** Every object is a plain object or array with no `__proto__`, `constructor` or `polluted` key. */
function expectPlain(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const proto = Object.getPrototypeOf(value);
  expect(proto === Object.prototype || proto === Array.prototype).toBe(true);
  for (const key of ['__proto__', 'constructor', 'polluted'])
    expect(Object.prototype.hasOwnProperty.call(value, key)).toBe(false);
  expect((value as Record<string, unknown>).polluted).toBeUndefined();
  Object.values(value).forEach(expectPlain);
}

/** An in-memory Storage that can be told to fail like a browser's. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  failGet: DOMException | null = null;
  failSet: DOMException | null = null;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    if (this.failGet) throw this.failGet;
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failSet) throw this.failSet;
    this.items.set(key, String(value));
  }
}

const QUOTA = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const SECURITY = new DOMException('The operation is insecure.', 'SecurityError');

describe('loadSavedViews and saveSavedViews', () => {
  it('round-trip through storage under tieline:saved-views', () => {
    const storage = new MemoryStorage();
    expect(saveSavedViews(TWO, storage)).toEqual({ ok: true, notices: [] });
    expect(storage.getItem(SAVED_VIEWS_KEY)).toBe(serializeSavedViews(TWO));
    expect(loadSavedViews(storage)).toEqual({ views: TWO, briefs: [], notices: [] });
  });

  it('empty storage gives no views and no notice', () => {
    expect(loadSavedViews(new MemoryStorage())).toEqual({ views: [], briefs: [], notices: [] });
  });

  it('sets broken JSON aside before resetting the key', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVED_VIEWS_KEY, '{"version":2,"views":[');
    const { views, notices } = loadSavedViews(storage);
    expect(views).toEqual([]);
    expect(notices).toEqual([
      `Saved views could not be read (broken JSON at the end: it stops short) ${BROKEN_NOTE}`,
    ]);
    expect(storage.getItem(BROKEN_KEY)).toBe('{"version":2,"views":[');
    expect(storage.getItem(SAVED_VIEWS_KEY)).toBe('{"version":3,"views":[],"briefs":[]}');
  });

  it('a second broken copy is set aside beside the first, never over it', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVED_VIEWS_KEY, '{"first":');
    loadSavedViews(storage);
    storage.setItem(SAVED_VIEWS_KEY, '{"second":');
    const { notices } = loadSavedViews(storage);
    expect(storage.getItem(BROKEN_KEY)).toBe('{"first":');
    expect(storage.getItem(`${BROKEN_KEY}:2`)).toBe('{"second":');
    expect(notices).toContain(
      `An earlier broken copy is already kept under key ${BROKEN_KEY}: this one is kept under key ${BROKEN_KEY}:2`,
    );
  });

  it('keeps the readable views of a partly broken document, and the original aside', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ version: 2, views: [TWO[0], { name: 'Bad' }] });
    storage.setItem(SAVED_VIEWS_KEY, raw);
    expect(loadSavedViews(storage).views).toEqual([TWO[0]]);
    expect(storage.getItem(BROKEN_KEY)).toBe(raw);
    expect(parseSavedViews(storage.getItem(SAVED_VIEWS_KEY)).views).toEqual([TWO[0]]);
  });

  it('upgrades version 1 in place', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVED_VIEWS_KEY, '{"version":1,"views":[{"name":"Old"}]}');
    expect(loadSavedViews(storage).notices).toEqual([
      'Saved views used format version 1; 1 views were upgraded to version 3',
    ]);
    expect(storage.getItem(BROKEN_KEY)).toBeNull();
    expect(loadSavedViews(storage)).toMatchObject({ notices: [], views: [{ name: 'Old' }] });
  });

  it('a disabled storage is a notice, not a throw', () => {
    const storage = new MemoryStorage();
    storage.failGet = SECURITY;
    const disabled = 'browser storage is disabled (SecurityError), for example by privacy settings';
    expect(loadSavedViews(storage)).toEqual({
      views: [],
      briefs: [],
      notices: [`Saved views could not be loaded: ${disabled}`],
    });
    expect(saveSavedViews(TWO, storage)).toEqual({
      ok: false,
      notices: [`Saved views could not be saved: ${disabled}`],
    });
  });

  it('a full storage is a notice, not a throw', () => {
    const storage = new MemoryStorage();
    storage.failSet = QUOTA;
    expect(saveSavedViews(TWO, storage)).toEqual({
      ok: false,
      notices: [
        'Saved views could not be saved: browser storage is full (QuotaExceededError). Export them to a file to keep them',
      ],
    });
  });

  it('leaves unreadable data in place when it cannot be set aside, and will not overwrite it', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVED_VIEWS_KEY, 'garbage');
    storage.failSet = QUOTA;
    expect(loadSavedViews(storage).notices).toEqual([
      `Saved views could not be read (broken JSON: Unexpected token 'g') ${BROKEN_NOTE}`,
      `The unreadable saved views could not be set aside under key ${BROKEN_KEY} (browser storage is full (QuotaExceededError)); they are left as they were`,
    ]);
    expect(storage.getItem(SAVED_VIEWS_KEY)).toBe('garbage');
    expect(saveSavedViews(TWO, storage)).toMatchObject({ ok: false });
    expect(storage.getItem(SAVED_VIEWS_KEY)).toBe('garbage');

    storage.failSet = null;
    expect(saveSavedViews(TWO, storage)).toEqual({ ok: true, notices: [] });
    expect(storage.getItem(BROKEN_KEY)).toBe('garbage');
    expect(loadSavedViews(storage).views).toEqual(TWO);
  });
});
