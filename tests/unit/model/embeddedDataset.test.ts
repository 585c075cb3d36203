/**
 * The dataset travels as JSON inside the page: it must survive any article text, and a broken
 * or tampered page must give a clear warning instead of a blank screen.
 */
import { describe, expect, it } from 'vitest';
import {
  checkDatasetText,
  checkPageDataset,
  datasetFromJson,
  embedDataset,
} from '../../../src/lib/model/embeddedDataset.ts';
import { readPageDataset } from '../../../src/lib/model/pageDataset.ts';
import { seedDataset } from '../helpers.ts';

describe('embedDataset / datasetFromJson', () => {
  it('round-trips the seed dataset', () => {
    expect(datasetFromJson(embedDataset(seedDataset()))).toEqual(seedDataset());
  });

  it('cannot be closed by article text: no "<" survives, the text comes back unchanged', () => {
    const d = structuredClone(seedDataset());
    const hostile = '</script><script>alert(1)</script><!-- x';
    d.actors[0].name = hostile;
    const embedded = embedDataset(d);
    expect(embedded).not.toContain('<');
    expect(datasetFromJson(embedded).actors[0].name).toBe(hostile);
  });

  it('names what is wrong: missing, not JSON, not the schema', () => {
    expect(datasetFromJson(null).warnings[0]).toMatch(/carries no dataset/);
    expect(datasetFromJson('{"documents": [').warnings[0]).toMatch(/not valid JSON/);
    const wrong = datasetFromJson('{"documents": [], "actors": 3}');
    expect(wrong.warnings[0]).toMatch(/does not fit the schema: invalid dataset at actors/);
    expect(wrong.actors).toEqual([]);
  });

  it('drops __proto__ and constructor keys instead of polluting prototypes', () => {
    const json = embedDataset(seedDataset()).replace(
      '{"documents":',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"documents":',
    );
    const d = datasetFromJson(json);
    expect(d.actors.length).toBe(seedDataset().actors.length);
    expect(Object.keys(d)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
  });
});

describe('readPageDataset / checkPageDataset', () => {
  it('reads what the build embedded as datasetFromJson does, without the schema', () => {
    expect(readPageDataset(embedDataset(seedDataset()))).toEqual(seedDataset());
    expect(checkPageDataset(readPageDataset(embedDataset(seedDataset())))).toEqual([]);
  });

  it('names a missing, broken or misshapen dataset at once, and keeps only the five lists', () => {
    expect(readPageDataset(null).warnings[0]).toMatch(/carries no dataset/);
    expect(readPageDataset('{"documents": [').warnings[0]).toMatch(/not valid JSON/);
    expect(readPageDataset('{"documents": [], "actors": 3}').warnings[0]).toMatch(
      /does not fit the schema: invalid dataset at actors/,
    );
    expect(readPageDataset('null').warnings[0]).toMatch(/does not fit the schema/);
    const json = embedDataset(seedDataset()).replace(
      '{"documents":',
      '{"__proto__":{"x":1},"documents":',
    );
    expect(Object.keys(readPageDataset(json))).toEqual([
      'documents',
      'actors',
      'relations',
      'events',
      'warnings',
    ]);
  });

  it('the full check after the first picture warns about a page changed after the build', () => {
    const d = structuredClone(seedDataset());
    (d.actors[0] as { kind: string }).kind = 'dragon';
    expect(checkPageDataset(readPageDataset(JSON.stringify(d)))[0]).toMatch(
      /does not fit the schema: invalid dataset at actors\.0\.kind/,
    );
  });
});

describe('checkDatasetText (the check in its worker)', () => {
  it('warns as checkPageDataset does on what the page read, from the same text', () => {
    expect(checkDatasetText(embedDataset(seedDataset()))).toEqual([]);
    const tampered = structuredClone(seedDataset());
    (tampered.actors[0] as { kind: string }).kind = 'alien';
    const text = embedDataset(tampered);
    expect(checkDatasetText(text)).toEqual(checkPageDataset(readPageDataset(text)));
    expect(checkDatasetText(text)[0]).toMatch(
      /does not fit the schema: invalid dataset at actors\.0\.kind/,
    );
  });

  it('says nothing more of text the page already could not read', () => {
    expect(checkDatasetText('{"documents": [')).toEqual([]);
    expect(checkDatasetText('')).toEqual([]);
    expect(checkDatasetText(null)).toEqual([]);
  });
});
