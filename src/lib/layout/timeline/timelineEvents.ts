/**
 * What the milestones alone fix in a timeline, whatever the type size: their order, the lanes,
 * the span of the axis and the pieces its far-away dates break it into. Worked out once per
 * layout, not once per type size tried (the layout tries up to nine).
 */
import type { TielineEvent } from '../../model/schema.ts';
import { DOMAINS } from '../../model/vocabulary.ts';
import { spanOfDate } from './dateSpan.ts';
import { computeClusters } from './timeBreaks.ts';
import { computeSegments } from './timeFocus.ts';
import { DAY_MS, dayTime, isoDay } from './timelineFormat.ts';
import { hasAnalystDate, laneOf } from './timelineRows.ts';
import type { LaneKey } from './timelineTypes.ts';

const LANE_ORDER: LaneKey[] = [...DOMAINS, 'other'];
const startOf = (e: TielineEvent) => spanOfDate(e.date as string)[0];
const endOf = (e: TielineEvent) => spanOfDate(e.date as string)[1];

/** The unzoomed span: first start to the end of the data, with a small margin either side. */
function spanOf(dated: TielineEvent[], now: string | undefined): [number, number] {
  if (dated.length === 0) {
    const end = now ? dayTime(now) + DAY_MS : Date.UTC(2001, 0, 1);
    return [end - 366 * DAY_MS, end + 30 * DAY_MS];
  }
  const start = Math.min(...dated.map(startOf));
  const end = Math.max(...dated.map(endOf), now ? dayTime(now) + DAY_MS : -Infinity);
  const margin = Math.max((end - start) * 0.025, 30 * DAY_MS);
  return [start - margin, end + margin];
}

/** The data's end as an interval, so the axis runs to it. */
const nowInterval = (now: string | undefined): [number, number][] =>
  now ? [[dayTime(now), dayTime(now) + DAY_MS]] : [];

/**
 * The milestones sorted for the layout: dated ones by start (then id), the undated apart, the
 * lanes present in their order with their milestones, and the axis's span and segments.
 * @example sortTimelineEvents(dataset.events, '2024-12-31').keys // -> ['maritime', 'diplomacy']
 */
export function sortTimelineEvents(events: readonly TielineEvent[], now: string | undefined) {
  const dated = events
    .filter((e) => e.date)
    .sort((a, b) => startOf(a) - startOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const undated = events.filter((e) => !e.date);
  const dataEnd =
    now ?? (dated.length ? isoDay(Math.max(...dated.map(endOf)) - DAY_MS) : '2000-12-31');
  const fullDomain = spanOf(dated, now);
  const keys = LANE_ORDER.filter((k) => dated.some((e) => laneOf(e) === k));
  // Far-away dates get their own narrow piece of axis, the empty years between cut out.
  const clusters = computeClusters(
    [...dated.map((e) => [startOf(e), endOf(e)] as [number, number]), ...nowInterval(now)],
    fullDomain,
  );
  return {
    dated,
    undated,
    dataEnd,
    fullDomain,
    keys,
    lanesOf: keys.map((key) => dated.filter((e) => laneOf(e) === key)),
    segments: computeSegments(dated.map(startOf), clusters),
    analyst: dated.some(hasAnalystDate),
    summary: {
      dated: dated.length,
      undated: undated.length,
      from: dated.length ? new Date(Math.min(...dated.map(startOf))).getUTCFullYear() : null,
      to: dated.length ? new Date(Math.max(...dated.map(endOf)) - DAY_MS).getUTCFullYear() : null,
    },
  };
}

export type SortedEvents = ReturnType<typeof sortTimelineEvents>;
