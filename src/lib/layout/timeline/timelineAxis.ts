/**
 * Axis ticks from the UTC time scale (timeScale.ts): as many as fit without their labels touching, labelled as
 * years, months or days depending on the step.
 */
import { DAY_MS, formatTick } from './timelineFormat.ts';
import type { UtcScale } from './timeScale.ts';
import type { MeasureText } from './timelineTypes.ts';

export interface Tick {
  x: number;
  label: string;
}

const GAP = 16;

function labelTicks(x: UtcScale, count: number): { x: number; label: string }[] {
  const dates = x.ticks(count);
  const stepDays = dates.length > 1 ? (dates[1].getTime() - dates[0].getTime()) / DAY_MS : Infinity;
  const step = stepDays >= 365 ? 'year' : stepDays >= 28 ? 'month' : 'day';
  return dates.map((d, i) => ({ x: x(d), label: formatTick(d.getTime(), step, i === 0) }));
}

/**
 * The most ticks whose labels fit between `left` and `right` with a gap between them.
 * @example computeTicks(utcScale([Date.UTC(2008, 0), Date.UTC(2025, 0)], [0, 1200]), 16, measure, 0, 1200)
 *   // -> [{ x: 0, label: '2008' }, { x: 141.2, label: '2010' }, ...]
 */
export function computeTicks(
  x: UtcScale,
  fontSize: number,
  measure: MeasureText,
  left: number,
  right: number,
): Tick[] {
  const [r0, r1] = x.range();
  for (let count = Math.max(2, Math.ceil((r1 - r0) / 50)); count >= 1; count--) {
    const ticks = labelTicks(x, count).filter((t) => {
      const half = measure(t.label, fontSize) / 2;
      return t.x >= r0 - 0.5 && t.x <= r1 + 0.5 && t.x - half >= left && t.x + half <= right;
    });
    const clear = ticks.every((t, i) => {
      const next = ticks[i + 1];
      if (!next) return true;
      const room = (measure(t.label, fontSize) + measure(next.label, fontSize)) / 2 + GAP;
      return next.x - t.x >= room;
    });
    if (clear) return ticks;
  }
  return [];
}
