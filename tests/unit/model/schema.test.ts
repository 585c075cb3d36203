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
      name: 'an offset that is not a whole number',
      mutate: () => {
        const d = clone();
        (d.relations[1].evidence[0] as { start: unknown }).start = '12';
        return d;
      },
      message: /relations\.1\.evidence\.0: start must be a whole number from 0/,
    },
    {
      name: 'evidence that is not an object',
      mutate: () => {
        const d = clone();
        (d.events[2].evidence as unknown[])[0] = 'a quote';
        return d;
      },
      message: /events\.2\.evidence\.0: evidence must be an object with doc, start, end and quote/,
    },
    {
      name: 'evidence pointing at a document id that is not a slug',
      mutate: () => {
        const d = clone();
        d.actors[1].mentions[0].doc = 'Not A Slug';
        return d;
      },
      message: /actors\.1\.mentions\.0: doc: ids are lowercase slugs/,
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

  it('keeps only the known fields of evidence (no __proto__ or extra keys come through)', () => {
    const d = clone();
    const json = JSON.stringify(d).replace(
      '"mentions":[{',
      '"mentions":[{"__proto__":{"polluted":true},"extra":1,',
    );
    const result = parseDataset(JSON.parse(json));
    expect(result.ok).toBe(true);
    if (result.ok) {
      const evidence = result.dataset.actors[0].mentions[0];
      expect(Object.keys(evidence).sort()).toEqual(['doc', 'end', 'quote', 'start']);
      expect(evidence).toEqual(seedDataset().actors[0].mentions[0]);
      expect(Object.getPrototypeOf(evidence)).toBe(Object.prototype);
    }
  });

  it('does not mutate its input', () => {
    const d = clone();
    const before = JSON.stringify(d);
    parseDataset(d);
    expect(JSON.stringify(d)).toBe(before);
  });
});
