import { describe, expect, it } from 'vitest';
import { buildSourcesDataset } from '../../../src/lib/sources/buildSourcesDataset.ts';
import { reviewAdded } from '../../../src/lib/sources/reviewAdded.ts';
import { added, seedsRequest } from './fixtures.ts';

const review = (...articles: ReturnType<typeof added>[]) =>
  reviewAdded(buildSourcesDataset(seedsRequest(articles)), articles);

describe('reviewAdded', () => {
  it('accepts an article with actors and a dateline', () => {
    expect(review(added('japan-india-exercise.txt'))).toEqual({ errors: [], needDate: [] });
  });

  it('refuses an article with no recognisable actors, naming it', () => {
    expect(review(added('no-actors.txt')).errors).toEqual([
      'no-actors.txt has no recognisable actors (countries, people, forces or places): nothing was added',
    ]);
  });

  it('asks for the date of an article with no dateline, unless one was given', () => {
    expect(review(added('undated-talks.txt')).needDate).toEqual(['undated-talks.txt']);
    expect(review(added('undated-talks.txt', '2025-02'))).toEqual({ errors: [], needDate: [] });
  });

  it('calls a pasted article "the pasted text"', () => {
    const a = { ...added('no-actors.txt'), file: 'pasted-weather-report.txt' };
    expect(review(a).errors[0]).toMatch(/^The pasted text has no recognisable actors/);
  });
});
