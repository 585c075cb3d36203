/**
 * Dates of facts and the period filter. Events have their own dates; relations do not, so a
 * relation is dated by its evidence: a sentence that also states a dated event takes that
 * event's date, any other sentence takes its article's date. A period keeps the events whose
 * dates overlap it (ongoing ones run on to the end of the data), the relations with at least one
 * piece of evidence dated inside it, and the actors of either.
 */
import type { Dataset, Evidence, TielineEvent } from './schema.ts';

/** An inclusive range of ISO days. */
export type DayRange = [string, string];

const LAST_DAY = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The days an ISO date at any precision covers.
 * @example dateRange('2020-06') // -> ['2020-06-01', '2020-06-30']
 */
export function dateRange(iso: string): DayRange {
  const [y, m, d] = iso.split('-').map(Number);
  if (d) return [iso, iso];
  if (m) {
    const mm = String(m).padStart(2, '0');
    return [`${y}-${mm}-01`, `${y}-${mm}-${String(LAST_DAY(y, m)).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

const overlaps = (a: DayRange, b: DayRange) => a[0] <= b[1] && b[0] <= a[1];
const key = (e: Evidence) => `${e.doc}:${e.start}:${e.end}`;

/** The latest day any dated event or article reaches: where "ongoing" runs to. */
export function dataEnd(dataset: Dataset): string {
  const ends = [
    ...dataset.events.filter((e) => e.date).map((e) => dateRange(e.date as string)[1]),
    ...dataset.documents.filter((d) => d.date).map((d) => dateRange(d.date as string)[1]),
  ];
  return ends.sort().at(-1) ?? '9999-12-31';
}

/** The days an event covers; ongoing events run to the end of the data. Null when undated. */
export function eventRange(event: TielineEvent, end: string): DayRange | null {
  if (!event.date) return null;
  const [from, to] = dateRange(event.date);
  return [from, event.status === 'ongoing' && end > to ? end : to];
}

/**
 * The dates each relation's evidence speaks of, per relation id.
 * @example relationRanges(dataset).get('cooperation-india-japan') // -> [['2008-01-01', ...], ...]
 */
export function relationRanges(dataset: Dataset): Map<string, DayRange[]> {
  const bySentence = new Map<string, DayRange>();
  for (const e of dataset.events) {
    if (!e.date) continue;
    for (const ev of e.evidence)
      if (!bySentence.has(key(ev))) bySentence.set(key(ev), dateRange(e.date));
  }
  const docDates = new Map(dataset.documents.map((d) => [d.id, d.date ? dateRange(d.date) : null]));
  const out = new Map<string, DayRange[]>();
  for (const r of dataset.relations) {
    const ranges = r.evidence
      .map((ev) => bySentence.get(key(ev)) ?? docDates.get(ev.doc) ?? null)
      .filter((x): x is DayRange => x !== null);
    out.set(r.id, ranges);
  }
  return out;
}

export interface PeriodSubset {
  actors: Set<string>;
  relations: Set<string>;
  events: Set<string>;
}

/**
 * What a period keeps (see the module comment for the rule).
 * @example applyPeriod(dataset, ['2020-01-01', '2020-12-31']).events // -> Set { 'military-clash-...' }
 */
export function applyPeriod(dataset: Dataset, period: DayRange): PeriodSubset {
  const end = dataEnd(dataset);
  const events = dataset.events.filter((e) => {
    const range = eventRange(e, end);
    return range !== null && overlaps(range, period);
  });
  const ranges = relationRanges(dataset);
  const relations = dataset.relations.filter((r) =>
    (ranges.get(r.id) ?? []).some((x) => overlaps(x, period)),
  );
  return {
    events: new Set(events.map((e) => e.id)),
    relations: new Set(relations.map((r) => r.id)),
    actors: new Set([
      ...events.flatMap((e) => e.actors),
      ...relations.flatMap((r) => [r.source, r.target]),
    ]),
  };
}
