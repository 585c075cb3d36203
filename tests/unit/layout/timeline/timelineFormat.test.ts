import { describe, expect, it } from 'vitest';
import {
  describeEvent,
  formatEventDate,
  formatPeriod,
  formatTick,
  snapPeriod,
  snapUnitFor,
} from '../../../../src/lib/layout/timeline/timelineFormat';
import { truncateText } from '../../../../src/lib/layout/timeline/timelineText';

const measure = (text: string, fontSize: number) => 0.6 * fontSize * text.length;

describe('formatEventDate', () => {
  const cases = [
    { name: 'year', input: { date: '2008', dateText: '2008' }, expected: '2008' },
    { name: 'month', input: { date: '2020-06', dateText: 'in June 2020' }, expected: 'June 2020' },
    { name: 'day', input: { date: '2024-08-20', dateText: 'Tuesday' }, expected: '20 August 2024' },
    {
      name: 'undated with words',
      input: { date: null, dateText: 'recently' },
      expected: 'undated ("recently")',
    },
    { name: 'undated', input: { date: null, dateText: null }, expected: 'undated' },
  ];
  for (const { name, input, expected } of cases)
    it(name, () => expect(formatEventDate(input)).toBe(expected));
});

describe('describeEvent', () => {
  it('names the event, its date in words and as written, and its status', () =>
    expect(
      describeEvent({
        title: 'Joint drills',
        date: '2018',
        dateText: 'since 2018',
        status: 'ongoing',
      }),
    ).toBe('Joint drills, 2018 ("since 2018"), ongoing'));
  it('does not repeat words that match', () =>
    expect(
      describeEvent({ title: 'Pact', date: '2008', dateText: '2008', status: 'occurred' }),
    ).toBe('Pact, 2008, occurred'));
  it('says when an analyst supplied the date', () =>
    expect(
      describeEvent({
        title: 'Talks',
        date: '2024-08-20',
        dateText: 'Tuesday',
        status: 'occurred',
        analyst: [{ field: 'date', value: '2024-08-20', source: 'MOFA' }],
      }),
    ).toBe('Talks, 20 August 2024 ("Tuesday"), date analyst-supplied, occurred'));
  it('undated', () =>
    expect(
      describeEvent({ title: 'Docking', date: null, dateText: 'recently', status: 'occurred' }),
    ).toBe('Docking, undated ("recently"), occurred'));
});

describe('formatPeriod', () => {
  const cases: { name: string; input: [string, string]; expected: string }[] = [
    { name: 'whole years', input: ['2018-01-01', '2020-12-31'], expected: '2018 – 2020' },
    { name: 'one year', input: ['2018-01-01', '2018-12-31'], expected: '2018' },
    { name: 'whole months', input: ['2018-03-01', '2020-02-29'], expected: 'Mar 2018 – Feb 2020' },
    { name: 'days', input: ['2018-03-02', '2018-03-09'], expected: '2 Mar 2018 – 9 Mar 2018' },
  ];
  for (const { name, input, expected } of cases)
    it(name, () => expect(formatPeriod(input)).toBe(expected));
});

describe('snapPeriod', () => {
  it('rounds to whole years', () =>
    expect(snapPeriod(Date.UTC(2017, 10, 3), Date.UTC(2020, 8, 9), 'year')).toEqual([
      '2018-01-01',
      '2020-12-31',
    ]));
  it('rounds to whole months, in either order', () =>
    expect(snapPeriod(Date.UTC(2020, 5, 20), Date.UTC(2020, 2, 10), 'month')).toEqual([
      '2020-03-01',
      '2020-06-30',
    ]));
  it('a brush narrower than the unit still takes one unit', () =>
    expect(snapPeriod(Date.UTC(2019, 2, 1), Date.UTC(2019, 3, 1), 'year')).toEqual([
      '2019-01-01',
      '2019-12-31',
    ]));
  it('chooses the unit from the span shown', () => {
    expect(snapUnitFor(Date.UTC(2008, 0), Date.UTC(2025, 0))).toBe('year');
    expect(snapUnitFor(Date.UTC(2020, 0), Date.UTC(2021, 0))).toBe('month');
    expect(snapUnitFor(Date.UTC(2020, 0), Date.UTC(2020, 2))).toBe('day');
  });
});

describe('formatTick', () => {
  it('years, months with the year on the first tick, days', () => {
    expect(formatTick(Date.UTC(2010, 0, 1), 'year', false)).toBe('2010');
    expect(formatTick(Date.UTC(2010, 3, 1), 'month', true)).toBe('Apr 2010');
    expect(formatTick(Date.UTC(2010, 3, 1), 'month', false)).toBe('Apr');
    expect(formatTick(Date.UTC(2010, 3, 12), 'day', false)).toBe('12 Apr');
  });
});

describe('truncateText', () => {
  it('keeps text that fits', () => expect(truncateText('Galwan', 100, 10, measure)).toBe('Galwan'));
  it('shortens with an ellipsis to fit', () => {
    const out = truncateText('Military clash in the Galwan Valley', 120, 10, measure);
    expect(out.endsWith('…')).toBe(true);
    expect(measure(out, 10)).toBeLessThanOrEqual(120);
  });
  it('gives nothing when not even a letter fits', () =>
    expect(truncateText('Galwan', 5, 10, measure)).toBe(''));
  // Each width is one where the longest prefix that fits ends inside a word.
  const whole = [
    { name: 'cuts before a word it would split', width: 80, expected: 'Narendra…' },
    { name: 'keeps a word that ends where the room does', width: 60, expected: 'Narendra…' },
    { name: 'gives nothing rather than part of the first word', width: 50, expected: '' },
    { name: 'drops a dangling dash', width: 130, expected: 'Narendra Modi…' },
  ];
  for (const { name, width, expected } of whole)
    it(`whole words only: ${name}`, () =>
      expect(truncateText('Narendra Modi – India–Japan summit', width, 10, measure)).toBe(
        expected,
      ));
  it('gives the same cut again, and a cut of whole words at another size', () => {
    const title = 'Military clash in the Galwan Valley';
    expect(truncateText(title, 120, 10, measure)).toBe('Military clash in…');
    expect(truncateText(title, 120, 10, measure)).toBe('Military clash in…');
    expect(truncateText(title, 120, 12, measure)).toBe('Military clash…');
  });
  it('cuts at a run of spaces or a tab like at one space', () => {
    expect(truncateText('Talks  in\tTokyo ended', 80, 10, measure)).toBe('Talks  in…');
  });
});
