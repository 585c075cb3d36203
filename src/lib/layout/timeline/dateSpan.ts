/**
 * A date's span in ms, read once per date string: the layout asks for every milestone's span
 * on each of its attempts (up to fifty at one filter), and splitting and re-joining the ISO
 * string each time was a tenth of a short timeline's layout.
 */
import { dateRange } from '../../model/period.ts';
import { DAY_MS, dayTime } from './timelineFormat.ts';

const spans = new Map<string, [number, number]>();

/**
 * First ms of a date ('2019', '2019-05', '2019-05-04') and the first ms after it (UTC).
 * @example spanOfDate('2019') // -> [Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)]
 */
export function spanOfDate(date: string): readonly [number, number] {
  let span = spans.get(date);
  if (!span) {
    const [from, to] = dateRange(date);
    if (spans.size > 50_000) spans.clear();
    spans.set(date, (span = [dayTime(from), dayTime(to) + DAY_MS]));
  }
  return span;
}
