import { describe, expect, it } from 'vitest';
import {
  addStep,
  createBrief,
  deleteBrief,
  editStep,
  eventStep,
  moveStep,
  removeStep,
  renameBrief,
} from '../../../src/lib/briefing/briefs.ts';
import type { Brief } from '../../../src/lib/briefing/types.ts';
import { parseSavedViews, serializeSavedViews } from '../../../src/lib/state/savedViewsDocument.ts';
import { exportViewsFile, importViewsFile } from '../../../src/lib/state/savedViewsFile.ts';
import { SAVED_VIEWS_KEY } from '../../../src/lib/state/savedViewsSchema.ts';
import { loadSavedViews, saveBriefs, saveSavedViews } from '../../../src/lib/state/storage.ts';
import { EMPTY_VIEW_STATE } from '../../../src/lib/state/viewState.ts';

const NOW = '2024-05-01T10:00:00.000Z';
const BRIEF: Brief = {
  id: 'b1',
  name: 'Border',
  created: NOW,
  steps: [eventStep('a'), eventStep('b'), eventStep('c')],
};
const ids = (b: Brief) => b.steps.map((s) => (s.kind === 'event' ? s.event : s.name));

describe('editing a brief', () => {
  it.each([
    { name: 'move down', run: (b: Brief) => moveStep(b, 0, 1), expected: ['b', 'a', 'c'] },
    { name: 'move up', run: (b: Brief) => moveStep(b, 2, -1), expected: ['a', 'c', 'b'] },
    {
      name: 'move past the end stays',
      run: (b: Brief) => moveStep(b, 2, 1),
      expected: ['a', 'b', 'c'],
    },
    { name: 'remove', run: (b: Brief) => removeStep(b, 1), expected: ['a', 'c'] },
    { name: 'add', run: (b: Brief) => addStep(b, eventStep('d')), expected: ['a', 'b', 'c', 'd'] },
  ])('$name, without mutating the brief', ({ run, expected }) => {
    const before = structuredClone(BRIEF);
    expect(ids(run(BRIEF))).toEqual(expected);
    expect(BRIEF).toEqual(before);
  });

  it('titles and notes, cut to their limits', () => {
    const b = editStep(BRIEF, 1, { title: 'Turn', notes: 'n'.repeat(5000) });
    expect(b.steps[1]).toMatchObject({ title: 'Turn', notes: 'n'.repeat(4000) });
    expect(b.steps[0]).toEqual(BRIEF.steps[0]);
  });

  it('create, rename, delete: names unique, empty names refused with a notice', () => {
    const made = createBrief([BRIEF], 'border', NOW, 'b1');
    expect(made).toMatchObject({ ok: true });
    if (!made.ok) return;
    expect(made.briefs[1]).toMatchObject({ id: 'b1-2', name: 'border (2)', steps: [] });
    expect(createBrief([], '  ', NOW, 'x')).toEqual({ ok: false, notice: 'A brief needs a name' });
    const renamed = renameBrief(made.briefs, 'b1-2', 'Sea');
    expect(renamed.ok && renamed.briefs[1].name).toBe('Sea');
    expect(deleteBrief(made.briefs, 'b1')).toEqual([made.briefs[1]]);
  });
});

describe('briefs in the saved-views document (version 3)', () => {
  it('round-trip with the views', () => {
    expect(parseSavedViews(serializeSavedViews([], [BRIEF]))).toEqual({
      views: [],
      briefs: [BRIEF],
      notices: [],
      broken: false,
    });
  });

  it('version 2 reads as a document with no briefs', () => {
    expect(parseSavedViews('{"version":2,"views":[]}')).toEqual({
      views: [],
      briefs: [],
      notices: [],
      broken: false,
    });
  });

  it('a damaged brief is dropped with a notice naming it; the rest is kept', () => {
    const raw = JSON.stringify({
      version: 3,
      views: [],
      briefs: [
        BRIEF,
        { ...BRIEF, id: 'b2', name: 'Bad', steps: [{ kind: 'event', event: 'Not An Id' }] },
      ],
    });
    const read = parseSavedViews(raw);
    expect(read.briefs).toEqual([BRIEF]);
    expect(read.broken).toBe(true);
    expect(read.notices[0]).toMatch(/^Saved brief "Bad" \(#2\) was dropped: steps\.0\.event/);
  });

  it('export and import: briefs merged, a taken name renamed, __proto__ inert', () => {
    const file = exportViewsFile([], [BRIEF]).replace(
      '"briefs": [',
      '"__proto__": {"polluted": true}, "briefs": [',
    );
    const result = importViewsFile(file, [], NOW, [{ ...BRIEF, steps: [] }]);
    expect(result.briefs.map((b) => [b.id, b.name])).toEqual([
      ['b1', 'Border'],
      ['b1-2', 'Border (2)'],
    ]);
    expect(result.notices).toContain('Imported 1 of the 1 briefs in the file');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('saving briefs keeps the views, and saving views keeps the briefs', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    } as Storage;
    const view = { id: 'v1', name: 'All', created: NOW, state: EMPTY_VIEW_STATE };
    saveSavedViews([view], storage);
    saveBriefs([BRIEF], storage);
    expect(loadSavedViews(storage)).toEqual({ views: [view], briefs: [BRIEF], notices: [] });
    saveSavedViews([], storage);
    expect(JSON.parse(store.get(SAVED_VIEWS_KEY)!)).toEqual({
      version: 3,
      views: [],
      briefs: [BRIEF],
    });
  });
});
