/**
 * Synthetic datasets in the dataset schema, for benchmarks: `scale` 1 gives about 20 actors,
 * 100 relations and 50 events; 100 gives 2,000, 10,000 and 5,000. Seeded, so runs compare.
 * Every fact has evidence whose quote equals its offsets, like real data.
 */
import { randomLcg } from 'd3';
import type {
  Actor,
  Dataset,
  Evidence,
  Relation,
  TielineEvent,
  TielineDocument,
} from '../../src/lib/model/schema.ts';
import {
  ACTOR_KINDS,
  DIRECTED_RELATIONS,
  DOMAINS,
  EVENT_KINDS,
  EVENT_STATUSES,
  RELATION_TYPES,
} from '../../src/lib/model/vocabulary.ts';

const COUNTRIES = ['JP', 'IN', 'CN', 'RU', 'US', 'EU', 'LK', 'AU', 'PK', 'VN', 'PH', 'KR'];
const SYLLABLES = [
  'ka',
  'ri',
  'to',
  'na',
  'sa',
  'mi',
  'lo',
  'ven',
  'dar',
  'esh',
  'ul',
  'pra',
  'go',
  'thi',
];

/** Writes sentences into one document text and returns evidence pointing at each. */
class DocWriter {
  text = '';
  add(doc: string, sentence: string): Evidence {
    const start = this.text.length;
    this.text += sentence + ' ';
    return { doc, start, end: start + sentence.length, quote: sentence };
  }
}

/**
 * @example generateDataset(100, 1).actors.length // -> 2000
 */
export function generateDataset(scale: number, seed = 1): Dataset {
  const random = randomLcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const nActors = 20 * scale;
  const docsCount = Math.max(2, 2 * scale);
  const writers = Array.from({ length: docsCount }, () => new DocWriter());
  const docId = (i: number) => `gen-${i}`;
  const writer = () => {
    const i = Math.floor(random() * docsCount);
    return { doc: docId(i), w: writers[i] };
  };
  const name = () =>
    Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES))
      .join('')
      .replace(/^./, (c) => c.toUpperCase());

  const actors: Actor[] = Array.from({ length: nActors }, (_, i) => {
    const n = `${name()} ${name()}`;
    const mentions = Array.from({ length: 1 + Math.floor(random() ** 3 * 30) }, () => {
      const { doc, w } = writer();
      const ev = w.add(doc, `${n} was mentioned.`);
      return { ...ev, end: ev.start + n.length, quote: n };
    });
    return {
      id: `a${i}`,
      name: n,
      kind: pick(ACTOR_KINDS),
      country: pick(COUNTRIES),
      role: null,
      aliases: [],
      mentions,
    };
  });
  // Preferential links: a few hubs, many leaves, like real coverage.
  const hub = () => Math.floor(random() ** 2.5 * nActors);
  const relations: Relation[] = [];
  const seen = new Set<string>();
  while (relations.length < 100 * scale) {
    const [s, t] = [hub(), Math.floor(random() * nActors)];
    const type = pick(RELATION_TYPES);
    const id = `r${relations.length}`;
    if (s === t || seen.has(`${type}-${s}-${t}`)) continue;
    seen.add(`${type}-${s}-${t}`);
    const { doc, w } = writer();
    const evidence = [w.add(doc, `${actors[s].name} and ${actors[t].name}: ${type}.`)];
    relations.push({
      id,
      source: `a${s}`,
      target: `a${t}`,
      type,
      directed: DIRECTED_RELATIONS.has(type),
      domains: [pick(DOMAINS)],
      evidence,
    });
  }
  const events: TielineEvent[] = Array.from({ length: 50 * scale }, (_, i) => {
    const year = 2000 + Math.floor(random() * 25);
    const precision = pick(['year', 'month', 'day'] as const);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const undated = random() < 0.1;
    const date = undated
      ? null
      : precision === 'year'
        ? `${year}`
        : precision === 'month'
          ? `${year}-${month}`
          : `${year}-${month}-${day}`;
    const title = `${name()} ${pick(['talks', 'exercise', 'accord', 'incident', 'visit'])} ${i}`;
    const { doc, w } = writer();
    return {
      id: `e${i}`,
      title,
      date,
      precision: undated ? null : precision,
      dateText: date,
      status: pick(EVENT_STATUSES),
      kind: pick(EVENT_KINDS),
      domains: [pick(DOMAINS)],
      actors: [`a${hub()}`, `a${Math.floor(random() * nActors)}`],
      analyst: [],
      evidence: [w.add(doc, `${title} took place.`)],
    };
  });
  const documents: TielineDocument[] = writers.map((w, i) => ({
    id: docId(i),
    file: `${docId(i)}.txt`,
    title: `Generated article ${i}`,
    date: '2024-12',
    dateSource: null,
    words: w.text.split(/\s+/).length,
    text: w.text,
    sentences: [],
    boilerplate: [],
    warnings: [],
    analyst: [],
  }));
  return { documents, actors, relations, events, warnings: [] };
}
