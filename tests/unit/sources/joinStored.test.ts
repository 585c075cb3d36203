import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/model/schema.ts';
import { joinStored } from '../../../src/lib/sources/joinStored.ts';
import type { Started } from '../../../src/lib/sources/startSources.ts';
import { seedDataset } from '../helpers';

const host = () => {
  const log = { datasets: [] as Dataset[], notices: [] as string[] };
  return {
    log,
    setDataset: (d: Dataset) => void log.datasets.push(d),
    notify: (m: string[]) => void log.notices.push(...m),
  };
};
const started = (stored: Started['stored']) => Promise.resolve({ stored } as Started);

describe('joinStored', () => {
  it('replaces the dataset and tells what could not be read', async () => {
    const h = host();
    await joinStored(
      started(Promise.resolve({ dataset: seedDataset(), notices: ['x.txt: bad'] })),
      h,
    );
    expect(h.log.datasets).toEqual([seedDataset()]);
    expect(h.log.notices).toEqual(['x.txt: bad']);
  });

  it('reads the link again once the stored articles are read, saying whether any joined', async () => {
    // The link may name their actors; what it names that is still missing is told only then.
    const h = host();
    const relinked: boolean[] = [];
    const relink = (joined: boolean) => void relinked.push(joined);
    await joinStored(started(Promise.resolve({ dataset: seedDataset(), notices: [] })), h, relink);
    await joinStored(started(Promise.resolve({ dataset: null, notices: [] })), h, relink);
    await joinStored(started(Promise.reject(new Error('IndexedDB is off'))), h, relink);
    expect(relinked).toEqual([true, false, false]);
  });

  it('keeps the dataset when nothing was stored', async () => {
    const h = host();
    await joinStored(started(Promise.resolve({ dataset: null, notices: [] })), h);
    expect(h.log.datasets).toEqual([]);
  });

  it('says why when the stored articles could not be read', async () => {
    const h = host();
    await joinStored(started(Promise.reject(new Error('IndexedDB is off'))), h);
    expect(h.log.notices).toEqual(['Added articles were not loaded: IndexedDB is off']);
  });
});
