import { describe, expect, it } from 'vitest';
import { documentId } from '../../../src/lib/extract/ids.ts';
import {
  DIALOG_DATE_SOURCE,
  buildSourcesDataset,
} from '../../../src/lib/sources/buildSourcesDataset.ts';
import { seedDataset } from '../helpers.ts';
import { added, seedsRequest } from './fixtures.ts';

const EXERCISE = 'japan-india-exercise.txt';

describe('buildSourcesDataset', () => {
  it('with nothing added, gives back exactly the seeds dataset (the overlay applied again)', () => {
    expect(buildSourcesDataset(seedsRequest())).toEqual(seedDataset());
  });

  it('adds an article: new actors appear, existing ones gain mentions, its events are dated', () => {
    const seeds = seedDataset();
    const next = buildSourcesDataset(seedsRequest([added(EXERCISE)]));
    const id = documentId(EXERCISE);
    const doc = next.documents.find((d) => d.id === id);
    expect(doc?.addedAt).toBe('2025-03-01T09:00:00.000Z');
    expect(doc?.dateSource).toBe('dateline');
    expect(next.documents.filter((d) => d.addedAt)).toHaveLength(1);

    const seedIds = new Set(seeds.actors.map((a) => a.id));
    const fresh = next.actors.filter((a) => !seedIds.has(a.id));
    expect(fresh.length).toBeGreaterThan(0);
    for (const a of fresh) expect(a.mentions.every((m) => m.doc === id)).toBe(true);

    const japanBefore = seeds.actors.find((a) => a.id === 'japan')?.mentions.length ?? 0;
    const japanAfter = next.actors.find((a) => a.id === 'japan');
    expect(japanAfter?.mentions.length).toBeGreaterThan(japanBefore);

    const datedFromIt = next.events.filter((e) => e.date && e.evidence.some((x) => x.doc === id));
    expect(datedFromIt.length).toBeGreaterThan(0);
    expect(datedFromIt.map((e) => e.date)).toContain(doc?.date);
  });

  it('removing the added article restores the seeds dataset exactly', () => {
    const request = seedsRequest([added(EXERCISE)]);
    buildSourcesDataset(request);
    expect(buildSourcesDataset({ ...request, added: [] })).toEqual(seedDataset());
  });

  it('removing one of two added articles leaves exactly the dataset with the other', () => {
    const a = added(EXERCISE);
    const b = added('markup.txt');
    const both = buildSourcesDataset(seedsRequest([a, b]));
    expect(both.documents.filter((d) => d.addedAt)).toHaveLength(2);
    expect(buildSourcesDataset(seedsRequest([b]))).toEqual(
      buildSourcesDataset(seedsRequest([a, b].filter((x) => x !== a))),
    );
  });

  it('a date given in the dialog dates an article without a dateline, marked analyst-supplied', () => {
    const next = buildSourcesDataset(seedsRequest([added('undated-talks.txt', '2025-02-18')]));
    const doc = next.documents.find((d) => d.id === 'undated-talks');
    expect(doc?.date).toBe('2025-02-18');
    expect(doc?.dateSource).toBe('analyst');
    expect(doc?.analyst).toEqual([
      { field: 'date', value: '2025-02-18', source: DIALOG_DATE_SOURCE },
    ]);
  });

  it('a dateline wins over a date given in the dialog', () => {
    const next = buildSourcesDataset(seedsRequest([added(EXERCISE, '1999-01-01')]));
    const doc = next.documents.find((d) => d.id === documentId(EXERCISE));
    expect(doc?.dateSource).toBe('dateline');
    expect(doc?.date).not.toBe('1999-01-01');
  });

  it('keeps the warnings about seed files that were skipped, once', () => {
    const request = seedsRequest();
    request.base = { ...request.base, warnings: ['bad.txt is empty: skipped'] };
    expect(buildSourcesDataset(request).warnings).toEqual(['bad.txt is empty: skipped']);
  });

  it('leaves out, with a warning, a stored article whose name a seed has since taken', () => {
    const seedFile = seedDataset().documents[0].file;
    const clash = { ...added(EXERCISE), file: seedFile };
    const next = buildSourcesDataset(seedsRequest([clash]));
    expect(next.documents).toEqual(seedDataset().documents);
    expect(next.warnings).toEqual([
      `${seedFile}: an article of that name is now among the seeds; the copy added in this browser is left out`,
    ]);
  });

  it('does not change its input', () => {
    const request = seedsRequest([added(EXERCISE)]);
    const copy = structuredClone(request);
    buildSourcesDataset(request);
    expect(request).toEqual(copy);
  });
});
