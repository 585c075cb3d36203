import { describe, expect, it } from 'vitest';
import { DashboardState } from '../../../src/lib/state/dashboard.svelte.ts';
import { loadHighlight } from '../../../src/lib/state/lazyHighlight.svelte.ts';
import { buildSourcesDataset } from '../../../src/lib/sources/buildSourcesDataset.ts';
import { openEvidence } from '../../../src/lib/sources/openEvidence.ts';
import { seedDataset } from '../helpers.ts';
import { added, seedsRequest } from '../sources/fixtures.ts';

describe('DashboardState.setDataset', () => {
  it('replaces the dataset; what the filters keep follows; filters and selection stay', () => {
    const seeds = seedDataset();
    const dashboard = new DashboardState(seeds);
    dashboard.setFilters({ countries: ['JP', 'IN'] });
    dashboard.select({ kind: 'actor', id: 'japan' });
    const before = dashboard.kept.actors.size;

    const next = buildSourcesDataset(seedsRequest([added('japan-india-exercise.txt')]));
    dashboard.setDataset(next);
    expect(dashboard.dataset).toBe(next);
    expect(dashboard.filters.countries).toEqual(['JP', 'IN']);
    expect(dashboard.selection).toEqual({ kind: 'actor', id: 'japan' });
    expect(dashboard.kept.actors.size).toBeGreaterThan(before);

    dashboard.setDataset(seeds);
    expect(dashboard.kept.actors.size).toBe(before);
  });

  it('clears a selection and reader evidence that the new dataset no longer has', () => {
    const next = buildSourcesDataset(seedsRequest([added('japan-india-exercise.txt')]));
    const dashboard = new DashboardState(next);
    const fresh = next.actors.find((a) => !seedDataset().actors.some((s) => s.id === a.id))!;
    dashboard.select({ kind: 'actor', id: fresh.id });
    openEvidence(dashboard, fresh.mentions[0]);
    expect(dashboard.tab).toBe('sources');
    dashboard.setDataset(seedDataset());
    expect(dashboard.selection).toBeNull();
    expect(dashboard.reading).toBeNull();
  });
});

describe('DashboardState.covered', () => {
  it('while covered (the briefing), the views keep what they drew; uncovered, they catch up', async () => {
    await loadHighlight();
    const dashboard = new DashboardState(seedDataset());
    const drawn = {
      highlight: dashboard.shown.highlight,
      kept: dashboard.shown.kept,
      selection: dashboard.shown.selection,
      filtered: dashboard.shown.filtered,
      period: dashboard.shown.period,
    };
    let covered = $state(true);
    dashboard.covered = () => covered;
    dashboard.select({ kind: 'actor', id: 'japan' });
    dashboard.setFilters({ countries: ['JP'], period: ['2020-01-01', '2020-12-31'] });
    expect(dashboard.highlight).not.toBe(drawn.highlight);
    expect({
      highlight: dashboard.shown.highlight,
      kept: dashboard.shown.kept,
      selection: dashboard.shown.selection,
      filtered: dashboard.shown.filtered,
      period: dashboard.shown.period,
    }).toEqual(drawn);

    covered = false;
    expect(dashboard.shown.selection).toEqual({ kind: 'actor', id: 'japan' });
    expect(dashboard.shown.highlight).toEqual(dashboard.highlight);
    expect(dashboard.shown.kept).toEqual(dashboard.kept);
    expect(dashboard.shown.filtered).toBe(true);
    expect(dashboard.shown.period).toEqual(['2020-01-01', '2020-12-31']);
  });
});

describe('DashboardState.hovered', () => {
  it('hovering what is already hovered keeps the state as it is, so nothing is drawn again', () => {
    // A press on a relation focuses what the pointer is already over (focus sets the hover too);
    // a new value there made a new highlight, which restyled every mark and repainted the
    // relations as a drag began. The views react to a new value, not to an equal one.
    const dashboard = new DashboardState(seedDataset());
    const japan = { kind: 'actor', id: 'japan' } as const;
    dashboard.hovered = japan;
    dashboard.hovered = { kind: 'actor', id: 'japan' };
    expect(dashboard.hovered).toBe(japan);
    dashboard.hovered = { kind: 'event', id: 'japan' };
    expect(dashboard.hovered).toEqual({ kind: 'event', id: 'japan' });
    dashboard.hovered = null;
    expect(dashboard.hovered).toBeNull();
    expect(dashboard.highlight).toBeNull();
  });
});
