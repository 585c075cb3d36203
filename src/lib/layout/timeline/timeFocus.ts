/**
 * Where the milestones crowd, the axis is drawn wider. The focus is the shortest stretch of
 * whole years holding four in five dated milestones; when it is under two fifths of the time
 * shown (a corpus of mostly recent news with a long tail of history), it gets two thirds of the
 * width and the years before and after share the rest to scale with each other (marked as
 * compressed on the axis). With fewer than a dozen milestones, or milestones spread evenly,
 * every year is as wide as every other.
 */
import { utcYear } from './utcTicks.ts';
import type { AxisSegment } from './timeBreaks.ts';

const SHARE_OF_MILESTONES = 0.8;
const MAX_SHARE_OF_TIME = 0.4;
const FOCUS_WIDTH = 2 / 3;
const MIN_MILESTONES = 12;

/**
 * The shortest [start, end] (whole UTC years) holding `share` of `starts`; null for too few.
 * @example computeFocus([Date.UTC(1990, 0), ...twentyIn2023]) // -> [2023-01-01, 2024-01-01]
 */
export function computeFocus(
  starts: readonly number[],
  share = SHARE_OF_MILESTONES,
): [number, number] | null {
  if (starts.length < MIN_MILESTONES) return null;
  const sorted = [...starts].sort((a, b) => a - b);
  const k = Math.ceil(share * sorted.length);
  let best = 0;
  for (let i = 1; i + k - 1 < sorted.length; i++)
    if (sorted[i + k - 1] - sorted[i] < sorted[best + k - 1] - sorted[best]) best = i;
  return [
    utcYear.floor(new Date(sorted[best])).getTime(),
    utcYear.offset(utcYear.floor(new Date(sorted[best + k - 1])), 1).getTime(),
  ];
}

/**
 * The clusters (timeBreaks.ts) as segments to draw: split at the focus's ends, the focus
 * stretched so that it fills two thirds of the width when it is a small part of the time.
 * @example computeSegments(starts, [[1990, 2025]]) // -> [{ t: [1990, 2023], stretch: 1 }, { t: [2023, 2025], stretch: 10.5 }]
 */
export function computeSegments(
  starts: readonly number[],
  clusters: readonly [number, number][],
): AxisSegment[] {
  const plain = clusters.map((t, i) => ({
    t: [t[0], t[1]] as [number, number],
    breakBefore: i > 0,
    stretch: 1,
  }));
  const focus = computeFocus(starts);
  if (!focus) return plain;
  const [fa, fb] = focus;
  const total = clusters.reduce((s, [a, b]) => s + b - a, 0);
  const inFocus = clusters.reduce(
    (s, [a, b]) => s + Math.max(0, Math.min(b, fb) - Math.max(a, fa)),
    0,
  );
  if (inFocus <= 0 || inFocus >= MAX_SHARE_OF_TIME * total) return plain;
  const stretch = (FOCUS_WIDTH / (1 - FOCUS_WIDTH)) * ((total - inFocus) / inFocus);
  return plain.flatMap((g) => {
    const cuts = [g.t[0], ...[fa, fb].filter((c) => c > g.t[0] && c < g.t[1]), g.t[1]];
    return cuts.slice(1).map((end, i) => {
      const t: [number, number] = [cuts[i], end];
      const focused = t[0] >= fa && t[1] <= fb;
      return { t, breakBefore: i === 0 && g.breakBefore, stretch: focused ? stretch : 1 };
    });
  });
}
