import { describe, expect, it } from 'vitest';
import { DashboardState } from '../../../src/lib/state/dashboard.svelte.ts';
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
  it('while covered (the briefing), the views keep what they drew; uncovered, they catch up', () => {
    const dashboard = new DashboardState(seedDataset());
    const drawn = {
      highlight: dashboard.shownHighlight,
      kept: dashboard.shownKept,
      selection: dashboard.shownSelection,
      filtered: dashboard.shownFiltered,
      period: dashboard.shownPeriod,
    };
    dashboard.covered = true;
    dashboard.select({ kind: 'actor', id: 'japan' });
    dashboard.setFilters({ countries: ['JP'], period: ['2020-01-01', '2020-12-31'] });
    expect(dashboard.highlight).not.toBe(drawn.highlight);
    expect({
      highlight: dashboard.shownHighlight,
      kept: dashboard.shownKept,
      selection: dashboard.shownSelection,
      filtered: dashboard.shownFiltered,
      period: dashboard.shownPeriod,
    }).toEqual(drawn);

    dashboard.covered = false;
    expect(dashboard.shownSelection).toEqual({ kind: 'actor', id: 'japan' });
    expect(dashboard.shownHighlight).toEqual(dashboard.highlight);
    expect(dashboard.shownKept).toEqual(dashboard.kept);
    expect(dashboard.shownFiltered).toBe(true);
    expect(dashboard.shownPeriod).toEqual(['2020-01-01', '2020-12-31']);
  });
});
