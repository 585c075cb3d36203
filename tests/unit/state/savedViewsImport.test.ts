/**
 * A bulk import (issue 18, item 7): thousands of views in one file are merged with one summary,
 * not a notice per view.
 */
import { describe, expect, it } from 'vitest';
import { importViewsFile } from '../../../src/lib/state/savedViewsFile.ts';
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
