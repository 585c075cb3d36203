/**
 * d3-time's `utcTicks` and `utcYear` (floor, ceil, offset): the same dates to the millisecond
 * (tests/unit/layout/timeline/utcTicks.test.ts checks them against d3), without d3-time in the
 * page's first load. d3-time is one module that builds every local and UTC interval as it loads,
 * and brings d3-array's tickStep along: 2 kB gzipped for the timeline axis's few calendar ticks.
 */

const SECOND = 1000;
const MINUTE = SECOND * 60;
const HOUR = MINUTE * 60;
const DAY = HOUR * 24;
const WEEK = DAY * 7;
const MONTH = DAY * 30;
const YEAR = DAY * 365;

/** A calendar interval as d3-time builds one: floor and offset change the date in place. */
interface Interval {
  floor(date: Date): void;
  offset(date: Date, step: number): void;
  /** What `every(k)` keeps the multiples of (d3's field). */
  field(date: Date): number;
}

const second: Interval = {
  floor: (d) => d.setTime(+d - d.getMilliseconds()),
  offset: (d, n) => d.setTime(+d + n * SECOND),
  field: (d) => d.getUTCSeconds(),
};
const minute: Interval = {
  floor: (d) => d.setUTCSeconds(0, 0),
  offset: (d, n) => d.setTime(+d + n * MINUTE),
  field: (d) => d.getUTCMinutes(),
};
const hour: Interval = {
  floor: (d) => d.setUTCMinutes(0, 0, 0),
  offset: (d, n) => d.setTime(+d + n * HOUR),
  field: (d) => d.getUTCHours(),
};
/** d3's unixDay: UTC days, `every(k)` counted from 1970-01-01. */
const day: Interval = {
  floor: (d) => d.setUTCHours(0, 0, 0, 0),
  offset: (d, n) => d.setUTCDate(d.getUTCDate() + n),
  field: (d) => Math.floor(+d / DAY),
};
/** d3's utcSunday (only ever taken one week at a time). */
const sunday: Interval = {
  floor: (d) => (d.setUTCDate(d.getUTCDate() - d.getUTCDay()), d.setUTCHours(0, 0, 0, 0)),
  offset: (d, n) => d.setUTCDate(d.getUTCDate() + n * 7),
  field: () => 0,
};
const month: Interval = {
  floor: (d) => (d.setUTCDate(1), d.setUTCHours(0, 0, 0, 0)),
  offset: (d, n) => d.setUTCMonth(d.getUTCMonth() + n),
  field: (d) => d.getUTCMonth(),
};
const year: Interval = {
  floor: (d) => (d.setUTCMonth(0, 1), d.setUTCHours(0, 0, 0, 0)),
  offset: (d, n) => d.setUTCFullYear(d.getUTCFullYear() + n),
  field: (d) => d.getUTCFullYear(),
};

/** d3-time's table: which interval, how many of it, and about how long that is. */
const TICK_INTERVALS: [Interval, number, number][] = [
  [second, 1, SECOND],
  [second, 5, 5 * SECOND],
  [second, 15, 15 * SECOND],
  [second, 30, 30 * SECOND],
  [minute, 1, MINUTE],
  [minute, 5, 5 * MINUTE],
  [minute, 15, 15 * MINUTE],
  [minute, 30, 30 * MINUTE],
  [hour, 1, HOUR],
  [hour, 3, 3 * HOUR],
  [hour, 6, 6 * HOUR],
  [hour, 12, 12 * HOUR],
  [day, 1, DAY],
  [day, 2, 2 * DAY],
  [sunday, 1, WEEK],
  [month, 1, MONTH],
  [month, 3, 3 * MONTH],
  [year, 1, YEAR],
];

/**
 * d3's `interval.every(k).range(start, stop)`: the dates of the interval from `start` on and
 * before `stop` whose field is a multiple of `k` (every one when k is 1); none for a k that is
 * not a positive number.
 */
function range(interval: Interval, k: number, start: number, stop: number): Date[] {
  k = Math.floor(k);
  if (!Number.isFinite(k) || !(k > 0)) return [];
  const date = new Date(start - 1);
  interval.floor(date);
  interval.offset(date, 1);
  interval.floor(date);
  const dates: Date[] = [];
  for (let previous = -Infinity; previous < +date && +date < stop;) {
    if (k === 1 || interval.field(date) % k === 0) dates.push(new Date(+date));
    previous = +date;
    interval.offset(date, 1);
    interval.floor(date);
  }
  return dates;
}

/** d3's `millisecond.every(k).range(start, stop)`: the multiples of k ms in [start, stop). */
function milliseconds(k: number, start: number, stop: number): Date[] {
  k = Math.floor(k);
  if (!Number.isFinite(k) || !(k > 0)) return [];
  const dates: Date[] = [];
  for (let t = Math.floor((start - 1) / k) * k + k; t < stop; t += k) dates.push(new Date(t));
  return dates;
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** d3-array's tickSpec. */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number, i2: number, inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** d3-array's tickStep (start <= stop here). */
function tickStep(start: number, stop: number, count: number): number {
  const inc = tickSpec(start, stop, count)[2];
  return inc < 0 ? 1 / -inc : inc;
}

/**
 * About `count` calendar-aligned UTC dates from `start` to `stop` inclusive: d3's `utcTicks`.
 * @example utcTicks(new Date(Date.UTC(2008, 0)), new Date(Date.UTC(2025, 0)), 5)
 *   // -> [2010-01-01, 2015-01-01, 2020-01-01, 2025-01-01] (UTC)
 */
export function utcTicks(start: Date, stop: Date, count: number): Date[] {
  const reverse = +stop < +start;
  const [a, b] = reverse ? [+stop, +start] : [+start, +stop];
  const target = Math.abs(b - a) / count;
  // d3's bisector right: the first interval longer than the target (none for NaN).
  let i = TICK_INTERVALS.findIndex(([, , length]) => length > target);
  if (i < 0) i = TICK_INTERVALS.length;
  const end = b + 1; // inclusive stop
  let ticks: Date[];
  if (i === TICK_INTERVALS.length) ticks = range(year, tickStep(a / YEAR, b / YEAR, count), a, end);
  else if (i === 0) ticks = milliseconds(Math.max(tickStep(a, b, count), 1), a, end);
  else {
    const [interval, k] =
      TICK_INTERVALS[target / TICK_INTERVALS[i - 1][2] < TICK_INTERVALS[i][2] / target ? i - 1 : i];
    ticks = range(interval, k, a, end);
  }
  return reverse ? ticks.reverse() : ticks;
}

/** d3's `utcYear`: the UTC year a date is in, the next one's start, and years later. */
export const utcYear = {
  /** @example utcYear.floor(new Date('2020-05-04T00:00Z')) // -> 2020-01-01 */
  floor(date: Date): Date {
    const d = new Date(+date);
    year.floor(d);
    return d;
  },
  /** @example utcYear.ceil(new Date('2020-05-04T00:00Z')) // -> 2021-01-01 */
  ceil(date: Date): Date {
    const d = new Date(+date - 1);
    year.floor(d);
    year.offset(d, 1);
    year.floor(d);
    return d;
  },
  /** @example utcYear.offset(new Date('2020-01-01T00:00Z'), 2) // -> 2022-01-01 */
  offset(date: Date, step = 1): Date {
    const d = new Date(+date);
    year.offset(d, Math.floor(step));
    return d;
  },
};
