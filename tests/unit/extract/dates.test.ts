import { describe, expect, it } from 'vitest';
import { findDates, parsePartialDate } from '../../../src/lib/extract/dates.ts';

const ANCHOR = { year: 2024, month: 8, day: 17 }; // a Saturday

describe('findDates', () => {
  it.each([
    { name: 'year', text: 'signed in 2008.', expected: ['in 2008', '2008', 'year', 'at'] },
    {
      name: 'month and year',
      text: 'a clash in June 2020',
      expected: ['in June 2020', '2020-06', 'month', 'at'],
    },
    {
      name: 'day month year',
      text: 'on 20 August 2024 they met',
      expected: ['on 20 August 2024', '2024-08-20', 'day', 'at'],
    },
    {
      name: 'month day, year',
      text: 'On Aug. 20, 2024 they met',
      expected: ['On Aug. 20, 2024', '2024-08-20', 'day', 'at'],
    },
    { name: 'since', text: 'drills since 2018', expected: ['since 2018', '2018', 'year', 'since'] },
    {
      name: 'since month',
      text: 'the first since September 2022',
      // "the first since": the date of the previous instance, not a start.
      expected: ['since September 2022', '2022-09', 'month', 'previous'],
    },
    {
      name: 'deadline',
      text: "finalised by the year's end",
      expected: ["by the year's end", '2024', 'year', 'by'],
    },
    {
      name: 'last month',
      text: 'held last month',
      expected: ['last month', '2024-07', 'month', 'at'],
    },
    {
      name: 'next year',
      text: 'a summit next year',
      expected: ['next year', '2025', 'year', 'at'],
    },
    {
      name: 'weekday, then day and month with no year',
      text: 'WEDNESDAY 14.08',
      expected: ['WEDNESDAY 14.08', '2024-08-14', 'day', 'at'],
    },
    {
      name: 'vague',
      text: 'a vessel recently docked',
      expected: ['recently', null, null, 'vague'],
    },
  ])('$name', ({ text, expected }) => {
    const [d] = findDates(text, ANCHOR, 'past');
    expect([d.text, d.date, d.precision, d.qualifier]).toEqual(expected);
  });

  it('resolves a weekday backwards in a report and forwards in a preview', () => {
    expect(findDates('they met on Tuesday', ANCHOR, 'past')[0].date).toBe('2024-08-13');
    expect(findDates('scheduled for Tuesday', ANCHOR, 'future')[0].date).toBe('2024-08-20');
  });

  it('leaves relative dates unresolved without an article date (never a made-up date)', () => {
    for (const text of ['on Tuesday', 'last month', "by the year's end", 'next year']) {
      const [d] = findDates(text, null, 'past');
      expect([d.date, d.precision], text).toEqual([null, null]);
    }
  });

  it('needs a day-precise article date to resolve a weekday', () => {
    expect(findDates('on Tuesday', { year: 2024, month: 8 }, 'future')[0].date).toBeNull();
  });

  it.each(['Threads 3,386', 'Members 2,052', 'cost $2010 million', 'room 12008', 'ISBN 978-2019'])(
    'finds no year in %s',
    (text) => {
      expect(findDates(text, null, 'past')).toEqual([]);
    },
  );

  it('keeps a decade as words, with no year', () => {
    const [d] = findDates('in the 1990s', null, 'past');
    expect([d.text, d.date, d.precision, d.qualifier]).toEqual(['the 1990s', null, null, 'vague']);
  });

  it('finds two dates in one sentence, each with its offsets', () => {
    const text = 'first talks on cyberspace in 2012 and first dialogue on space in 2019';
    const found = findDates(text, null, 'past');
    expect(found.map((d) => d.date)).toEqual(['2012', '2019']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('parsePartialDate', () => {
  it.each([
    ['2024', { year: 2024 }],
    ['2024-08', { year: 2024, month: 8 }],
    ['2024-08-20', { year: 2024, month: 8, day: 20 }],
    ['2024-13', null],
    ['20 Aug', null],
    ['', null],
  ])('%s', (iso, expected) => {
    expect(parsePartialDate(iso)).toEqual(expected);
  });
});
