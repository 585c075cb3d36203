import { describe, expect, it } from 'vitest';
import { facetOptions, presentValues, type Facet } from '../../../src/lib/filters/filterOptions.ts';
import { EMPTY_FILTERS } from '../../../src/lib/filters/types.ts';
import { seedDataset } from '../helpers.ts';

const d = seedDataset();
const FACETS: Facet[] = ['domains', 'countries', 'kinds', 'relationTypes', 'statuses'];

describe('facetOptions', () => {
  it.each(FACETS.map((facet) => ({ facet })))(
    '$facet: every value offered keeps something, and none the data holds is missing',
    ({ facet }) => {
      const options = facetOptions(d, EMPTY_FILTERS, facet);
      expect(options.length).toBeGreaterThan(0);
      for (const o of options) expect(o.relations + o.events + o.actors).toBeGreaterThan(0);
      const held = new Set<string>(
        facet === 'domains'
          ? [...d.relations, ...d.events].flatMap((x) => x.domains)
          : facet === 'countries'
            ? d.actors.flatMap((a) => (a.country ? [a.country] : []))
            : facet === 'kinds'
              ? d.actors.map((a) => a.kind)
              : facet === 'relationTypes'
                ? d.relations.map((r) => r.type)
                : d.events.map((e) => e.status),
      );
      expect(new Set(options.map((o) => o.value))).toEqual(held);
    },
  );

  it('labels countries by the name the articles give them, in that name’s order', () => {
    const labels = facetOptions(d, EMPTY_FILTERS, 'countries').map((o) => o.label);
    expect(labels).toContain('Japan');
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });

  it('finds a dataset’s values once, and a new dataset’s afresh', () => {
    expect(presentValues(d, 'kinds')).toBe(presentValues(d, 'kinds'));
    const fewer = { ...d, actors: d.actors.filter((a) => a.kind === 'country') };
    expect(presentValues(fewer, 'kinds').map((v) => v.value)).toEqual(['country']);
  });
});
