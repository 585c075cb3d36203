import { describe, expect, it } from 'vitest';
import { countryColor } from '../../../src/lib/encoding/palette.ts';
import { buildReader } from '../../../src/lib/sources/readerModel.ts';
import { seedDataset } from '../helpers.ts';

const d = seedDataset();
const doc = d.documents[0];

describe('buildReader', () => {
  it('cuts the whole text into runs, in order, without losing a character', () => {
    const r = buildReader(d, doc.id, null);
    expect(r?.runs.map((x) => x.text).join('')).toBe(doc.text);
  });

  it('marks every mention with its actor and country colour', () => {
    const r = buildReader(d, doc.id, null);
    for (const a of d.actors) {
      for (const m of a.mentions.filter((x) => x.doc === doc.id)) {
        const covering = r?.runs.filter((x) => x.start >= m.start && x.end <= m.end) ?? [];
        expect(covering.map((x) => x.text).join('')).toBe(m.quote);
        for (const run of covering)
          expect(run.mention).toEqual({ id: a.id, name: a.name, color: countryColor(a.country) });
      }
    }
  });

  it('marks every event sentence and the ignored boilerplate', () => {
    const r = buildReader(d, doc.id, null);
    const events = d.events.filter((e) => e.evidence.some((x) => x.doc === doc.id));
    expect(r?.events).toBe(events.length);
    for (const e of events)
      for (const x of e.evidence.filter((y) => y.doc === doc.id)) {
        const inside = r?.runs.filter((run) => run.start >= x.start && run.end <= x.end) ?? [];
        expect(inside.every((run) => run.events.includes(e.title))).toBe(true);
      }
    expect(doc.boilerplate.length).toBeGreaterThan(0);
    const grey = r?.runs
      .filter((x) => x.boilerplate)
      .map((x) => x.text)
      .join('');
    expect(grey).toBe(doc.boilerplate.map((b) => doc.text.slice(b.start, b.end)).join(''));
  });

  it('opened at a mention: its sentence is the target, the name itself exact', () => {
    const mention = d.actors[0].mentions.find((m) => m.doc === doc.id)!;
    const r = buildReader(d, doc.id, mention);
    const sentence = doc.sentences.find((s) => s.start <= mention.start && mention.end <= s.end)!;
    const target = r?.runs.filter((x) => x.target) ?? [];
    expect(target.map((x) => x.text).join('')).toBe(doc.text.slice(sentence.start, sentence.end));
    expect(
      r?.runs
        .filter((x) => x.exact)
        .map((x) => x.text)
        .join(''),
    ).toBe(mention.quote);
  });

  it('evidence from another article highlights nothing; an unknown article gives null', () => {
    const other = d.actors.flatMap((a) => a.mentions).find((m) => m.doc !== doc.id)!;
    expect(buildReader(d, doc.id, other)?.runs.some((x) => x.target)).toBe(false);
    expect(buildReader(d, 'no-such-doc', null)).toBeNull();
  });
});
