/**
 * The view as a link: filters, selection, zoom and tab to a short query string and back, so
 * every view can be shared, reloaded and walked with back/forward. Parsing never throws: what is
 * malformed or unknown is dropped with a notice naming the parameter and the value, and
 * everything valid is kept.
 */
import type { Filters } from '../filters/types.ts';
import { ACTOR_KINDS, DOMAINS, EVENT_STATUSES, RELATION_TYPES } from '../model/vocabulary.ts';
import { isIsoDay } from '../model/isoDate.ts';
import { BRIEFING_PARAMS } from './briefingLink.ts';
import { encode, quote } from './linkText.ts';
import type { Selection } from './selection.ts';
import { MAX_QUERY_LENGTH, type ViewState, type Zoom } from './viewState.ts';

/** What a link may refer to: the ids and countries in the data, and the tabs. */
export interface KnownValues {
  actorIds: Set<string>;
  eventIds: Set<string>;
  /** Relation ids (a link may select a relation); none known when absent. */
  relationIds?: Set<string>;
  countries: Set<string>;
  tabs: string[];
  /** Allowed zoom scales; the network's d3-zoom extent by default. */
  scaleExtent?: [number, number];
}

export const DEFAULT_SCALE_EXTENT: [number, number] = [0.5, 6];
const MAX_OFFSET = 1e6;
const MAX_NOTICES = 20;
const PARAMS = [
  'domain',
  'country',
  'between',
  'kind',
  'type',
  'status',
  'from',
  'to',
  'q',
  'sel',
  'zoom',
];
const KNOWN_PARAMS = new Set([...PARAMS, 'tab', ...BRIEFING_PARAMS]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits + 0;

/** Zoom as links keep it: offsets to 1/100 px, scale to 4 decimals. */
export const roundZoom = (z: Zoom): Zoom => ({
  x: round(z.x, 2),
  y: round(z.y, 2),
  k: round(z.k, 4),
});

/**
 * The view as a query string (no '?'): fixed parameter order, defaults left out, and the tab
 * left out when it is `defaultTab` (parsing then gives '', the default tab).
 * @example serializeViewState({ ...EMPTY_VIEW_STATE, selection: { kind: 'actor', id: 'japan' } }) // -> 'sel=actor:japan'
 */
export function serializeViewState(state: ViewState, options: { defaultTab?: string } = {}) {
  const { filters: f, selection, zoom, tab } = state;
  const z = zoom && roundZoom(zoom);
  const values: Record<string, string> = {
    domain: f.domains.map(encode).join(','),
    country: f.countries.map(encode).join(','),
    between: f.betweenOnly ? '1' : '',
    kind: f.kinds.map(encode).join(','),
    type: f.relationTypes.map(encode).join(','),
    status: f.statuses.map(encode).join(','),
    from: f.period ? encode(f.period[0]) : '',
    to: f.period ? encode(f.period[1]) : '',
    q: encode(f.query),
    sel: selection ? `${selection.kind}:${encode(selection.id)}` : '',
    zoom: z ? `${z.x},${z.y},${z.k}` : '',
  };
  const parts = PARAMS.filter((key) => values[key]).map((key) => `${key}=${values[key]}`);
  if (tab && tab !== options.defaultTab) parts.push(`tab=${encode(tab)}`);
  return parts.join('&');
}

const decode = (s: string): string | null => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
};

const oneOf = (list: readonly string[]) =>
  list.length > 12 ? `${list.slice(0, 12).join(', ')}, …` : list.join(', ');

const vocabulary = (what: string, list: readonly string[]) => {
  const set = new Set<string>(list);
  return (value: string) => (set.has(value) ? null : `not ${what} (${oneOf(list)})`);
};

const CHECKS = {
  domain: vocabulary('a domain', DOMAINS),
  kind: vocabulary('an actor kind', ACTOR_KINDS),
  type: vocabulary('a relation type', RELATION_TYPES),
  status: vocabulary('an event status', EVENT_STATUSES),
};

/**
 * Reads a query string back into a view; whatever cannot be used is reported and dropped.
 * `missing` is the part of `notices` about values the data lacks (a country, a selected id):
 * data that arrives later (stored articles) may have them.
 * @example parseViewState('domain=space,weather', known).notices // -> ['Ignored domain "weather": not a domain (maritime, …)']
 */
export function parseViewState(
  query: string,
  known: KnownValues,
): { state: ViewState; notices: string[]; missing: string[] } {
  const notices: string[] = [];
  const missing: string[] = [];
  const note = (text: string) => notices.push(text);
  const lacks = (text: string) => (notices.push(text), missing.push(text));
  const raw = new Map<string, string>();
  const text = query.startsWith('?') ? query.slice(1) : query;
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (key === null) note(`Ignored parameter ${quote(rawKey)}: not valid URL encoding`);
    else if (!KNOWN_PARAMS.has(key))
      note(
        `Ignored parameter ${quote(key)}: not a link parameter (${[...KNOWN_PARAMS].join(', ')})`,
      );
    else if (raw.has(key))
      note(`Ignored repeated ${key} ${quote(value ?? rawValue)}: ${key} may appear once`);
    else if (value === null) {
      raw.set(key, '');
      note(`Ignored ${key} ${quote(rawValue)}: not valid URL encoding`);
    } else raw.set(key, value);
  }

  const list = <T extends string>(
    key: string,
    check: (value: string) => string | null,
    tell: (text: string) => void = note,
  ) => {
    const kept: string[] = [];
    for (const value of (raw.get(key) ?? '').split(',')) {
      if (!value) continue;
      if (kept.includes(value)) note(`Ignored ${key} ${quote(value)}: listed twice`);
      else {
        const problem = check(value);
        if (problem) tell(`Ignored ${key} ${quote(value)}: ${problem}`);
        else kept.push(value);
      }
    }
    return kept as T[];
  };
  const countries = list<string>(
    'country',
    (c) => (known.countries.has(c) ? null : `no actor in the data is from country ${c}`),
    lacks,
  );

  const filters: Filters = {
    domains: list('domain', CHECKS.domain),
    countries,
    kinds: list('kind', CHECKS.kind),
    relationTypes: list('type', CHECKS.type),
    statuses: list('status', CHECKS.status),
    period: parsePeriod(raw.get('from') ?? '', raw.get('to') ?? '', note),
    query: '',
  };
  const between = raw.get('between');
  if (between === '1') filters.betweenOnly = true;
  else if (between !== undefined && between !== null)
    note(`Ignored between ${quote(between)}: it is 1 or absent`);
  const q = raw.get('q') ?? '';
  if (q.length > MAX_QUERY_LENGTH)
    note(`Ignored q ${quote(q)} (${q.length} characters): a search is at most ${MAX_QUERY_LENGTH}`);
  else filters.query = q;

  const tab = raw.get('tab') ?? '';
  if (tab && !known.tabs.includes(tab))
    note(`Ignored tab ${quote(tab)}: not a tab (${oneOf(known.tabs)})`);

  const state: ViewState = {
    filters,
    selection: parseSelection(raw.get('sel') ?? '', known, note, lacks),
    zoom: parseZoom(raw.get('zoom') ?? '', known.scaleExtent ?? DEFAULT_SCALE_EXTENT, note),
    tab: known.tabs.includes(tab) ? tab : '',
  };
  if (notices.length > MAX_NOTICES) {
    const more = notices.length - MAX_NOTICES;
    notices.splice(MAX_NOTICES, more, `…and ${more} more problems in the link were ignored`);
  }
  return { state, notices, missing };
}

function parsePeriod(
  from: string,
  to: string,
  note: (text: string) => void,
): [string, string] | null {
  const fromOk = isIsoDay(from);
  const toOk = isIsoDay(to);
  if (from && !fromOk) note(`Ignored from ${quote(from)}: not a date (YYYY-MM-DD)`);
  if (to && !toOk) note(`Ignored to ${quote(to)}: not a date (YYYY-MM-DD)`);
  if (fromOk && toOk && from > to)
    note(`Ignored from ${quote(from)} and to ${quote(to)}: the period starts after it ends`);
  else if (fromOk && toOk) return [from, to];
  else if (fromOk) note(`Ignored from ${quote(from)}: a period needs a valid to as well`);
  else if (toOk) note(`Ignored to ${quote(to)}: a period needs a valid from as well`);
  return null;
}

function parseSelection(
  value: string,
  known: KnownValues,
  note: (text: string) => void,
  lacks: (text: string) => void,
): Selection {
  if (!value) return null;
  const match = /^(actor|event|relation):(.+)$/.exec(value);
  if (!match) {
    note(`Ignored sel ${quote(value)}: expected actor:<id>, event:<id> or relation:<id>`);
    return null;
  }
  const kind = match[1] as 'actor' | 'event' | 'relation';
  const id = match[2];
  const ids = {
    actor: known.actorIds,
    event: known.eventIds,
    relation: known.relationIds ?? new Set<string>(),
  }[kind];
  if (!ids.has(id)) {
    lacks(`Ignored sel ${quote(value)}: no ${kind} with id ${quote(id)} in the data`);
    return null;
  }
  return { kind, id };
}

function parseZoom(value: string, [min, max]: [number, number], note: (text: string) => void) {
  if (!value) return null;
  const parts = value.split(',');
  const numbers = parts.map((p) => (NUMBER.test(p) ? Number(p) : NaN));
  const bad = parts.find((p, i) => !Number.isFinite(numbers[i]));
  let problem = '';
  if (parts.length !== 3) problem = 'expected three numbers x,y,k';
  else if (bad !== undefined) problem = `${quote(bad)} is not a finite number`;
  else if (Math.abs(numbers[0]) > MAX_OFFSET || Math.abs(numbers[1]) > MAX_OFFSET)
    problem = `the offset is beyond ±${MAX_OFFSET}`;
  else if (numbers[2] < min || numbers[2] > max)
    problem = `the scale ${numbers[2]} is outside ${min}–${max}`;
  if (problem) {
    note(`Ignored zoom ${quote(value)}: ${problem}`);
    return null;
  }
  return roundZoom({ x: numbers[0], y: numbers[1], k: numbers[2] });
}

/**
 * A view (say, a saved one) checked against the data as if it came from a link.
 * @example validateViewState(savedView.state, known) // -> { state, notices }
 */
export const validateViewState = (state: ViewState, known: KnownValues) =>
  parseViewState(serializeViewState(state), known);
