import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/filters/types.ts';
import {
  ACTOR_KINDS,
  DOMAINS,
  EVENT_STATUSES,
  RELATION_TYPES,
} from '../../../src/lib/model/vocabulary.ts';
import { isIsoDay } from '../../../src/lib/model/isoDate.ts';
import {
  parseViewState,
  serializeViewState,
  validateViewState,
  type KnownValues,
} from '../../../src/lib/state/urlState.ts';
import { EMPTY_VIEW_STATE, type ViewState } from '../../../src/lib/state/viewState.ts';

const known: KnownValues = {
  actorIds: new Set(['japan', 'china', 'india', 'galwan-valley']),
  eventIds: new Set(['galwan-clash-2020', 'quad-summit']),
  countries: new Set(['JP', 'CN', 'IN', 'US', 'EU']),
  tabs: ['overview', 'actors', 'relations', 'events'],
};

const view = (filters: Partial<Filters>, rest: Partial<ViewState> = {}): ViewState => ({
  ...EMPTY_VIEW_STATE,
  filters: { ...EMPTY_FILTERS, ...filters },
  ...rest,
});

const FULL = view(
  {
    domains: ['space', 'cyber'],
    countries: ['JP', 'CN'],
    kinds: ['person'],
    relationTypes: ['cooperation'],
    statuses: ['planned'],
    period: ['2018-01-01', '2020-12-31'],
    query: 'galwan',
  },
  { selection: { kind: 'actor', id: 'japan' }, zoom: { x: 10, y: 20, k: 1.5 }, tab: 'actors' },
);

describe('serializeViewState', () => {
  it.each([
    { name: 'the default view is the empty string', input: EMPTY_VIEW_STATE, expected: '' },
    {
      name: 'every parameter, in a fixed order',
      input: FULL,
      expected:
        'domain=space,cyber&country=JP,CN&kind=person&type=cooperation&status=planned' +
        '&from=2018-01-01&to=2020-12-31&q=galwan&sel=actor:japan&zoom=10,20,1.5&tab=actors',
    },
    {
      name: 'a search is URL-encoded, spaces as +',
      input: view({ query: 'south china sea & "nine-dash" 100% +1' }),
      expected: 'q=south+china+sea+%26+%22nine-dash%22+100%25+%2B1',
    },
    {
      name: 'an event selection',
      input: view({}, { selection: { kind: 'event', id: 'quad-summit' } }),
      expected: 'sel=event:quad-summit',
    },
    {
      name: 'zoom is rounded to 1/100 px and 4 decimals of scale, without -0',
      input: view({}, { zoom: { x: 12.345678, y: -0.0001, k: 1.234567 } }),
      expected: 'zoom=12.35,0,1.2346',
    },
  ])('$name', ({ input, expected }) => {
    expect(serializeViewState(input)).toBe(expected);
  });

  it('leaves out the default tab when told which it is', () => {
    const state = view({}, { tab: 'overview' });
    expect(serializeViewState(state, { defaultTab: 'overview' })).toBe('');
    expect(serializeViewState(state)).toBe('tab=overview');
  });

  it('does not mutate its input', () => {
    const input = structuredClone(FULL);
    serializeViewState(input);
    validateViewState(input, known);
    expect(input).toEqual(FULL);
  });
});

describe('parseViewState round-trips', () => {
  it.each([
    { name: 'the default view', input: EMPTY_VIEW_STATE },
    { name: 'every parameter', input: FULL },
    { name: 'a search with URL syntax in it', input: view({ query: 'a=b&c=d?e#f,g:h/+%20' }) },
    { name: 'a search in other scripts', input: view({ query: 'ガルワン 加勒万 🇮🇳 Ελλάδα' }) },
    { name: 'a search of spaces', input: view({ query: '  ' }) },
    { name: 'a one-day period', input: view({ period: ['2020-06-15', '2020-06-15'] }) },
    { name: 'a leap day', input: view({ period: ['2020-02-29', '2024-02-29'] }) },
    {
      name: 'negative pan, fractional scale',
      input: view({}, { zoom: { x: -250.5, y: -0.25, k: 0.5 } }),
    },
    { name: 'every tab', input: view({}, { tab: 'events' }) },
    { name: 'values in the order chosen', input: view({ domains: ['energy', 'maritime'] }) },
    {
      name: 'between the chosen countries only',
      input: view({ countries: ['JP', 'CN'], betweenOnly: true }),
    },
  ])('$name', ({ input }) => {
    const { state, notices } = parseViewState(serializeViewState(input), known);
    expect(notices).toEqual([]);
    expect(state).toEqual(input);
  });

  it('a junk "between" is ignored with a notice', () => {
    const { state, notices } = parseViewState('country=JP&between=yes', known);
    expect(state.filters.betweenOnly).toBeUndefined();
    expect(notices).toEqual(['Ignored between "yes": it is 1 or absent']);
  });

  it('a leading ? is accepted', () => {
    expect(parseViewState(`?${serializeViewState(FULL)}`, known)).toEqual({
      state: FULL,
      notices: [],
      missing: [],
    });
  });

  it('holds for 500 random valid states (seeded)', () => {
    const random = mulberry32(42);
    const pick = <T>(list: readonly T[]) => list.filter(() => random() < 0.3);
    const one = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const chars = 'abc xyz&=?#%+,:/"\'<>éガ🙂\\\n';
    for (let i = 0; i < 500; i++) {
      const from = `20${10 + Math.floor(random() * 10)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`;
      const state = view(
        {
          domains: pick(DOMAINS),
          countries: pick([...known.countries]),
          kinds: pick(ACTOR_KINDS),
          relationTypes: pick(RELATION_TYPES),
          statuses: pick(EVENT_STATUSES),
          period: random() < 0.5 ? null : [from, '2029-12-31'],
          query: Array.from({ length: Math.floor(random() * 30) }, () => one([...chars])).join(''),
        },
        {
          selection:
            random() < 0.3
              ? null
              : random() < 0.5
                ? { kind: 'actor', id: one([...known.actorIds]) }
                : { kind: 'event', id: one([...known.eventIds]) },
          zoom:
            random() < 0.3
              ? null
              : {
                  x: Math.round((random() - 0.5) * 2e5) / 100,
                  y: Math.round((random() - 0.5) * 2e5) / 100,
                  k: Math.round((0.5 + random() * 5.5) * 1e4) / 1e4,
                },
          tab: one(['', ...known.tabs]),
        },
      );
      const query = serializeViewState(state);
      const { state: back, notices } = parseViewState(query, known);
      expect(notices, query).toEqual([]);
      expect(back, query).toEqual(state);
    }
  });
});

describe('parseViewState ignores what it cannot use, with a notice naming it', () => {
  const PARAMS =
    'domain, country, between, kind, type, status, from, to, q, sel, zoom, tab, step, brief, theme, presenter';
  it.each([
    {
      name: 'an unknown domain (the rest is kept)',
      input: '?domain=space,weather,cyber',
      expected: view({ domains: ['space', 'cyber'] }),
      notices: [`Ignored domain "weather": not a domain (${DOMAINS.join(', ')})`],
    },
    {
      name: 'a country not in the data',
      input: 'country=JP,ZZ',
      expected: view({ countries: ['JP'] }),
      notices: ['Ignored country "ZZ": no actor in the data is from country ZZ'],
    },
    {
      name: 'an unknown kind, type and status',
      input: 'kind=alien&type=friendship&status=maybe',
      expected: EMPTY_VIEW_STATE,
      notices: [
        `Ignored kind "alien": not an actor kind (${ACTOR_KINDS.join(', ')})`,
        `Ignored type "friendship": not a relation type (${RELATION_TYPES.join(', ')})`,
        `Ignored status "maybe": not an event status (occurred, planned, ongoing)`,
      ],
    },
    {
      name: 'a value listed twice',
      input: 'domain=space,space',
      expected: view({ domains: ['space'] }),
      notices: ['Ignored domain "space": listed twice'],
    },
    {
      name: 'broken percent-encoding',
      input: '?domain=%E0%A4%A&q=ok',
      expected: view({ query: 'ok' }),
      notices: ['Ignored domain "%E0%A4%A": not valid URL encoding'],
    },
    {
      name: 'broken percent-encoding in a name',
      input: '%E0=1',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored parameter "%E0": not valid URL encoding'],
    },
    {
      name: 'a zoom of NaN and infinity',
      input: '?zoom=NaN,1,1e309',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored zoom "NaN,1,1e309": "NaN" is not a finite number'],
    },
    {
      name: 'a zoom of two numbers',
      input: 'zoom=1,2',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored zoom "1,2": expected three numbers x,y,k'],
    },
    {
      name: 'a zoom that is not a number',
      input: 'zoom=0x10,2,1',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored zoom "0x10,2,1": "0x10" is not a finite number'],
    },
    {
      name: 'a zoom scale out of range',
      input: 'zoom=0,0,40',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored zoom "0,0,40": the scale 40 is outside 0.5–6'],
    },
    {
      name: 'a pan out of range',
      input: 'zoom=1e7,0,1',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored zoom "1e7,0,1": the offset is beyond ±1000000'],
    },
    {
      name: 'a selection with no id',
      input: '?sel=actor:',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored sel "actor:": expected actor:<id>, event:<id> or relation:<id>'],
    },
    {
      name: 'a selection with no kind',
      input: '?sel=weird',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored sel "weird": expected actor:<id>, event:<id> or relation:<id>'],
    },
    {
      name: 'an actor not in the data',
      input: 'sel=actor:atlantis',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored sel "actor:atlantis": no actor with id "atlantis" in the data'],
    },
    {
      name: 'an actor id given as an event',
      input: 'sel=event:japan',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored sel "event:japan": no event with id "japan" in the data'],
    },
    {
      name: 'an impossible date (and the period it belonged to)',
      input: '?from=2020-13-45&to=2021-01-01',
      expected: EMPTY_VIEW_STATE,
      notices: [
        'Ignored from "2020-13-45": not a date (YYYY-MM-DD)',
        'Ignored to "2021-01-01": a period needs a valid from as well',
      ],
    },
    {
      name: 'a date alone',
      input: 'from=2020-01-01',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored from "2020-01-01": a period needs a valid to as well'],
    },
    {
      name: 'a period that ends before it starts',
      input: 'from=2021-01-01&to=2020-01-01',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored from "2021-01-01" and to "2020-01-01": the period starts after it ends'],
    },
    {
      name: 'a search over 200 characters',
      input: `?q=${'x'.repeat(5000)}`,
      expected: EMPTY_VIEW_STATE,
      notices: [`Ignored q "${'x'.repeat(40)}…" (5000 characters): a search is at most 200`],
    },
    {
      name: 'an unknown tab',
      input: 'tab=settings',
      expected: EMPTY_VIEW_STATE,
      notices: ['Ignored tab "settings": not a tab (overview, actors, relations, events)'],
    },
    {
      name: '__proto__',
      input: '?__proto__=1',
      expected: EMPTY_VIEW_STATE,
      notices: [`Ignored parameter "__proto__": not a link parameter (${PARAMS})`],
    },
    {
      name: 'toString',
      input: '?toString=1&constructor=2',
      expected: EMPTY_VIEW_STATE,
      notices: [
        `Ignored parameter "toString": not a link parameter (${PARAMS})`,
        `Ignored parameter "constructor": not a link parameter (${PARAMS})`,
      ],
    },
    {
      name: 'a repeated parameter (the first is kept)',
      input: 'domain=space&domain=cyber&q=a&q=b',
      expected: view({ domains: ['space'], query: 'a' }),
      notices: [
        'Ignored repeated domain "cyber": domain may appear once',
        'Ignored repeated q "b": q may appear once',
      ],
    },
    {
      name: 'a name in the wrong case',
      input: 'Domain=space',
      expected: EMPTY_VIEW_STATE,
      notices: [`Ignored parameter "Domain": not a link parameter (${PARAMS})`],
    },
    {
      name: 'empty values, stray separators and bare names are no-ops',
      input: '?&&domain=&q&sel=&domain2',
      expected: EMPTY_VIEW_STATE,
      notices: [`Ignored parameter "domain2": not a link parameter (${PARAMS})`],
    },
  ])('$name', ({ input, expected, notices }) => {
    const result = parseViewState(input, known);
    expect(result.notices).toEqual(notices);
    expect(result.state).toEqual(expected);
  });

  it('keeps everything valid around the junk', () => {
    const query = `${serializeViewState(FULL)}&domain=weather&zoom=NaN&sel=weird&bogus=1`;
    const { state, notices } = parseViewState(query, known);
    expect(state).toEqual(FULL);
    expect(notices).toEqual([
      'Ignored repeated domain "weather": domain may appear once',
      'Ignored repeated zoom "NaN": zoom may appear once',
      'Ignored repeated sel "weird": sel may appear once',
      'Ignored parameter "bogus": not a link parameter (domain, country, between, kind, type, status, from, to, q, sel, zoom, tab, step, brief, theme, presenter)',
    ]);
  });

  it('caps the notices of a junk link at 20 and says how many more', () => {
    const junk = Array.from({ length: 100 }, (_, i) => `d${i}`).join(',');
    const { notices } = parseViewState(`domain=${junk}`, known);
    expect(notices).toHaveLength(21);
    expect(notices[20]).toBe('…and 80 more problems in the link were ignored');
  });

  it('never throws, and never pollutes Object.prototype, on random junk (seeded)', () => {
    const random = mulberry32(7);
    const alphabet = [
      '%',
      '&',
      '=',
      '?',
      ',',
      ':',
      '+',
      'E0',
      'ff',
      '__proto__',
      'domain',
      'sel',
      'zoom',
      'q',
      'from',
      'actor',
      '1',
      '-',
      'é',
      '🙂',
      '\u0000',
      ' ',
    ];
    for (let i = 0; i < 2000; i++) {
      const input = Array.from(
        { length: Math.floor(random() * 40) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const { state, notices } = parseViewState(input, known);
      expect(notices.every((n) => n.startsWith('Ignored') || n.startsWith('…'))).toBe(true);
      expect(parseViewState(serializeViewState(state), known).state).toEqual(state);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('validateViewState', () => {
  it('checks a stored view against the data as a link would be', () => {
    const stale = view({ countries: ['JP', 'XX'] }, { selection: { kind: 'actor', id: 'gone' } });
    const missing = [
      'Ignored country "XX": no actor in the data is from country XX',
      'Ignored sel "actor:gone": no actor with id "gone" in the data',
    ];
    expect(validateViewState(stale, known)).toEqual({
      state: view({ countries: ['JP'] }),
      notices: missing,
      missing,
    });
  });
});

describe('what the data lacks (data that joins later may have it)', () => {
  it('is told apart from what no data could make valid', () => {
    const { notices, missing } = parseViewState(
      'country=XX,JP,JP&sel=event:later&domain=weather&zoom=1',
      known,
    );
    expect(missing).toEqual([
      'Ignored country "XX": no actor in the data is from country XX',
      'Ignored sel "event:later": no event with id "later" in the data',
    ]);
    expect(notices.filter((n) => !missing.includes(n))).toEqual([
      'Ignored country "JP": listed twice',
      expect.stringMatching(/^Ignored domain "weather": not a domain/),
      'Ignored zoom "1": expected three numbers x,y,k',
    ]);
  });
});

describe('isIsoDay', () => {
  it.each([
    { input: '2020-02-29', expected: true },
    { input: '2021-02-29', expected: false },
    { input: '2020-13-45', expected: false },
    { input: '2020-1-1', expected: false },
    { input: '2020-01-01T00:00', expected: false },
    { input: '', expected: false },
  ])('$input -> $expected', ({ input, expected }) => {
    expect(isIsoDay(input)).toBe(expected);
  });
});

/** A small seeded random source, so the property-style cases are the same every run. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('prototype names as values', () => {
  it('are refused in every parameter, each with a notice, and pollute nothing', () => {
    const names = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
    const input = [
      `domain=${names.join(',')}`,
      `country=${names.join(',')}`,
      `kind=${names.join(',')}`,
      `type=${names.join(',')}`,
      `status=${names.join(',')}`,
      'sel=actor:__proto__',
      'tab=constructor',
      'zoom=__proto__',
      'from=constructor',
    ].join('&');
    const { state, notices } = parseViewState(input, known);
    expect(state).toEqual(EMPTY_VIEW_STATE);
    // Five values in each of five lists, then sel, tab, zoom and the period (capped at 20 + 1).
    expect(notices).toHaveLength(21);
    expect(notices.slice(0, 20).every((n) => n.startsWith('Ignored'))).toBe(true);
    for (const id of ['__proto__', 'constructor']) {
      const sel = parseViewState(`sel=actor:${id}`, known);
      expect(sel.state.selection).toBeNull();
      expect(sel.notices).toHaveLength(1);
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
