import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { exportContext } from '../../../src/lib/export/context.ts';
import { corpusPair } from '../../../src/lib/export/corpusName.ts';
import { applyFilters } from '../../../src/lib/filters/applyFilters.ts';
import { describeFilters } from '../../../src/lib/filters/describeFilters.ts';
import { subsetDataset } from '../../../src/lib/filters/subsetDataset.ts';
import { EMPTY_FILTERS } from '../../../src/lib/filters/types.ts';
import { loadDatasetFromDir } from '../../../src/lib/load/loadDataset.ts';

const { dataset } = loadDatasetFromDir(fileURLToPath(new URL('../../../seeds', import.meta.url)));
const date = new Date(2026, 10, 23);

describe('exportContext', () => {
  it('titles the picture by the two countries the articles are about', () => {
    const pair = corpusPair(dataset)!;
    expect(pair.split('–').sort()).toEqual(['India', 'Japan']);
    const c = exportContext({
      dataset,
      shown: dataset,
      description: 'Showing: x',
      view: 'network',
      date,
    });
    expect(c.title).toBe(`${pair} security relations: network of actors and relations`);
  });

  it('says what is shown, with counts and the briefing step', () => {
    const filters = { ...EMPTY_FILTERS, domains: ['space' as const] };
    const shown = subsetDataset(dataset, applyFilters(dataset, filters));
    const description = describeFilters(dataset, filters);
    const c = exportContext({
      dataset,
      shown,
      description,
      view: 'timeline',
      date,
      step: 'Step 2 / 5: Space',
    });
    expect(c.shown).toBe(
      `Step 2 / 5: Space · ${description} (${shown.events.length} milestone${shown.events.length === 1 ? '' : 's'})`,
    );
  });

  it('names only the articles the shown facts come from, and the export day', () => {
    const c = exportContext({ dataset, shown: dataset, description: '', view: 'slide', date });
    for (const d of dataset.documents) expect(c.sources).toContain(d.file);
    expect(c.exported).toMatch(/^Exported 2026-11-23 from Tieline/);
    const none = exportContext({
      dataset,
      shown: { ...dataset, actors: [], relations: [], events: [] },
      description: '',
      view: 'slide',
      date,
    });
    expect(none.sources).toBe('Sources: none (nothing is shown)');
  });

  it('lists each analyst-supplied fact with its source', () => {
    const c = exportContext({ dataset, shown: dataset, description: '', view: 'timeline', date });
    for (const e of dataset.events.filter((x) => x.analyst.length))
      for (const n of e.analyst)
        expect(c.exported).toContain(`${e.title}: ${n.field} ${n.value} (source: ${n.source})`);
  });
});
