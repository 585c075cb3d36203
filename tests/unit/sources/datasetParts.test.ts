import { describe, expect, it } from 'vitest';
import { joinDataset, splitDataset } from '../../../src/lib/sources/datasetParts.ts';
import { seedDataset } from '../helpers.ts';

const weight = (items: { mentions?: unknown[]; evidence?: unknown[]; sentences?: unknown[] }[]) =>
  items.reduce(
    (n, x) => n + 1 + (x.mentions ?? x.evidence ?? []).length + (x.sentences ?? []).length,
    0,
  );

describe('splitDataset / joinDataset', () => {
  it('gives back the same dataset, in the same order, from its parts', () => {
    const dataset = seedDataset();
    const { rest, parts } = splitDataset(dataset, 50);
    expect(parts.length).toBeGreaterThan(4);
    expect(joinDataset(rest, parts)).toEqual(dataset);
  });

  it('cuts the lists into parts of about the weight asked (a heavier item alone)', () => {
    const dataset = seedDataset();
    const { parts } = splitDataset(dataset, 50);
    for (const part of parts)
      if (part.items.length > 1) expect(weight(part.items as never)).toBeLessThanOrEqual(50);
  });

  it('leaves a dataset under the weight whole: one message, as before', () => {
    const dataset = seedDataset();
    const { rest, parts } = splitDataset(dataset);
    expect(parts).toEqual([]);
    expect(rest).toBe(dataset);
  });

  it('does not change the dataset it splits', () => {
    const dataset = seedDataset();
    const copy = structuredClone(dataset);
    splitDataset(dataset, 50);
    expect(dataset).toEqual(copy);
  });
});
