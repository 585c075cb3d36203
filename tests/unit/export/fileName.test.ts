import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { exportFileName, filterSlug } from '../../../src/lib/export/fileName.ts';
import { EMPTY_FILTERS } from '../../../src/lib/filters/types.ts';
import { loadDatasetFromDir } from '../../../src/lib/load/loadDataset.ts';

const { dataset } = loadDatasetFromDir(fileURLToPath(new URL('../../../seeds', import.meta.url)));

describe('export file names', () => {
  it('say "all" when nothing is filtered', () => {
    expect(filterSlug(dataset, EMPTY_FILTERS)).toBe('all');
  });

  it('name the filters in words, countries by name', () => {
    const slug = filterSlug(dataset, {
      ...EMPTY_FILTERS,
      domains: ['maritime'],
      countries: ['JP', 'CN'],
      period: ['2018-01-01', '2020-12-31'],
    });
    expect(slug).toBe('maritime-japan-china-2018-2020');
  });

  it('keep a search readable and safe for a file system', () => {
    expect(filterSlug(dataset, { ...EMPTY_FILTERS, query: '../Galwan: "Valley"?' })).toBe(
      'search-galwan-valley',
    );
  });

  it('stay short with many filters', () => {
    const slug = filterSlug(dataset, {
      ...EMPTY_FILTERS,
      domains: ['maritime', 'space', 'cyber', 'land-border', 'diplomacy', 'energy'],
      countries: ['JP', 'IN', 'CN', 'RU', 'US'],
    });
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^maritime-space-cyber/);
    expect(slug).not.toMatch(/-$/);
  });

  it('put subject, filters, day, scale and type in the name', () => {
    const day = new Date(2026, 10, 3, 23, 30);
    expect(exportFileName('network', 'maritime', day, 'svg')).toBe(
      'tieline-network-maritime-2026-11-03.svg',
    );
    expect(exportFileName('slide', 'all', day, 'png', 3)).toBe(
      'tieline-slide-all-2026-11-03@3x.png',
    );
  });
});
