/**
 * What a selection lights up is worked out by code the first load does not carry: until it has
 * come nothing is lit, asking for it starts loading it, and once it has, the same selection lights
 * up its actor, neighbours and events.
 */
import { describe, expect, it } from 'vitest';
import { computeHighlight } from '../../../src/lib/state/highlight.ts';
import {
  highlightOf,
  loadHighlight,
  matchesOf,
} from '../../../src/lib/state/lazyHighlight.svelte.ts';
import { seedDataset } from '../helpers.ts';

describe('highlightOf and matchesOf', () => {
  it('lights nothing before its code has come, loads it when asked, then lights the selection up', async () => {
    const d = seedDataset();
    const japan = { kind: 'actor', id: 'japan' } as const;
    expect(highlightOf(d, null)).toBeNull();
    expect(highlightOf(d, japan)).toBeNull();
    await loadHighlight();
    expect(highlightOf(d, japan)).toEqual(computeHighlight(d, japan));
    expect(highlightOf(d, japan)?.actors.has('japan')).toBe(true);
  });

  it('matches a search once the code has come; an empty query matches nothing', async () => {
    const d = seedDataset();
    await loadHighlight();
    expect(matchesOf(d, '  ')).toBeNull();
    expect(matchesOf(d, 'galwan')?.events.size).toBeGreaterThan(0);
  });
});
