import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import { datasetToCsv } from '../../../src/lib/export/csv.ts';
import { applyFilters } from '../../../src/lib/filters/applyFilters.ts';
import { subsetDataset } from '../../../src/lib/filters/subsetDataset.ts';
import { EMPTY_FILTERS } from '../../../src/lib/filters/types.ts';
import type { Dataset } from '../../../src/lib/model/schema.ts';
import { loadDatasetFromDir } from '../../../src/lib/load/loadDataset.ts';

const { dataset } = loadDatasetFromDir(fileURLToPath(new URL('../../../seeds', import.meta.url)));
const parse = (csv: string) => {
  expect(csv.startsWith('\ufeff')).toBe(true);
  return csvParse(csv.slice(1));
};

describe('datasetToCsv', () => {
  it('writes one row per actor, relation and event', () => {
    expect(parse(datasetToCsv(dataset, 'actors'))).toHaveLength(dataset.actors.length);
    expect(parse(datasetToCsv(dataset, 'relations'))).toHaveLength(dataset.relations.length);
    expect(parse(datasetToCsv(dataset, 'events'))).toHaveLength(dataset.events.length);
  });

  it('holds what the filters keep, no more', () => {
    const kept = applyFilters(dataset, { ...EMPTY_FILTERS, domains: ['maritime'] });
    const subset = subsetDataset(dataset, kept);
    expect(kept.events.size).toBeLessThan(dataset.events.length);
    expect(parse(datasetToCsv(subset, 'events')).map((r) => r.id)).toEqual(
      subset.events.map((e) => e.id),
    );
  });

  it('gives every event its evidence quote and article', () => {
    const docs = new Map(dataset.documents.map((d) => [d.id, d]));
    for (const [row, event] of parse(datasetToCsv(dataset, 'events')).map(
      (r, i) => [r, dataset.events[i]] as const,
    )) {
      const first = event.evidence[0];
      expect(row.evidence).toBe(first.quote.replace(/\s+/g, ' ').trim());
      expect(row.article_file).toBe(docs.get(first.doc)!.file);
      expect(row.title).toBe(event.title);
    }
  });

  it('carries every evidence of a relation, one line each with its article file', () => {
    const docs = new Map(dataset.documents.map((d) => [d.id, d]));
    const rows = parse(datasetToCsv(dataset, 'relations'));
    const most = [...dataset.relations].sort((a, b) => b.evidence.length - a.evidence.length)[0];
    expect(most.evidence.length).toBeGreaterThan(1);
    const row = rows.find((r) => r.id === most.id)!;
    expect(Number(row.evidence_count)).toBe(most.evidence.length);
    const lines = row.all_evidence.split('\n');
    expect(lines).toHaveLength(most.evidence.length);
    for (const [i, e] of most.evidence.entries()) {
      expect(lines[i]).toContain(e.quote.replace(/\s+/g, ' ').trim());
      expect(lines[i].endsWith(`[${docs.get(e.doc)!.file}]`)).toBe(true);
    }
  });

  it('quotes an actor in the sentence that mentions it', () => {
    const rows = parse(datasetToCsv(dataset, 'actors'));
    for (const [i, actor] of dataset.actors.entries()) {
      expect(rows[i].evidence).toContain(actor.mentions[0].quote.replace(/\s+/g, ' ').trim());
      expect(rows[i].evidence.length).toBeGreaterThan(actor.mentions[0].quote.length);
    }
  });

  it('names the analyst source of a fact the articles do not state', () => {
    const rows = parse(datasetToCsv(dataset, 'events'));
    const supplied = dataset.events.filter((e) => e.analyst.length > 0);
    expect(supplied.length).toBeGreaterThan(0);
    for (const e of supplied)
      expect(rows.find((r) => r.id === e.id)!.analyst_source).toBe(e.analyst[0].source);
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const evil: Dataset = {
      ...dataset,
      events: [{ ...dataset.events[0], title: '=HYPERLINK("http://x","click")' }],
    };
    const row = parse(datasetToCsv(evil, 'events'))[0];
    expect(row.title).toBe(`'=HYPERLINK("http://x","click")`);
  });

  it.each([
    { name: 'a NUL', title: '\u0000=1+1' },
    { name: 'a full-width equals sign', title: '\uff1dHYPERLINK("http://x")' },
    { name: 'a full-width plus sign', title: '\uff0b1' },
    { name: 'a full-width at sign', title: '\uff20SUM(A1)' },
  ])('quotes a cell starting with $name', ({ title }) => {
    const evil: Dataset = { ...dataset, events: [{ ...dataset.events[0], title }] };
    expect(parse(datasetToCsv(evil, 'events'))[0].title).toBe(`'${title}`);
  });
});
