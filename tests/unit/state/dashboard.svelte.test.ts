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
