import { describe, expect, it } from 'vitest';
import {
  buildBriefSteps,
  buildDefaultSteps,
  orderEvents,
  pickQuote,
} from '../../../src/lib/briefing/buildSteps.ts';
import type { Brief } from '../../../src/lib/briefing/types.ts';
import { EMPTY_FILTERS } from '../../../src/lib/filters/types.ts';
import { seedDataset } from '../helpers.ts';

const dataset = seedDataset();

describe('buildDefaultSteps', () => {
  const steps = buildDefaultSteps(dataset);

  it('has one step per milestone: dated ones in date order, then the undated ones', () => {
    expect(steps).toHaveLength(dataset.events.length);
    const dated = dataset.events.filter((e) => e.date).length;
    const dates = steps
      .slice(0, dated)
      .map((s) => dataset.events.find((e) => e.id === s.event)!.date!);
    expect(dates).toEqual([...dates].sort());
    for (const s of steps.slice(dated))
      expect(dataset.events.find((e) => e.id === s.event)!.date).toBeNull();
  });

  it('each step selects its milestone with nothing filtered out, and quotes its evidence', () => {
    for (const s of steps) {
      const event = dataset.events.find((e) => e.id === s.event)!;
      expect(s.view.selection).toEqual({ kind: 'event', id: event.id });
      expect(s.view.filters).toEqual(EMPTY_FILTERS);
      expect(event.evidence.map((e) => e.quote)).toContain(s.quote);
      expect(dataset.documents.some((d) => s.article?.startsWith(d.title))).toBe(true);
    }
  });

  it("marks an analyst-supplied date, and keeps the article's own words for it", () => {
    const event = dataset.events.find((e) => e.analyst.some((n) => n.field === 'date'))!;
    const step = steps.find((s) => s.event === event.id)!;
    expect(step.analyst.map((n) => n.field)).toContain('date');
    expect(step.dateWords).toBe(event.dateText);
  });

  it('does not mutate the dataset', () => {
    const before = JSON.stringify(dataset.events);
    orderEvents(dataset.events);
    buildDefaultSteps(dataset);
    expect(JSON.stringify(dataset.events)).toBe(before);
  });
});

describe('pickQuote', () => {
  const ev = (n: number) => ({ doc: 'd', start: 0, end: n, quote: 'x'.repeat(n) });
  it.each([
    {
      name: 'the shortest that says enough',
      input: [ev(300), ev(80), ev(120), ev(20)],
      expected: 80,
    },
    { name: 'the shortest when none fits', input: [ev(400), ev(300)], expected: 300 },
    { name: 'a short one when it is all there is', input: [ev(20)], expected: 20 },
  ])('$name', ({ input, expected }) => {
    expect(pickQuote(input)?.quote.length).toBe(expected);
  });
  it('none for no evidence', () => expect(pickQuote([])).toBeNull());
});

describe('buildBriefSteps', () => {
  const [a, b] = dataset.events;
  const brief: Brief = {
    id: 'b1',
    name: 'Test',
    created: '2024-05-01T10:00:00.000Z',
    steps: [
      { kind: 'event', event: b.id, title: 'My title', notes: 'Say this' },
      { kind: 'event', event: 'gone-from-the-data', title: '', notes: '' },
      {
        kind: 'view',
        name: 'Space',
        state: {
          filters: { ...EMPTY_FILTERS, domains: ['space'] },
          selection: { kind: 'event', id: a.id },
          zoom: null,
          tab: 'actors',
        },
        title: '',
        notes: '',
      },
    ],
  };

  it('titles, notes, saved views and milestones that have gone', () => {
    const { steps, missing } = buildBriefSteps(dataset, brief);
    expect(missing).toEqual(['gone-from-the-data']);
    expect(steps.map((s) => [s.title, s.notes, s.event])).toEqual([
      ['My title', 'Say this', b.id],
      ['Space', '', a.id],
    ]);
    expect(steps[1].showing).toMatch(/^Showing: /);
    expect(steps[1].view.tab).toBe('overview');
    expect(steps[1].view.filters.domains).toEqual(['space']);
  });
});
