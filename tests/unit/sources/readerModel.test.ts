import { describe, expect, it } from 'vitest';
import { countryColor, rankCountryColors } from '../../../src/lib/encoding/palette.ts';
import { MAX_RUN, buildReader, runTitle } from '../../../src/lib/sources/readerModel.ts';
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
          expect(run.mention).toEqual({
            id: a.id,
            name: a.name,
            color: countryColor(a.country, rankCountryColors(d)),
          });
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

describe('relation sentences in the reader', () => {
  it('marks every relation sentence with the relation, and counts them', () => {
    const r = buildReader(d, doc.id, null);
    const name = new Map(d.actors.map((a) => [a.id, a.name]));
    const relations = d.relations.filter((x) => x.evidence.some((e) => e.doc === doc.id));
    expect(relations.length).toBeGreaterThan(0);
    expect(r?.relations).toBe(relations.length);
    for (const rel of relations)
      for (const x of rel.evidence.filter((e) => e.doc === doc.id)) {
        const inside = r?.runs.filter((run) => run.start >= x.start && run.end <= x.end) ?? [];
        expect(inside.length).toBeGreaterThan(0);
        for (const run of inside) {
          const said = run.relations.find(
            (t) =>
              t.startsWith(`${name.get(rel.source)} – `) &&
              t.endsWith(` – ${name.get(rel.target)}`),
          );
          expect(said).toBeDefined();
        }
      }
  });

  it('says in the tooltip what a run names and which facts cite its sentence', () => {
    const r = buildReader(d, doc.id, null)!;
    const both = r.runs.find((run) => run.mention && run.relations.length)!;
    expect(runTitle(both)).toBe(
      [both.mention!.name, ...both.events, ...both.relations].join(' · '),
    );
    const grey = r.runs.find((run) => run.boilerplate && !run.mention)!;
    expect(runTitle(grey)).toBe('Ignored: page furniture');
  });
});

describe('buildReader on long articles', () => {
  it('cuts a long stretch without marks into runs of at most MAX_RUN characters', () => {
    const text = `Japan and India\n${'.'.repeat(3 * MAX_RUN + 5)}\n`;
    const long = { ...doc, id: 'long', text, boilerplate: [], sentences: [] };
    const r = buildReader({ ...d, documents: [long] }, 'long', null)!;
    expect(Math.max(...r.runs.map((x) => x.end - x.start))).toBeLessThanOrEqual(MAX_RUN);
    expect(r.runs.map((x) => x.text).join('')).toBe(text);
  });

  it('gives each run the marks of exactly the spans that cover it, on every seed article', () => {
    const covers = (x: { start: number; end: number; doc: string }, docId: string, at: number) =>
      x.doc === docId && x.start <= at && at < x.end;
    for (const document of d.documents) {
      const evidence = d.events[0].evidence[0];
      const r = buildReader(d, document.id, evidence)!;
      for (const run of r.runs) {
        const events = d.events.filter((e) =>
          e.evidence.some((x) => covers(x, document.id, run.start)),
        );
        expect(run.events).toEqual([...new Set(events.map((e) => e.title))]);
        const mention = d.actors.find((a) =>
          a.mentions.some((m) => covers(m, document.id, run.start)),
        );
        expect(run.mention?.id ?? null).toBe(mention?.id ?? null);
        expect(run.boilerplate).toBe(
          document.boilerplate.some((b) => b.start <= run.start && run.start < b.end),
        );
        expect(run.exact).toBe(covers(evidence, document.id, run.start));
      }
    }
  });
});

describe('buildReader up to a length', () => {
  it('stops its runs there, and says where', () => {
    const r = buildReader(d, doc.id, null, 200)!;
    expect(r.shown).toBeGreaterThanOrEqual(200);
    expect(r.shown).toBeLessThan(doc.text.length);
    expect(r.runs.map((x) => x.text).join('')).toBe(doc.text.slice(0, r.shown));
  });

  it('still reaches the evidence it was opened at', () => {
    const last = d.actors
      .flatMap((a) => a.mentions)
      .filter((m) => m.doc === doc.id)
      .sort((a, b) => b.start - a.start)[0];
    const r = buildReader(d, doc.id, last, 10)!;
    expect(r.runs.some((x) => x.exact)).toBe(true);
  });
});
