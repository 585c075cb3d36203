/**
 * The extractor on articles it has never seen (written for these tests, not taken from seeds/):
 * a Japan–India naval exercise, a 2+2 joint statement, an India–Australia piece that never
 * mentions Japan, and an undated piece whose relative dates need the overlay's document date.
 * Expectations are what a careful reader of each article would expect.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDataset, type ArticleInput } from '../../../src/lib/extract/dataset.ts';
import type { Overlay } from '../../../src/lib/extract/overlay.ts';
import {
  parseDataset,
  type Actor,
  type Dataset,
  type Evidence,
  type TielineEvent,
} from '../../../src/lib/model/schema.ts';
import type {
  ActorKind,
  Domain,
  EventKind,
  EventStatus,
  Precision,
  RelationType,
} from '../../../src/lib/model/vocabulary.ts';

const FIXTURES = new URL('../../fixtures/articles/', import.meta.url);
const load = (file: string): ArticleInput => ({
  file,
  text: readFileSync(new URL(file, FIXTURES), 'utf8'),
});

const NAVAL = 'japan-india-naval-exercise.txt';
const TWO_PLUS_TWO = 'two-plus-two-joint-statement.txt';
const NO_JAPAN = 'india-australia-no-japan.txt';
const RELATIVE = 'no-dateline-relative.txt';
const FILES = [NAVAL, TWO_PLUS_TWO, NO_JAPAN, RELATIVE];
const docId = (file: string) => file.replace(/\.txt$/, '');

const ARTICLE_DATE = '2025-03-12';
const OVERLAY: Overlay = {
  documents: [{ file: RELATIVE, date: ARTICLE_DATE, source: 'test' }],
  events: [],
};

const articles = Object.fromEntries(FILES.map((f) => [f, load(f)]));
const single: Record<string, Dataset> = Object.fromEntries(
  FILES.map((f) => [f, extractDataset([articles[f]])]),
);
const relativeWithOverlay = extractDataset([articles[RELATIVE]], OVERLAY);
const combined = extractDataset(
  FILES.map((f) => articles[f]),
  OVERLAY,
);

/** The actor the article calls `phrase`: a mention quoted so in the document, or by name/alias. */
function actorCalled(ds: Dataset, file: string, phrase: string): Actor | undefined {
  const doc = docId(file);
  return (
    ds.actors.find((a) => a.mentions.some((m) => m.doc === doc && m.quote === phrase)) ??
    ds.actors.find((a) => a.name === phrase || a.aliases.includes(phrase))
  );
}

function mustActor(ds: Dataset, file: string, phrase: string): Actor {
  const a = actorCalled(ds, file, phrase);
  expect(a, `an actor for "${phrase}" in ${file}`).toBeDefined();
  return a as Actor;
}

/** Events of a kind whose evidence, in this document, quotes `phrase`. */
function eventsQuoting(
  ds: Dataset,
  file: string,
  kinds: EventKind[],
  phrase: string,
): TielineEvent[] {
  const doc = docId(file);
  return ds.events.filter(
    (e) =>
      kinds.includes(e.kind) && e.evidence.some((x) => x.doc === doc && x.quote.includes(phrase)),
  );
}

// ---------------------------------------------------------------------------------------------
// Integrity: every piece of evidence quotes the text exactly; ids link up; the schema accepts it.

const integrityCases: [string, Dataset, ArticleInput[]][] = [
  ...FILES.map((f): [string, Dataset, ArticleInput[]] => [f, single[f], [articles[f]]]),
  [`${RELATIVE} with overlay`, relativeWithOverlay, [articles[RELATIVE]]],
  ['all four articles with overlay', combined, FILES.map((f) => articles[f])],
];

describe.each(integrityCases)('integrity: %s', (_name, ds, inputs) => {
  const texts = new Map(inputs.map((a) => [docId(a.file), a.text]));
  const checkQuote = (e: Evidence) => {
    const text = texts.get(e.doc);
    expect(text, `document ${e.doc}`).toBeDefined();
    expect(e.quote).toBe((text as string).slice(e.start, e.end));
  };

  it('passes parseDataset', () => {
    const result = parseDataset(JSON.parse(JSON.stringify(ds)));
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });

  it('quotes the text exactly in every actor mention', () => {
    for (const a of ds.actors) for (const m of a.mentions) checkQuote(m);
  });

  it('quotes the text exactly in every relation evidence', () => {
    for (const r of ds.relations) for (const e of r.evidence) checkQuote(e);
  });

  it('quotes the text exactly in every event evidence', () => {
    for (const ev of ds.events) for (const e of ev.evidence) checkQuote(e);
  });

  it('links relations and events only to actors it lists, with unique ids', () => {
    const ids = new Set(ds.actors.map((a) => a.id));
    expect(ids.size).toBe(ds.actors.length);
    expect(new Set(ds.events.map((e) => e.id)).size).toBe(ds.events.length);
    for (const r of ds.relations) {
      expect(ids.has(r.source), `${r.id} source`).toBe(true);
      expect(ids.has(r.target), `${r.id} target`).toBe(true);
    }
    for (const e of ds.events) {
      expect(e.actors.length, `${e.id} has actors`).toBeGreaterThan(0);
      for (const a of e.actors) expect(ids.has(a), `${e.id} actor ${a}`).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Documents: title from the headline, date from the dateline (or the overlay).

describe('documents', () => {
  it.each([
    [NAVAL, 'Japan and India open JIMEX naval drills in the Bay of Bengal', '2025-10-14'],
    [
      TWO_PLUS_TWO,
      'Japan and India widen security agenda to space and cyber after Tokyo 2+2',
      '2025-06-10',
    ],
    [
      NO_JAPAN,
      'India and Australia step up maritime cooperation as Chinese ships push into the Indian Ocean',
      '2025-02-19',
    ],
  ])('%s is titled by its headline and dated by its dateline', (file, title, date) => {
    const [doc] = single[file].documents;
    expect(doc.title).toBe(title);
    expect(doc.date).toBe(date);
    expect(doc.dateSource).toBe('dateline');
  });

  it('leaves an article without a dateline undated, unless the overlay dates it', () => {
    const [bare] = single[RELATIVE].documents;
    expect(bare.date).toBeNull();
    expect(bare.dateSource).toBeNull();
    const [dated] = relativeWithOverlay.documents;
    expect(dated.date).toBe(ARTICLE_DATE);
    expect(dated.dateSource).toBe('analyst');
    expect(dated.analyst).toEqual([{ field: 'date', value: ARTICLE_DATE, source: 'test' }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Actors: the right kind and country (and role, for titled people).

interface ActorCase {
  file: string;
  phrase: string;
  kind: ActorKind | ActorKind[];
  country?: string | null;
  role?: RegExp;
}

const GEO: ActorKind[] = ['place', 'region'];
const actorCases: ActorCase[] = [
  { file: NAVAL, phrase: 'Japan', kind: 'country', country: 'JP' },
  { file: NAVAL, phrase: 'India', kind: 'country', country: 'IN' },
  { file: NAVAL, phrase: 'China', kind: 'country', country: 'CN' },
  { file: NAVAL, phrase: 'Japan Maritime Self-Defense Force', kind: 'force', country: 'JP' },
  { file: NAVAL, phrase: 'Indian Navy', kind: 'force', country: 'IN' },
  { file: NAVAL, phrase: "China's navy", kind: 'force', country: 'CN' },
  {
    file: NAVAL,
    phrase: 'Vikram Rathore',
    kind: 'person',
    country: 'IN',
    role: /Rear Admiral/,
  },
  { file: NAVAL, phrase: 'Bay of Bengal', kind: GEO },
  { file: NAVAL, phrase: 'Indian Ocean', kind: GEO },
  { file: NAVAL, phrase: 'Visakhapatnam', kind: GEO },

  { file: TWO_PLUS_TWO, phrase: 'Japan', kind: 'country', country: 'JP' },
  { file: TWO_PLUS_TWO, phrase: 'India', kind: 'country', country: 'IN' },
  { file: TWO_PLUS_TWO, phrase: 'Beijing', kind: 'country', country: 'CN' },
  {
    file: TWO_PLUS_TWO,
    phrase: 'Takeshi Iwaya',
    kind: 'person',
    country: 'JP',
    role: /Foreign Minister/,
  },
  {
    file: TWO_PLUS_TWO,
    phrase: 'Gen Nakatani',
    kind: 'person',
    country: 'JP',
    role: /Defen[cs]e Minister/,
  },
  {
    file: TWO_PLUS_TWO,
    phrase: 'S. Jaishankar',
    kind: 'person',
    country: 'IN',
    role: /External Affairs Minister/,
  },
  {
    file: TWO_PLUS_TWO,
    phrase: 'Rajnath Singh',
    kind: 'person',
    country: 'IN',
    role: /Defen[cs]e Minister/,
  },
  {
    file: TWO_PLUS_TWO,
    phrase: 'Shigeru Ishiba',
    kind: 'person',
    country: 'JP',
    role: /Prime Minister/,
  },
  {
    file: TWO_PLUS_TWO,
    phrase: 'Narendra Modi',
    kind: 'person',
    country: 'IN',
    role: /Prime Minister/,
  },
  { file: TWO_PLUS_TWO, phrase: 'East China Sea', kind: GEO },

  { file: NO_JAPAN, phrase: 'India', kind: 'country', country: 'IN' },
  { file: NO_JAPAN, phrase: 'Australia', kind: 'country', country: 'AU' },
  { file: NO_JAPAN, phrase: 'China', kind: 'country', country: 'CN' },
  { file: NO_JAPAN, phrase: 'Sri Lanka', kind: 'country', country: 'LK' },
  {
    file: NO_JAPAN,
    phrase: 'Rajnath Singh',
    kind: 'person',
    country: 'IN',
    role: /Defen[cs]e Minister/,
  },
  {
    file: NO_JAPAN,
    phrase: 'Richard Marles',
    kind: 'person',
    country: 'AU',
    role: /Deputy Prime Minister/,
  },
  { file: NO_JAPAN, phrase: "China's navy", kind: 'force', country: 'CN' },
  { file: NO_JAPAN, phrase: "People's Liberation Army", kind: 'force', country: 'CN' },
  { file: NO_JAPAN, phrase: 'Galwan Valley', kind: GEO },
  { file: NO_JAPAN, phrase: 'Line of Actual Control', kind: GEO },
  { file: NO_JAPAN, phrase: 'Indian Ocean', kind: GEO },
  { file: NO_JAPAN, phrase: 'South China Sea', kind: GEO },

  { file: RELATIVE, phrase: 'Philippines', kind: 'country', country: 'PH' },
  { file: RELATIVE, phrase: 'Beijing', kind: 'country', country: 'CN' },
  { file: RELATIVE, phrase: 'China Coast Guard', kind: 'force', country: 'CN' },
  { file: RELATIVE, phrase: 'Philippine Coast Guard', kind: 'force', country: 'PH' },
  { file: RELATIVE, phrase: 'Scarborough Shoal', kind: GEO },
  { file: RELATIVE, phrase: 'Second Thomas Shoal', kind: GEO },
  { file: RELATIVE, phrase: 'South China Sea', kind: GEO },
  { file: RELATIVE, phrase: 'ASEAN', kind: 'bloc' },
  { file: RELATIVE, phrase: 'United States', kind: 'country', country: 'US' },
];

describe('actors', () => {
  it.each(actorCases)('$file: "$phrase" is a $kind', ({ file, phrase, kind, country, role }) => {
    const a = mustActor(single[file], file, phrase);
    expect(Array.isArray(kind) ? kind : [kind]).toContain(a.kind);
    if (country !== undefined) expect(a.country).toBe(country);
    if (role) expect(a.role ?? '').toMatch(role);
  });

  it(`${NAVAL}: the titled officer is tied to India or its navy`, () => {
    const ds = single[NAVAL];
    const rathore = mustActor(ds, NAVAL, 'Vikram Rathore');
    const targets = [mustActor(ds, NAVAL, 'India').id, mustActor(ds, NAVAL, 'Indian Navy').id];
    const ties = ds.relations.filter(
      (r) =>
        (r.type === 'office-held' || r.type === 'member-of') &&
        r.source === rathore.id &&
        targets.includes(r.target),
    );
    expect(ties.length).toBeGreaterThan(0);
  });

  it(`${NO_JAPAN}: "Singh said" is counted as a mention of Rajnath Singh`, () => {
    const singh = mustActor(single[NO_JAPAN], NO_JAPAN, 'Rajnath Singh');
    const quotes = singh.mentions.filter((m) => m.doc === docId(NO_JAPAN)).map((m) => m.quote);
    expect(quotes.filter((q) => q === 'Singh')).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------
// The article that never mentions Japan yields nothing Japanese.

describe(`${NO_JAPAN}: no Japan`, () => {
  const isJapanese = (a: Actor) =>
    a.country === 'JP' || /japan/i.test(a.name) || a.aliases.some((x) => /japan/i.test(x));

  it('the article text itself never mentions Japan', () => {
    expect(articles[NO_JAPAN].text).not.toMatch(/japan/i);
  });

  it('has no Japanese actor, relation or event when extracted alone', () => {
    const ds = single[NO_JAPAN];
    expect(ds.actors.filter(isJapanese).map((a) => a.name)).toEqual([]);
    const jp = new Set(ds.actors.filter(isJapanese).map((a) => a.id));
    expect(ds.relations.filter((r) => jp.has(r.source) || jp.has(r.target))).toEqual([]);
    expect(ds.events.filter((e) => /japan/i.test(e.title)).map((e) => e.title)).toEqual([]);
  });

  it('attributes nothing Japanese to it when extracted with the other articles', () => {
    const doc = docId(NO_JAPAN);
    const jp = combined.actors.filter(isJapanese);
    expect(jp.flatMap((a) => a.mentions.filter((m) => m.doc === doc).map((m) => m.quote))).toEqual(
      [],
    );
    const jpIds = new Set(jp.map((a) => a.id));
    for (const e of combined.events.filter((x) => x.evidence.some((v) => v.doc === doc))) {
      expect(e.title).not.toMatch(/japan/i);
      expect(e.actors.filter((a) => jpIds.has(a))).toEqual([]);
    }
    for (const r of combined.relations.filter((x) => x.evidence.some((v) => v.doc === doc))) {
      expect([r.source, r.target].filter((a) => jpIds.has(a))).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Events: dated at the precision the text gives, relative dates resolved against the article date.

interface EventCase {
  name: string;
  ds: Dataset;
  file: string;
  kinds: EventKind[];
  /** Words of the sentence that states the event. */
  quote: string;
  date: string | null;
  precision: Precision | null;
  status: EventStatus[];
  title?: RegExp;
  /** What the article calls the actors the event must list. */
  actors?: string[];
}

const eventCases: EventCase[] = [
  {
    name: 'JIMEX began "on Monday" -> the Monday before the Tuesday dateline',
    ds: single[NAVAL],
    file: NAVAL,
    kinds: ['exercise'],
    quote: 'began the JIMEX naval exercise',
    date: '2025-10-13',
    precision: 'day',
    status: ['occurred', 'ongoing'],
    title: /JIMEX/,
    actors: ['Japan Maritime Self-Defense Force', 'Indian Navy'],
  },
  {
    name: 'the previous edition "last year" -> 2024',
    ds: single[NAVAL],
    file: NAVAL,
    kinds: ['exercise'],
    quote: 'previous edition of the exercise',
    date: '2024',
    precision: 'year',
    status: ['occurred'],
  },
  {
    name: '2+2 meeting "on Tuesday" in a Tuesday-datelined story -> that day',
    ds: single[TWO_PLUS_TWO],
    file: TWO_PLUS_TWO,
    kinds: ['meeting'],
    quote: '2+2 meeting',
    date: '2025-06-10',
    precision: 'day',
    status: ['occurred'],
    title: /2\+2/,
    actors: ['Japan', 'India'],
  },
  {
    name: 'the 2008 Joint Declaration -> 2008, named without trailing words',
    ds: single[TWO_PLUS_TWO],
    file: TWO_PLUS_TWO,
    kinds: ['agreement'],
    quote: '2008 Joint Declaration',
    date: '2008',
    precision: 'year',
    status: ['occurred'],
    title: /Joint Declaration on Security Cooperation$/,
    actors: ['Japan', 'India'],
  },
  {
    name: 'the declaration "would update it" -> a planned, undated revision',
    ds: single[TWO_PLUS_TWO],
    file: TWO_PLUS_TWO,
    kinds: ['revision'],
    quote: 'would update it',
    date: null,
    precision: null,
    status: ['planned'],
    title: /Joint Declaration on Security Cooperation$/,
  },
  {
    name: 'a summit "next year" -> planned for 2026',
    ds: single[TWO_PLUS_TWO],
    file: TWO_PLUS_TWO,
    kinds: ['meeting'],
    quote: 'annual summit',
    date: '2026',
    precision: 'year',
    status: ['planned'],
    title: /summit/i,
    actors: ['Japan', 'India'],
  },
  {
    name: 'ministers "held talks ... on Monday" -> the Monday before the Wednesday dateline',
    ds: single[NO_JAPAN],
    file: NO_JAPAN,
    kinds: ['meeting'],
    quote: 'held talks',
    date: '2025-02-17',
    precision: 'day',
    status: ['occurred'],
    actors: ['India', 'Australia'],
  },
  {
    name: 'AUSINDEX "later this year" -> planned for 2025',
    ds: single[NO_JAPAN],
    file: NO_JAPAN,
    kinds: ['exercise'],
    quote: 'AUSINDEX',
    date: '2025',
    precision: 'year',
    status: ['planned'],
    title: /AUSINDEX/,
  },
  {
    name: 'a Chinese research vessel docked in Colombo "last month" -> 2025-01',
    ds: single[NO_JAPAN],
    file: NO_JAPAN,
    kinds: ['deployment'],
    quote: 'research vessel docked in Colombo',
    date: '2025-01',
    precision: 'month',
    status: ['occurred'],
    actors: ['China', 'Sri Lanka'],
  },
  {
    name: 'the Galwan border clash "in June 2020" -> 2020-06',
    ds: single[NO_JAPAN],
    file: NO_JAPAN,
    kinds: ['armed-clash'],
    quote: 'border clash in the Galwan Valley',
    date: '2020-06',
    precision: 'month',
    status: ['occurred'],
    actors: ['India', 'China', 'Galwan Valley'],
  },
  {
    name: 'with overlay: the incursion "on Friday" -> the Friday before 2025-03-12',
    ds: relativeWithOverlay,
    file: RELATIVE,
    kinds: ['incursion'],
    quote: 'incursion by China Coast Guard vessels',
    date: '2025-03-07',
    precision: 'day',
    status: ['occurred'],
    actors: ['China Coast Guard', 'Scarborough Shoal', 'Philippines'],
  },
  {
    name: 'with overlay: the standoff "last month" -> 2025-02',
    ds: relativeWithOverlay,
    file: RELATIVE,
    kinds: ['armed-clash', 'incursion', 'aggression', 'deployment'],
    quote: 'standoff at Second Thomas Shoal',
    date: '2025-02',
    precision: 'month',
    status: ['occurred'],
    actors: ['China', 'Philippines'],
  },
  {
    name: 'without overlay: the incursion "on Friday" stays undated',
    ds: single[RELATIVE],
    file: RELATIVE,
    kinds: ['incursion'],
    quote: 'incursion by China Coast Guard vessels',
    date: null,
    precision: null,
    status: ['occurred'],
    actors: ['China Coast Guard', 'Philippines'],
  },
  {
    name: 'without overlay: the standoff "last month" stays undated',
    ds: single[RELATIVE],
    file: RELATIVE,
    kinds: ['armed-clash', 'incursion', 'aggression', 'deployment'],
    quote: 'standoff at Second Thomas Shoal',
    date: null,
    precision: null,
    status: ['occurred'],
  },
];

describe('events', () => {
  it.each(eventCases)('$file: $name', (c) => {
    const found = eventsQuoting(c.ds, c.file, c.kinds, c.quote);
    expect(found.length, `an event of kind ${c.kinds.join('/')} quoting "${c.quote}"`).toBe(1);
    const [e] = found;
    expect({ date: e.date, precision: e.precision }).toEqual({
      date: c.date,
      precision: c.precision,
    });
    expect(c.status).toContain(e.status);
    if (c.title) expect(e.title).toMatch(c.title);
    for (const phrase of c.actors ?? []) {
      expect(e.actors, `${e.id} lists ${phrase}`).toContain(mustActor(c.ds, c.file, phrase).id);
    }
  });

  it(`${NAVAL}: the 2024 and 2025 editions of the exercise are separate events`, () => {
    const editions = single[NAVAL].events.filter((e) => e.kind === 'exercise' && e.date);
    expect(editions.map((e) => e.date).sort()).toEqual(['2024', '2025-10-13']);
  });

  it(`${RELATIVE}: without the overlay no event gets a date at all`, () => {
    const events = single[RELATIVE].events;
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.date !== null || e.precision !== null)).toEqual([]);
  });

  it(`${RELATIVE}: without the overlay the date words are kept for the reader`, () => {
    const [friday] = eventsQuoting(
      single[RELATIVE],
      RELATIVE,
      ['incursion'],
      'incursion by China Coast Guard',
    );
    expect(friday?.dateText ?? '').toMatch(/Friday/);
    const [standoff] = eventsQuoting(
      single[RELATIVE],
      RELATIVE,
      ['armed-clash', 'incursion', 'aggression', 'deployment'],
      'standoff at Second Thomas Shoal',
    );
    expect(standoff?.dateText ?? '').toMatch(/last month/i);
  });

  it(`${RELATIVE}: with the overlay every date is one the text gives`, () => {
    const dates = relativeWithOverlay.events.map((e) => e.date);
    for (const d of dates) expect([null, '2025-03-07', '2025-02']).toContain(d);
  });

  it(`${RELATIVE}: incursions are maritime, not economy & sanctions`, () => {
    const incursions = single[RELATIVE].events.filter((e) => e.kind === 'incursion');
    expect(incursions.length).toBeGreaterThan(0);
    for (const e of incursions) {
      expect(e.domains, e.id).toContain('maritime');
      expect(e.domains, e.id).not.toContain('economy-sanctions');
    }
  });

  it('combined extraction keeps each article its own dates', () => {
    const check = (file: string, kinds: EventKind[], quote: string, date: string) => {
      const found = eventsQuoting(combined, file, kinds, quote);
      expect(found.map((e) => e.date)).toContain(date);
    };
    check(NAVAL, ['exercise'], 'began the JIMEX naval exercise', '2025-10-13');
    check(TWO_PLUS_TWO, ['meeting'], '2+2 meeting', '2025-06-10');
    check(NO_JAPAN, ['armed-clash'], 'Galwan Valley', '2020-06');
    check(RELATIVE, ['incursion'], 'incursion by China Coast Guard', '2025-03-07');
  });
});

// ---------------------------------------------------------------------------------------------
// Relations: sensible types between the right actors.

interface RelationCase {
  file: string;
  type: RelationType;
  /** What the article calls the two actors; for directed types, source then target. */
  between: [string, string];
  domains?: Domain[];
}

const relationCases: RelationCase[] = [
  { file: NAVAL, type: 'cooperation', between: ['Japan', 'India'] },
  { file: NAVAL, type: 'tension', between: ['India', 'China'] },
  { file: NAVAL, type: 'member-of', between: ['Indian Navy', 'India'] },
  { file: NAVAL, type: 'member-of', between: ['Japan Maritime Self-Defense Force', 'Japan'] },

  {
    file: TWO_PLUS_TWO,
    type: 'cooperation',
    between: ['Japan', 'India'],
    domains: ['space', 'cyber'],
  },
  { file: TWO_PLUS_TWO, type: 'arms-trade', between: ['Japan', 'India'] },
  { file: TWO_PLUS_TWO, type: 'tension', between: ['Japan', 'China'] },
  { file: TWO_PLUS_TWO, type: 'tension', between: ['India', 'China'] },
  { file: TWO_PLUS_TWO, type: 'office-held', between: ['Takeshi Iwaya', 'Japan'] },
  { file: TWO_PLUS_TWO, type: 'office-held', between: ['Gen Nakatani', 'Japan'] },
  { file: TWO_PLUS_TWO, type: 'office-held', between: ['S. Jaishankar', 'India'] },
  { file: TWO_PLUS_TWO, type: 'office-held', between: ['Rajnath Singh', 'India'] },

  { file: NO_JAPAN, type: 'cooperation', between: ['India', 'Australia'], domains: ['maritime'] },
  { file: NO_JAPAN, type: 'influence', between: ['China', 'Sri Lanka'] },
  { file: NO_JAPAN, type: 'armed-clash', between: ['India', 'China'] },
  { file: NO_JAPAN, type: 'office-held', between: ['Rajnath Singh', 'India'] },
  { file: NO_JAPAN, type: 'office-held', between: ['Richard Marles', 'Australia'] },

  { file: RELATIVE, type: 'tension', between: ['Philippines', 'China'] },
  { file: RELATIVE, type: 'incursion', between: ['China Coast Guard', 'Philippines'] },
];

describe('relations', () => {
  it.each(relationCases)('$file: $type between $between', ({ file, type, between, domains }) => {
    const ds = single[file];
    const [a, b] = between.map((p) => mustActor(ds, file, p).id);
    const found = ds.relations.filter(
      (r) =>
        r.type === type &&
        ((r.source === a && r.target === b) || (!r.directed && r.source === b && r.target === a)),
    );
    expect(found.length, `${type} ${a} -> ${b}`).toBe(1);
    for (const d of domains ?? []) expect(found[0].domains).toContain(d);
  });

  it(`${NO_JAPAN}: India and China, whose relations are "strained", are not cooperating`, () => {
    const ds = single[NO_JAPAN];
    const pair = new Set(['India', 'China'].map((p) => mustActor(ds, NO_JAPAN, p).id));
    const coop = ds.relations.filter(
      (r) => r.type === 'cooperation' && pair.has(r.source) && pair.has(r.target),
    );
    expect(coop.map((r) => r.evidence[0].quote)).toEqual([]);
  });
});
