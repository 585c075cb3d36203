/**
 * The timeline's x scale: UTC time (ms) to px, with calendar ticks. The same numbers as d3's
 * `scaleUtc` (a linear map of the milliseconds, ticks as d3-time's `utcTicks`: utcTicks.ts), without
 * the scale's default date formats: the timeline labels its ticks itself (timelineFormat.ts),
 * and those formats alone were a tenth of the page's first-load JavaScript.
 */
import { utcTicks } from './utcTicks.ts';
import { linearMap } from '../linearMap.ts';

export interface UtcScale {
  /** Px of a time (ms or Date). */
  (time: number | Date): number;
  /** The time at a px, as a Date. */
  invert(px: number): Date;
  /** About `count` calendar-aligned times (years, months, days...) across the domain. */
  ticks(count?: number): Date[];
  domain(): [number, number];
  range(): [number, number];
}

/**
 * @example utcScale([Date.UTC(2008, 0), Date.UTC(2025, 0)], [0, 1200]).ticks(5)
 *   // -> [2010-01-01, 2015-01-01, 2020-01-01, 2025-01-01] (UTC)
 */
export function utcScale(domain: [number, number], range: [number, number]): UtcScale {
  const linear = linearMap(domain, range);
  const scale = ((time: number | Date) => linear(+time)) as UtcScale;
  scale.invert = (px) => new Date(linear.invert(px));
  scale.ticks = (count = 10) => utcTicks(new Date(domain[0]), new Date(domain[1]), count);
  scale.domain = () => [domain[0], domain[1]];
  scale.range = () => [range[0], range[1]];
  return scale;
}
