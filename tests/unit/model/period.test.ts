import { describe, expect, it } from 'vitest';
import {
  applyPeriod,
  dataEnd,
  dateRange,
  eventRange,
  relationRanges,
} from '../../../src/lib/model/period.ts';
import { seedDataset } from '../helpers.ts';

const d = seedDataset();
const title = (id: string) => d.events.find((e) => e.id === id)?.title;

describe('dateRange', () => {
  it.each([
    ['2008', ['2008-01-01', '2008-12-31']],
    ['2020-06', ['2020-06-01', '2020-06-30']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2024-08-20', ['2024-08-20', '2024-08-20']],
  ])('%s covers %o', (iso, expected) => {
    expect(dateRange(iso)).toEqual(expected);
  });
});

describe('dataEnd', () => {
  it('is the latest day an event or article reaches, for each dataset it is given', () => {
    const latest = [...d.events, ...d.documents]
      .flatMap((x) => (x.date ? [dateRange(x.date)[1]] : []))
      .sort()
      .at(-1);
    expect(dataEnd(d)).toBe(latest);
    // A new dataset (an article added) is read afresh, never answered from the last one.
    const later = { ...d, events: [...d.events, { ...d.events[0], id: 'x', date: '2031-05' }] };
    expect(dataEnd(later)).toBe('2031-05-31');
    expect(dataEnd(d)).toBe(latest);
  });
});

describe('eventRange', () => {
  it('runs an ongoing event on to the end of the data, and leaves undated ones undated', () => {
    const drills = d.events.find((e) => e.status === 'ongoing' && e.date);
    expect(eventRange(drills!, '2024-12-31')).toEqual([`${drills!.date}-01-01`, '2024-12-31']);
    const undated = d.events.find((e) => !e.date);
    expect(eventRange(undated!, '2024-12-31')).toBeNull();
  });
});

describe('applyPeriod', () => {
  it('2020 keeps the Galwan clash and the ongoing drills, not the 2008 declaration', () => {
    const kept = [...applyPeriod(d, ['2020-01-01', '2020-12-31']).events].map(title);
    expect(kept).toContain('China–India military clash in the Galwan Valley');
    expect(kept.some((t) => /joint drills/.test(t ?? ''))).toBe(true);
    expect(kept.some((t) => /Joint Declaration/.test(t ?? ''))).toBe(false);
    expect(kept.some((t) => /Sri Lanka/.test(t ?? ''))).toBe(false); // undated
  });

  it('dates a relation by the events its sentences state, else by its article', () => {
    const ranges = relationRanges(d).get('armed-clash-china-india') ?? [];
    expect(ranges).toContainEqual(['2020-06-01', '2020-06-30']);
    const inGalwanMonth = applyPeriod(d, ['2020-06-01', '2020-06-30']);
    expect(inGalwanMonth.relations.has('armed-clash-china-india')).toBe(true);
    expect(inGalwanMonth.actors.has('galwan-valley')).toBe(true);
    expect(
      applyPeriod(d, ['2010-01-01', '2011-12-31']).relations.has('armed-clash-china-india'),
    ).toBe(false);
  });

  it('a period with nothing in it keeps nothing', () => {
    const empty = applyPeriod(d, ['1990-01-01', '1990-12-31']);
    expect([empty.actors.size, empty.relations.size, empty.events.size]).toEqual([0, 0, 0]);
  });
});
