/**
 * A bulk import (issue 18, item 7): thousands of views in one file are merged with one summary,
 * not a notice per view, whatever is wrong with them. (How long it takes: npm run bench.)
 */
import { describe, expect, it } from 'vitest';
import { parseSavedViews } from '../../../src/lib/state/savedViewsDocument.ts';
import { importViewsFile, importViewsFileInSlices } from '../../../src/lib/state/savedViewsFile.ts';
import { VIEWS_PER_SLICE } from '../../../src/lib/state/savedViewsDocument.ts';
import { BROKEN_KEY } from '../../../src/lib/state/savedViewsSchema.ts';
import { EMPTY_VIEW_STATE, type SavedView } from '../../../src/lib/state/viewState.ts';

const NOW = '2024-05-01T10:00:00.000Z';
const view = (i: number, name = `View ${i}`): SavedView => ({
  id: `v${i}`,
  name,
  created: NOW,
  state: { ...EMPTY_VIEW_STATE, tab: 'actors' },
});

/** The file compact (an exported one is pretty-printed, and 4,700 views would pass 1 MB). */
const file = (views: SavedView[]) =>
  JSON.stringify({ format: 'tieline-saved-views', version: 3, views });

describe('importing thousands of views', () => {
  const existing = Array.from({ length: 4_000 }, (_, i) => view(i));
  // The same names again, under other ids and states: every one is renamed.
  const incoming = Array.from({ length: 4_000 }, (_, i) => ({
    ...view(i),
    id: `w${i}`,
    state: EMPTY_VIEW_STATE,
  }));

  it('adds them all, each name made unique', () => {
    const result = importViewsFile(file(incoming), existing, NOW);
    expect(result.views).toHaveLength(8_000);
    expect(new Set(result.views.map((v) => v.name.toLowerCase())).size).toBe(8_000);
  });

  it('says so in one summary, not a notice per view', () => {
    const { notices } = importViewsFile(file(incoming), existing, NOW);
    expect(notices).toEqual([
      'Imported 4000 of the 4000 views in the file',
      '4000 imported views were renamed, their names being taken: "View 0" is now "View 0 (2)", "View 1" is now "View 1 (2)", "View 2" is now "View 2 (2)" and 3997 more',
    ]);
  });
});

describe('4,700 views in one file, each with something to say', () => {
  const N = 4_700;
  /** A view as small as they come: 4,700 of them are just under the 1 MB a file may have. */
  const small = (i: number, change: Partial<SavedView> = {}) => ({
    id: `v${i}`,
    name: `V${i}`,
    created: '2024-05-01T10:00:00Z',
    state: EMPTY_VIEW_STATE,
    ...change,
  });
  const many = (make: (i: number) => unknown) =>
    file(Array.from({ length: N }, (_, i) => make(i)) as SavedView[]);

  it('one name for all: every one imported under a name of its own, in one summary', () => {
    const { views, notices } = importViewsFile(
      many((i) => small(i, { name: 'Japan' })),
      [],
      NOW,
    );
    expect(new Set(views.map((v) => v.name)).size).toBe(N);
    expect(views[N - 1].name).toBe(`Japan (${N})`);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toBe(`Imported ${N} of the ${N} views in the file`);
  });

  it('in the page, read in slices with a pause (a paint) between them, to the same result', async () => {
    const text = many((i) => small(i, { name: 'Japan', id: 'v' }));
    let pauses = 0;
    const sliced = await importViewsFileInSlices(text, [], [], async () => void pauses++);
    const { views, notices } = importViewsFile(text, [], NOW);
    expect(sliced.notices).toEqual(notices);
    expect(sliced.views.map((v) => [v.id, v.name])).toEqual(views.map((v) => [v.id, v.name]));
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil(N / VIEWS_PER_SLICE));
  });

  it('one id for all: each given its own, told for the first ten and then in one line', () => {
    const { views, notices } = importViewsFile(
      many((i) => small(i, { id: 'v' })),
      [],
      NOW,
    );
    expect(new Set(views.map((v) => v.id)).size).toBe(N);
    expect(views[N - 1].id).toBe(`v-${N}`);
    expect(notices).toHaveLength(12);
    expect(notices[0]).toBe(`Imported ${N} of the ${N} views in the file`);
    expect(notices[1]).toBe('Imported view "V1" (#2) shared the id "v" and now has "v-2"');
    expect(notices[11]).toBe(
      `…and ${N - 11} more imported views shared an id and were given new ones`,
    );
  });

  it('none readable: nothing imported, the first ten problems named and the rest counted', () => {
    const { views, notices } = importViewsFile(
      many((i) => small(i, { created: 'yesterday' })),
      [],
      NOW,
    );
    expect(views).toEqual([]);
    expect(notices).toHaveLength(12);
    expect(notices[0]).toBe(`Imported 0 of the ${N} views in the file`);
    expect(notices[1]).toBe('Imported view "V0" (#1) was dropped: created: not an ISO timestamp');
    expect(notices[11]).toBe(
      `…and ${N - 10} more imported views could not be read and were dropped`,
    );
  });

  it('the same in what storage holds: the broken ones counted, the copy kept', () => {
    const raw = JSON.stringify({
      version: 3,
      views: Array.from({ length: N }, (_, i) => small(i, { created: 'yesterday' })),
    });
    const read = parseSavedViews(raw, NOW);
    expect(read.broken).toBe(true);
    expect(read.notices).toHaveLength(12);
    expect(read.notices[10]).toBe(
      `…and ${N - 10} more saved views could not be read and were dropped`,
    );
    expect(read.notices[11]).toBe(`The saved views as they were are kept under key ${BROKEN_KEY}`);
  });
});
