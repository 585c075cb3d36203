/**
 * The briefing's code stays out of the first load: until it has loaded the briefing is off and
 * says nothing in the link; a link at a step loads it and then applies the step; once loaded the
 * one BriefingState is made and kept.
 */
import { describe, expect, it, vi } from 'vitest';
import { LazyBriefing, loadBriefingCode } from '../../../src/lib/briefing/lazyBriefing.svelte.ts';
import { linkHasBriefing } from '../../../src/lib/state/briefingParams.ts';
import { DashboardState } from '../../../src/lib/state/dashboard.svelte.ts';
import { seedDataset } from '../helpers.ts';

/** Briefs already read (the saved views' store has loaded). */
const read = { store: { briefs: [] }, load: () => Promise.resolve() };

describe('LazyBriefing', () => {
  it('knows a briefing link by its parameters', () => {
    expect(linkHasBriefing('?step=3')).toBe(true);
    expect(linkHasBriefing('?domain=cyber&theme=dark')).toBe(true);
    expect(linkHasBriefing('?domain=cyber')).toBe(false);
    expect(linkHasBriefing('')).toBe(false);
  });

  it('is off and silent in the link before its code loads, then makes one briefing', async () => {
    const briefing = new LazyBriefing(new DashboardState(seedDataset()), read);
    expect(briefing.active).toBe(false);
    expect(briefing.urlPart.query()).toBe('');
    expect(briefing.urlPart.read('?domain=cyber')).toEqual([]);
    const state = await briefing.load();
    expect(briefing.state).toBe(state);
    expect(await briefing.load()).toBe(state);
    state.enter(1);
    expect(briefing.active).toBe(true);
    expect(briefing.urlPart.query()).toBe('step=2');
  });

  it('with its code loaded, reads a step from the link at once', async () => {
    await loadBriefingCode();
    const briefing = new LazyBriefing(new DashboardState(seedDataset()), read);
    expect(briefing.urlPart.read('?step=2')).toEqual([]);
    expect(briefing.active).toBe(true);
    expect(briefing.state?.step).toBe(1);
  });

  it('waits for the stored briefs to be read before it starts', async () => {
    await loadBriefingCode();
    const saved: { store: { briefs: [] } | null; load(): Promise<void> } = {
      store: null,
      load: () => Promise.resolve().then(() => void (saved.store = { briefs: [] })),
    };
    const briefing = new LazyBriefing(new DashboardState(seedDataset()), saved);
    vi.stubGlobal('location', { search: '?step=2' });
    expect(briefing.urlPart.read('?step=2')).toEqual([]);
    expect(briefing.state).toBe(null);
    await expect.poll(() => briefing.active).toBe(true);
    expect(briefing.state?.step).toBe(1);
    vi.unstubAllGlobals();
  });
});
