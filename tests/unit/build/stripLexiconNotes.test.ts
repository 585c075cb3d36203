/** The extractor worker's lexicons: the same data as the JSON files, without the editors' notes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripNotes } from '../../../src/lib/build/stripLexiconNotes.ts';
import {
  ActorListSchema,
  CitiesSchema,
  CountryWordsSchema,
  MembershipsSchema,
  VerbsSchema,
  WordsSchema,
  parseLexicon,
} from '../../../src/lib/extract/lexicon/schema.ts';

const read = (file: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../src/lib/extract/lexicon/${file}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

describe('stripNotes', () => {
  it.each([
    { input: { $comment: 'why', a: [1, 2] }, expected: { a: [1, 2] } },
    { input: { placeCues: ['in'], placeCuesComment: 'why' }, expected: { placeCues: ['in'] } },
    {
      input: { classes: [{ verbs: ['sign'], verbsComment: 'why', comment: 'kept' }] },
      expected: { classes: [{ verbs: ['sign'], comment: 'kept' }] },
    },
    { input: { source: 'a book', Comment: 'x' }, expected: { source: 'a book' } },
  ])('$expected', ({ input, expected }) => {
    expect(stripNotes(input)).toEqual(expected);
  });
});

describe('each lexicon as the worker gets it', () => {
  it.each([
    ['words.json', WordsSchema],
    ['verbs.json', VerbsSchema],
    ['countryWords.json', CountryWordsSchema],
    ['institutions.json', ActorListSchema],
    ['armedGroups.json', ActorListSchema],
    ['places.json', ActorListSchema],
    ['memberships.json', MembershipsSchema],
    ['cities.json', CitiesSchema],
  ] as const)('%s keeps its source and every rule, and passes its schema', (file, schema) => {
    const json = read(file);
    const shipped = stripNotes(json) as Record<string, unknown>;
    expect(shipped.source).toBe(json.source);
    expect(JSON.stringify(shipped)).not.toMatch(/"(?:\$comment|\w*Comment)":/);
    const notes = Object.keys(json).filter((k) => k === '$comment' || k.endsWith('Comment'));
    for (const k of Object.keys(json).filter((k) => !notes.includes(k)))
      expect(shipped[k], k).toEqual(stripNotes(json[k]));
    expect(() => parseLexicon(schema, shipped, file)).not.toThrow();
  });
});
