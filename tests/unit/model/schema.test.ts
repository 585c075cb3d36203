import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/model/schema.ts';
import { seedDataset } from '../helpers.ts';

const clone = () => structuredClone(seedDataset());

describe('parseDataset', () => {
  it('accepts the seed dataset', () => {
    expect(parseDataset(seedDataset()).ok).toBe(true);
  });

  it.each([
    { name: 'not an object', mutate: () => 'junk', message: /invalid dataset at \(root\)/ },
    {
      name: 'quote of the wrong length',
      mutate: () => {
        const d = clone();
        d.actors[0].mentions[0].quote += 'x';
        return d;
      },
      message: /actors\.0\.mentions\.0: quote length must equal end - start/,
    },
    {
      name: 'unknown domain',
      mutate: () => {
        const d = clone();
        (d.relations[0].domains as string[]).push('weather');
        return d;
      },
      message: /relations\.0\.domains\.\d+/,
    },
    {
      name: 'made-up date format',
      mutate: () => {
        const d = clone();
        d.events[0].date = '1 January 2008';
        return d;
      },
      message: /events\.0\.date: dates are ISO 8601/,
    },
    {
      name: 'event without evidence',
      mutate: () => {
        const d = clone();
        d.events[0].evidence = [];
        return d;
      },
      message: /events\.0\.evidence/,
    },
  ])('rejects $name with a message naming the place', ({ mutate, message }) => {
    const result = parseDataset(mutate());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('does not mutate its input', () => {
    const d = clone();
    const before = JSON.stringify(d);
    parseDataset(d);
    expect(JSON.stringify(d)).toBe(before);
  });
});
