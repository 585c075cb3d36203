import { describe, expect, it } from 'vitest';
import { sortTimelineEvents } from '../../../../src/lib/layout/timeline/timelineEvents';
import type { TielineEvent } from '../../../../src/lib/model/schema';

function event(over: Partial<TielineEvent> & { id: string }): TielineEvent {
  return {
    title: over.id,
    date: null,
    precision: null,
    dateText: null,
    status: 'occurred',
    kind: 'meeting',
    domains: ['diplomacy'],
    actors: [],
    analyst: [],
    evidence: [{ doc: 'd', start: 0, end: 1, quote: 'x' }],
    ...over,
  };
}

const events = [
  event({ id: 'b', date: '2014-06', precision: 'month', domains: ['maritime'] }),
  event({ id: 'someday', dateText: 'recently' }),
  event({ id: 'a', date: '2014-06', precision: 'month', domains: ['maritime'] }),
  event({ id: 'first', date: '2010', precision: 'year' }),
];

describe('sortTimelineEvents', () => {
  const sorted = sortTimelineEvents(events, '2018-12-31');

  it('sorts the dated milestones by start, then id, and keeps the undated apart', () => {
    expect(sorted.dated.map((e) => e.id)).toEqual(['first', 'a', 'b']);
    expect(sorted.undated.map((e) => e.id)).toEqual(['someday']);
  });

  it('gives the lanes present, in the domains’ order, each with its milestones', () => {
    expect(sorted.keys).toEqual(['maritime', 'diplomacy']);
    expect(sorted.lanesOf.map((lane) => lane.map((e) => e.id))).toEqual([['a', 'b'], ['first']]);
  });

  it('runs the data to the day given, and sums up the years', () => {
    expect(sorted.dataEnd).toBe('2018-12-31');
    expect(sorted.summary).toEqual({ dated: 3, undated: 1, from: 2010, to: 2014 });
  });

  it('does not reorder its input', () => {
    expect(events.map((e) => e.id)).toEqual(['b', 'someday', 'a', 'first']);
  });
});
