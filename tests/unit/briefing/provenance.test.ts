import { describe, expect, it } from 'vitest';
import { describeAnalystNote } from '../../../src/lib/briefing/provenance.ts';

describe('describeAnalystNote', () => {
  it.each([
    {
      name: 'names the body a source starts with',
      input: 'Ministry of Foreign Affairs of Japan, press release of 20 August 2024 (New Delhi).',
      expected: 'date from Ministry of Foreign Affairs of Japan',
    },
    {
      name: 'says "an analyst" when the source is a sentence',
      input: 'Analyst review: the article reports the meeting as recent, so it dates from August',
      expected: 'date from an analyst',
    },
    { name: 'a short source is its own name', input: 'Reuters', expected: 'date from Reuters' },
  ])('$name', ({ input, expected }) => {
    expect(describeAnalystNote({ field: 'date', value: '2024-08-20', source: input })).toBe(
      expected,
    );
  });
});
