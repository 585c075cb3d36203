import { describe, expect, it } from 'vitest';
import {
  computeTimelineLayout,
  layoutTexts,
} from '../../../../src/lib/layout/timeline/timelineLayout';
import { ELLIPSIS } from '../../../../src/lib/layout/timeline/timelineText';
import { laneOf } from '../../../../src/lib/layout/timeline/timelineRows';
import type { Box, TimelineLayout } from '../../../../src/lib/layout/timeline/timelineTypes';
import { dataEnd } from '../../../../src/lib/model/period';
import type { TielineEvent } from '../../../../src/lib/model/schema';
import { seedDataset } from '../../helpers';

/** A monospaced stand-in for the canvas: 0.6 em per character. */
const measure = (text: string, fontSize: number) => 0.6 * fontSize * text.length;

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

const FIXTURE: TielineEvent[] = [
  event({ id: 'year', date: '2010', precision: 'year', domains: ['diplomacy', 'space'] }),
  event({ id: 'month', date: '2014-06', precision: 'month', domains: ['maritime'] }),
  event({ id: 'day', date: '2016-03-15', precision: 'day', status: 'planned' }),
  event({ id: 'since', date: '2012', precision: 'year', status: 'ongoing', domains: ['cyber'] }),
  event({ id: 'someday', dateText: 'recently', domains: ['energy'] }),
];

const options = { width: 1200, height: 400, measure, now: '2018-12-31' };
const mark = (layout: TimelineLayout, id: string) => {
  const found = layout.marks.find((m) => m.id === id);
  if (!found) throw new Error(`no mark for ${id}`);
  return found;
};
const xOf = (layout: TimelineLayout, iso: string) => {
  const [d0, d1] = layout.domain;
  const [r0, r1] = layout.range;
  return r0 + ((Date.parse(`${iso}T00:00:00Z`) - d0) / (d1 - d0)) * (r1 - r0);
};

/** Every label as a box: left/right from its anchor, ±0.6 em around its row's centre line. */
function labelBoxes(layout: TimelineLayout): { id: string; box: Box }[] {
  const f = layout.fontSize;
  const out: { id: string; box: Box }[] = [];
  for (const m of layout.marks) {
    if (!m.label) continue;
    const x = m.label.anchor === 'start' ? m.label.x : m.label.x - m.label.width;
    out.push({ id: m.id, box: { x, y: m.y - 0.6 * f, width: m.label.width, height: 1.2 * f } });
  }
  return out;
}

/** Every mark's drawn parts as boxes: the head, and an ongoing event's line and arrow. */
function markBoxes(layout: TimelineLayout): { id: string; box: Box }[] {
  return layout.marks.flatMap((m) => {
    const r = m.size / 2;
    const head = {
      x: m.x0 - (m.shape === 'point' ? r : 0),
      y: m.y - r,
      width: m.x1 - m.x0 + (m.shape === 'point' ? m.size : 0),
      height: m.size,
    };
    const tail = (m.tail?.segments ?? []).map(([a, b]) => ({
      x: a,
      y: m.y - 1.5,
      width: b - a,
      height: 3,
    }));
    const arrow =
      m.tail?.arrowX != null
        ? [
            {
              x: m.tail.arrowX - layout.fontSize * 0.6,
              y: m.y - r,
              width: layout.fontSize * 0.6,
              height: m.size,
            },
          ]
        : [];
    return [head, ...tail, ...arrow].map((box) => ({ id: m.id, box }));
  });
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('computeTimelineLayout', () => {
  it('gives the same output for the same input', () => {
    expect(computeTimelineLayout(FIXTURE, options)).toEqual(
      computeTimelineLayout(FIXTURE, options),
    );
  });

  it('does not mutate its input', () => {
    const input = structuredClone(FIXTURE);
    computeTimelineLayout(input, options);
    expect(input).toEqual(FIXTURE);
  });

  it('draws a year as a span from 1 January to the next 1 January', () => {
    const layout = computeTimelineLayout(FIXTURE, options);
    const m = mark(layout, 'year');
    expect(m.shape).toBe('span');
    expect(m.x0).toBeCloseTo(xOf(layout, '2010-01-01'), 6);
    expect(m.x1).toBeCloseTo(xOf(layout, '2011-01-01'), 6);
  });

  it('draws a month as a span over that month', () => {
    const layout = computeTimelineLayout(FIXTURE, options);
    const m = mark(layout, 'month');
    expect(m.shape).toBe('span');
    expect(m.x0).toBeCloseTo(xOf(layout, '2014-06-01'), 6);
    expect(m.x1).toBeCloseTo(xOf(layout, '2014-07-01'), 6);
  });

  it('draws an exact day as a point inside that day', () => {
    const layout = computeTimelineLayout(FIXTURE, options);
    const m = mark(layout, 'day');
    expect(m.shape).toBe('point');
    expect(m.x0).toBe(m.x1);
    expect(m.x0).toBeGreaterThan(xOf(layout, '2016-03-15'));
    expect(m.x0).toBeLessThan(xOf(layout, '2016-03-16'));
  });

  it('draws planned events hollow and the others filled', () => {
    const layout = computeTimelineLayout(FIXTURE, options);
    expect(layout.marks.map((m) => [m.id, m.filled])).toEqual(
      layout.marks.map((m) => [m.id, m.status !== 'planned']),
    );
    expect(mark(layout, 'day').filled).toBe(false);
  });

  it('runs ongoing events on to the end of the data with an arrow', () => {
    const layout = computeTimelineLayout(FIXTURE, options);
    const m = mark(layout, 'since');
    expect(m.filled).toBe(true);
    expect(m.tail?.arrowX).toBeCloseTo(xOf(layout, '2019-01-01'), 6);
    expect(m.tail?.segments.length).toBeGreaterThan(0);
    expect(mark(layout, 'year').tail).toBeNull();
  });

  it('puts undated events in the undated strip only', () => {
    const layout = computeTimelineLayout(FIXTURE, options);
    expect(layout.undated.chips.map((c) => c.id)).toEqual(['someday']);
    expect(layout.marks.map((m) => m.id)).not.toContain('someday');
    expect(layout.lanes.map((l) => l.key)).not.toContain('energy');
  });

  const laneCases: {
    name: string;
    kind: TielineEvent['kind'];
    domains: TielineEvent['domains'];
    expected: string;
  }[] = [
    {
      name: 'diplomacy yields to any other domain',
      kind: 'meeting',
      domains: ['diplomacy', 'space'],
      expected: 'space',
    },
    {
      name: 'the first specific domain wins',
      kind: 'incursion',
      domains: ['cyber', 'maritime'],
      expected: 'cyber',
    },
    { name: 'diplomacy alone', kind: 'meeting', domains: ['diplomacy'], expected: 'diplomacy' },
    { name: 'no domain at all', kind: 'meeting', domains: [], expected: 'other' },
    {
      name: 'an agreement touching space stays diplomacy',
      kind: 'agreement',
      domains: ['diplomacy', 'space'],
      expected: 'diplomacy',
    },
    {
      name: 'a revision stays diplomacy',
      kind: 'revision',
      domains: ['diplomacy', 'cyber'],
      expected: 'diplomacy',
    },
  ];
  for (const { name, kind, domains, expected } of laneCases) {
    it(`lane: ${name}`, () => expect(laneOf({ kind, domains })).toBe(expected));
  }

  it('puts each dated event in exactly one lane', () => {
    const layout = computeTimelineLayout(FIXTURE, options);
    expect(layout.marks.map((m) => m.id).sort()).toEqual(['day', 'month', 'since', 'year']);
    expect(layout.lanes.map((l) => l.key)).toEqual(['maritime', 'space', 'cyber', 'diplomacy']);
  });

  it('moves the axis when zoomed, and the chosen period becomes a band', () => {
    const plain = computeTimelineLayout(FIXTURE, {
      ...options,
      period: ['2012-01-01', '2012-12-31'],
    });
    const zoomed = computeTimelineLayout(FIXTURE, { ...options, zoom: { k: 4, x: -1200 } });
    expect(zoomed.domain[1] - zoomed.domain[0]).toBeCloseTo(
      (plain.domain[1] - plain.domain[0]) / 4,
      -3,
    );
    expect(zoomed.axis.ticks).not.toEqual(plain.axis.ticks);
    expect(plain.periodBand?.x0).toBeCloseTo(xOf(plain, '2012-01-01'), 6);
  });

  it('gives a helpful error for a size that is not positive', () => {
    expect(() => computeTimelineLayout(FIXTURE, { ...options, width: 0 })).toThrow(
      /width and height/,
    );
  });
});

describe('computeTimelineLayout on the seed dataset', () => {
  const dataset = seedDataset();
  for (const [width, height] of [
    [1800, 380],
    [1200, 260],
  ]) {
    describe(`at ${width}x${height}`, () => {
      const layout = computeTimelineLayout(dataset.events, {
        width,
        height,
        measure,
        now: dataEnd(dataset),
      });

      it('fits the height', () => expect(layout.height).toBeLessThanOrEqual(height));

      it('has a mark for every dated event and a chip for every undated one', () => {
        const dated = dataset.events.filter((e) => e.date).map((e) => e.id);
        const undated = dataset.events.filter((e) => !e.date).map((e) => e.id);
        expect(layout.marks.map((m) => m.id).sort()).toEqual(dated.sort());
        expect(layout.undated.chips.map((c) => c.id).sort()).toEqual(undated.sort());
      });

      it('spans the data from its first year to its last', () => {
        const years = dataset.events.filter((e) => e.date).map((e) => Number(e.date?.slice(0, 4)));
        expect(layout.summary.from).toBe(Math.min(...years));
        expect(layout.summary.to).toBe(Math.max(...years));
      });

      it('no two labels overlap', () => {
        const boxes = [
          ...labelBoxes(layout),
          ...layout.undated.chips.map((c) => ({ id: c.id, box: c.box })),
        ];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            expect(intersects(boxes[i].box, boxes[j].box), `${boxes[i].id} / ${boxes[j].id}`).toBe(
              false,
            );
      });

      it('no label overlaps a mark', () => {
        for (const label of labelBoxes(layout))
          for (const m of markBoxes(layout))
            expect(intersects(label.box, m.box), `label ${label.id} / mark ${m.id}`).toBe(false);
      });

      it('keeps labels inside the plot and at least 12px', () => {
        expect(layout.fontSize).toBeGreaterThanOrEqual(12);
        for (const { box } of labelBoxes(layout)) {
          expect(box.x).toBeGreaterThanOrEqual(layout.range[0] - 0.01);
          expect(box.x + box.width).toBeLessThanOrEqual(layout.range[1] + 0.01);
        }
      });
    });
  }

  it('uses 16px type when there is room (1920x420)', () => {
    const layout = computeTimelineLayout(dataset.events, {
      width: 1920,
      height: 420,
      measure,
      now: dataEnd(dataset),
    });
    expect(layout.fontSize).toBe(16);
    expect(layout.marks.every((m) => m.label && !m.label.truncated)).toBe(true);
  });
});

describe('a crowded timeline: every milestone keeps a label of whole words', () => {
  // Titles led by a country pair, one "word" wider than the shortest cap (a tenth of the plot):
  // before, such a label was cut to nothing and the milestone drawn bare (the corpus at 1024x768).
  const pairs = ['Greece–Turkey', 'India–Pakistan', 'Armenia–Azerbaijan', 'Guyana–Venezuela'];
  const events = Array.from({ length: 90 }, (_, i) =>
    event({
      id: `e${i}`,
      title: `${pairs[i % 4]} ${['talks', 'coercion on the Aegean', 'joint statement'][i % 3]}`,
      date: `20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}`,
      precision: 'day',
      domains: [(['maritime', 'diplomacy', 'cyber'] as const)[i % 3]],
    }),
  );
  const layout = computeTimelineLayout(events, { width: 700, height: 300, measure });

  it('is laid out at its most compact (a tenth of the plot per label, shortened alike)', () =>
    expect(layout.fits).toBe(false));

  it('labels every mark with the title or its first whole words and an ellipsis', () => {
    const titles = new Map(events.map((e) => [e.id, e.title]));
    for (const m of layout.marks) {
      const title = titles.get(m.id)!;
      expect(m.label, m.id).not.toBeNull();
      const text = m.label!.text;
      expect(
        text === title || (text.endsWith('…') && title.startsWith(text.slice(0, -1))),
        text,
      ).toBe(true);
      expect(text.length, text).toBeGreaterThan(pairs[0].length - 2);
    }
  });

  it('keeps those labels apart and off the marks', () => {
    const labels = labelBoxes(layout);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1))
        expect(intersects(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
      for (const m of markBoxes(layout))
        expect(intersects(a.box, m.box), `label ${a.id} / mark ${m.id}`).toBe(false);
    }
  });

  it('gives undated chips their first word too', () => {
    const undated = events
      .slice(0, 12)
      .map((e) => ({ ...e, id: `u${e.id}`, date: null, precision: null }));
    const chips = computeTimelineLayout([...events, ...undated], {
      width: 700,
      height: 300,
      measure,
    }).undated.chips;
    for (const c of chips) expect(c.label.text, c.id).toMatch(/^\S+–\S+/);
  });
});

describe('labelled: only some milestones carry a label (briefing mode)', () => {
  const dataset = seedDataset();
  const dated = dataset.events.filter((e) => e.date);
  const small = {
    width: 1280,
    height: 280,
    measure,
    fontSize: 22,
    minFontSize: 18,
    minTextSize: 18,
    legend: false,
  };

  it('labels the chosen milestone in full and draws the others as marks alone', () => {
    const step = dated[3];
    const layout = computeTimelineLayout(dataset.events, {
      ...small,
      labelled: new Set([step.id]),
    });
    expect(mark(layout, step.id).label?.text).toBe(step.title);
    for (const e of dated.filter((x) => x.id !== step.id))
      expect(mark(layout, e.id).label).toBeNull();
  });

  it('gives an undated step its full title and the other chips their symbol alone', () => {
    const step = dataset.events.find((e) => !e.date)!;
    const layout = computeTimelineLayout(dataset.events, {
      ...small,
      labelled: new Set([step.id]),
    });
    for (const chip of layout.undated.chips)
      expect(chip.label.text, chip.title).toBe(chip.id === step.id ? step.title : '');
  });

  it('fits at 18 px or more for every step, where labelling everything does not', () => {
    // Eight more milestones in the seeds' busiest years: labelling them all cannot fit.
    const crowd = dataset.events
      .filter((e) => e.date)
      .map((e) => ({ ...e, id: `${e.id}-again`, title: `${e.title} (reported again)` }));
    expect(computeTimelineLayout([...dataset.events, ...crowd], small).fits).toBe(false);
    for (const e of dated) {
      const one = computeTimelineLayout(dataset.events, { ...small, labelled: new Set([e.id]) });
      expect(one.fits, e.title).toBe(true);
      expect(one.fontSize).toBeGreaterThanOrEqual(18);
      expect(mark(one, e.id).label?.truncated, e.title).toBe(false);
    }
  });

  it('never cuts the one label short, even when the height is too small', () => {
    const tight = computeTimelineLayout(dataset.events, {
      ...small,
      height: 120,
      labelled: new Set([dated[0].id]),
    });
    expect(tight.fits).toBe(false);
    expect(mark(tight, dated[0].id).label?.text).toBe(dated[0].title);
  });

  it('leaves the legend out when asked', () => {
    expect(computeTimelineLayout(dataset.events, small).legend).toEqual([]);
    const withLegend = computeTimelineLayout(dataset.events, { ...small, legend: true });
    expect(withLegend.legend.length).toBeGreaterThan(0);
  });
});

describe('a date an analyst supplied (the overlay)', () => {
  const note = { field: 'date', value: '2016-03-15', source: 'MOFA press release' };

  it('rings that mark, and only that one, and the legend says what the ring means', () => {
    const events = FIXTURE.map((e) => (e.id === 'day' ? { ...e, analyst: [note] } : e));
    const layout = computeTimelineLayout(events, options);
    expect(layout.marks.filter((m) => m.analystDate).map((m) => m.id)).toEqual(['day']);
    expect(layout.legend.map((i) => i.text)).toContain('Analyst date');
  });

  it('leaves the legend as it is when no drawn date is an analyst one', () => {
    const other = { ...note, field: 'status', value: 'occurred' };
    const events = FIXTURE.map((e) => (e.id === 'day' ? { ...e, analyst: [other] } : e));
    const layout = computeTimelineLayout(events, options);
    expect(layout.marks.some((m) => m.analystDate)).toBe(false);
    expect(layout.legend.map((i) => i.symbol)).not.toContain('analyst');
  });

  it('marks the seeds’ analyst-dated milestones', () => {
    const dataset = seedDataset();
    const layout = computeTimelineLayout(dataset.events, { ...options, now: dataEnd(dataset) });
    const expected = dataset.events
      .filter((e) => e.date && e.analyst.some((n) => n.field === 'date'))
      .map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(layout.marks.filter((m) => m.analystDate).map((m) => m.id)).toEqual(expected);
  });
});

describe('labelledWeight: the step’s milestone is measured in the weight it is drawn in', () => {
  // Bold is 20% wider in this measure, as in a real font.
  const weighted = (text: string, fontSize: number, weight = 400) =>
    0.6 * fontSize * text.length * (weight >= 700 ? 1.2 : 1);

  it('gives the label (and the box that focuses it) the bold width', () => {
    const labelled = new Set(['month']);
    const plain = computeTimelineLayout(FIXTURE, { ...options, measure: weighted, labelled });
    const bold = computeTimelineLayout(FIXTURE, {
      ...options,
      measure: weighted,
      labelled,
      labelledWeight: 800,
    });
    const width = (l: TimelineLayout) => mark(l, 'month').label?.width ?? 0;
    expect(width(bold)).toBeCloseTo(width(plain) * 1.2, 5);
    expect(mark(bold, 'month').hit.width).toBeGreaterThan(mark(plain, 'month').hit.width);
  });

  it('does the same for an undated milestone’s chip', () => {
    const labelled = new Set(['someday']);
    const chip = (weight?: number) =>
      computeTimelineLayout(FIXTURE, {
        ...options,
        measure: weighted,
        labelled,
        labelledWeight: weight,
      }).undated.chips.find((c) => c.id === 'someday')!;
    expect(chip(800).label.width).toBeCloseTo(chip().label.width * 1.2, 5);
    expect(chip(800).box.width).toBeGreaterThan(chip().box.width);
  });
});

describe('layoutTexts (measured ahead of the first layout)', () => {
  it('names every text the layout measures whole, in the weight it measures it', () => {
    const seen = new Set<string>();
    const recording = (text: string, fontSize: number, weight = 400) => {
      seen.add(`${weight} ${text}`);
      return measure(text, fontSize);
    };
    for (const events of [seedDataset().events, FIXTURE]) {
      seen.clear();
      const layout = computeTimelineLayout(events, { ...options, measure: recording });
      const ahead = new Set(layoutTexts(events).map(([text, weight]) => `${weight} ${text}`));
      // What depends on the room the layout finds: shortened labels and the axis's dates (the
      // ticks drawn and those tried: years, months, days).
      const ticks = new Set(layout.axis.ticks.map((t) => `400 ${t.label}`));
      const tick =
        /^400 (?:\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)?(?: ?\d{4})?$/;
      const missed = [...seen].filter(
        (k) => !k.endsWith(ELLIPSIS) && !ticks.has(k) && !tick.test(k) && !ahead.has(k),
      );
      expect(missed).toEqual([]);
      expect(seen.size).toBeGreaterThan(events.length);
    }
  });
});
