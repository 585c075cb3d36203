/**
 * Dates for the timeline: ISO days to UTC times and back, event dates and periods as words,
 * and the snapping of a brushed period to whole years, months or days. Pure; all in UTC so the
 * picture does not depend on the viewer's time zone.
 */
import type { TielineEvent } from '../../model/schema.ts';

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Milliseconds at 00:00 UTC of an ISO day.
 * @example dayTime('2020-06-01') // -> 1590969600000
 */
export function dayTime(iso: string): number {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/**
 * The ISO day a time falls on (UTC).
 * @example isoDay(Date.UTC(2020, 5, 1)) // -> '2020-06-01'
 */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Milliseconds in a day, for "the end of this day" arithmetic. */
export const DAY_MS = DAY;

/**
 * An event's date in words, at the precision it is known to; `undated` when it has none.
 * @example formatEventDate({ date: '2020-06', ... }) // -> 'June 2020'
 */
export function formatEventDate(event: Pick<TielineEvent, 'date' | 'dateText'>): string {
  if (!event.date) return event.dateText ? `undated ("${event.dateText}")` : 'undated';
  const [y, m, d] = event.date.split('-').map(Number);
  if (d) return `${d} ${MONTHS_LONG[m - 1]} ${y}`;
  if (m) return `${MONTHS_LONG[m - 1]} ${y}`;
  return String(y);
}

/**
 * An event as a screen reader hears it: title, date in words (with the article's own words when
 * they differ, and a note when an analyst supplied it), status.
 * @example describeEvent(galwan) // -> 'Military clash in the Galwan Valley, June 2020 ("in June 2020"), occurred'
 */
export function describeEvent(
  event: Pick<TielineEvent, 'title' | 'date' | 'dateText' | 'status'> &
    Partial<Pick<TielineEvent, 'analyst'>>,
): string {
  const when = formatEventDate(event);
  const words =
    event.date && event.dateText && event.dateText !== when ? ` ("${event.dateText}")` : '';
  const analyst = event.analyst?.some((n) => n.field === 'date') ? ', date analyst-supplied' : '';
  return `${event.title}, ${when}${words}${analyst}, ${event.status}`;
}

/**
 * An axis tick: years as "2010", months as "Apr" (with the year on the first tick), days as "12 Apr".
 * @example formatTick(Date.UTC(2010, 3, 1), 'month', true) // -> 'Apr 2010'
 */
export function formatTick(time: number, step: 'year' | 'month' | 'day', first: boolean): string {
  const date = new Date(time);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  if (step === 'year' || (m === 0 && d === 1)) return String(y);
  if (step === 'month' || d === 1) return first ? `${MONTHS[m]} ${y}` : MONTHS[m];
  return first ? `${d} ${MONTHS[m]} ${y}` : `${d} ${MONTHS[m]}`;
}

export type SnapUnit = 'year' | 'month' | 'day';

/**
 * The unit a brushed period snaps to, from how much time the view shows: years over six years,
 * months over six months, else days.
 * @example snapUnitFor(Date.UTC(2008, 0), Date.UTC(2025, 0)) // -> 'year'
 */
export function snapUnitFor(from: number, to: number): SnapUnit {
  const days = (to - from) / DAY;
  if (days > 6 * 365) return 'year';
  if (days > 183) return 'month';
  return 'day';
}

/**
 * A brushed stretch of time as an inclusive ISO period, rounded to whole units.
 * @example snapPeriod(Date.UTC(2018, 2, 3), Date.UTC(2020, 8, 9), 'year') // -> ['2018-01-01', '2020-12-31']
 */
export function snapPeriod(from: number, to: number, unit: SnapUnit): [string, string] {
  const a = new Date(Math.min(from, to));
  const b = new Date(Math.max(from, to));
  const round = (date: Date): number => {
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth();
    const d = date.getUTCDate();
    const options =
      unit === 'year'
        ? [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)]
        : unit === 'month'
          ? [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)]
          : [Date.UTC(y, m, d), Date.UTC(y, m, d + 1)];
    const t = date.getTime();
    return t - options[0] <= options[1] - t ? options[0] : options[1];
  };
  const start = round(a);
  let end = round(b);
  // A brush narrower than one unit still chooses that unit.
  if (end <= start) {
    const s = new Date(start);
    end =
      unit === 'year'
        ? Date.UTC(s.getUTCFullYear() + 1, 0, 1)
        : unit === 'month'
          ? Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1)
          : start + DAY;
  }
  return [isoDay(start), isoDay(end - DAY)];
}

/**
 * A period as briefers say it: whole years as "2018 – 2020", whole months as "Mar 2018 – Jun
 * 2020", otherwise days.
 * @example formatPeriod(['2018-01-01', '2020-12-31']) // -> '2018 – 2020'
 */
export function formatPeriod([from, to]: [string, string]): string {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  const join = (a: string, b: string) => (a === b ? a : `${a} – ${b}`);
  if (fd === 1 && td === lastDay) {
    if (fm === 1 && tm === 12) return join(String(fy), String(ty));
    return join(`${MONTHS[fm - 1]} ${fy}`, `${MONTHS[tm - 1]} ${ty}`);
  }
  return join(`${fd} ${MONTHS[fm - 1]} ${fy}`, `${td} ${MONTHS[tm - 1]} ${ty}`);
}
