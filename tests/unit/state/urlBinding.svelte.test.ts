// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { DashboardState } from '../../../src/lib/state/dashboard.svelte.ts';
import { buildKnownValues } from '../../../src/lib/state/knownValues.ts';
import { bindUrl } from '../../../src/lib/state/urlBinding.svelte.ts';

/** Lets the effects that a change scheduled run (a microtask later, as in a page). */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('bindUrl, on a page opened without a query', () => {
  it('writes a change to the address bar even when the first picture never comes', async () => {
    // No view marks itself drawn here (as on a page whose network could not be laid out): the
    // link code, asked for once the first picture is on screen, is asked for at the first
    // change instead.
    expect(location.search).toBe('');
    const dashboard = new DashboardState({
      documents: [],
      actors: [],
      relations: [],
      events: [],
      warnings: [],
    });
    const stop = $effect.root(() => {
      bindUrl(
        dashboard,
        buildKnownValues(() => dashboard.dataset, ['overview']),
      );
    });
    await settle();
    dashboard.setFilters({ domains: ['maritime'] });
    await settle();
    await vi.waitFor(() => expect(location.search).toBe('?domain=maritime'), { timeout: 3000 });
    stop();
  });
});
