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
  const events = steps.filter((s) => s.kind === 'event');

  it('opens on the corpus, tells the dated milestones in date order, and closes', () => {
    expect(steps[0].kind).toBe('title');
    expect(steps.at(-1)!.kind).toBe('closing');
    const dated = dataset.events.filter((e) => e.date);
    expect(events.map((s) => s.event).sort()).toEqual(dated.map((e) => e.id).sort());
    const dates = events.map((s) => dataset.events.find((e) => e.id === s.event)!.date!);
    expect(dates).toEqual([...dates].sort());
  });

  it('leaves undated milestones out of the story', () => {
    const undated = dataset.events.filter((e) => !e.date);
    expect(undated.length).toBeGreaterThan(0);
    for (const e of undated) expect(steps.some((s) => s.event === e.id)).toBe(false);
  });

  it('the title step says what the corpus is about, its period and its articles', () => {
    const [a, b] = dataset.actors
      .filter((x) => x.kind === 'country')
      .sort((x, y) => y.mentions.length - x.mentions.length);
    expect(steps[0].title).toBe(`${a.name}–${b.name} security relations`);
    const years = dataset.events.flatMap((e) => (e.date ? [e.date.slice(0, 4)] : [])).sort();
    expect(steps[0].lines[0]).toContain(`${years[0]}–${years.at(-1)}`);
    expect(steps[0].lines[0]).toContain(`${dataset.documents.length} articles`);
  });

  it('the closing step names the most involved actors and lights them', () => {
    const closing = steps.at(-1)!;
    expect(closing.focus.length).toBeGreaterThan(0);
    const names = closing.focus.map((id) => dataset.actors.find((a) => a.id === id)!.name);
    expect(closing.lines[0]).toBe(`Most involved: ${names.join(', ')}`);
  });

  it('each milestone step selects its milestone with nothing filtered out, and quotes its evidence', () => {
    for (const s of events) {
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

  it("marks only a step's own analyst facts, not its article's analyst-supplied date", () => {
    // Every seed article's date is analyst-supplied; only one milestone's own date is.
    expect(dataset.documents.every((d) => d.dateSource === 'analyst')).toBe(true);
    const marked = steps.filter((s) => s.analyst.length > 0).map((s) => s.event);
    const own = dataset.events.filter((e) => e.analyst.length > 0).map((e) => e.id);
    expect(marked).toEqual(own);
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
