/**
 * The timeline of milestones as plain geometry: a UTC time axis over the span of the data, one
 * lane per domain present, each dated event's mark and label, and a strip of chips for undated
 * events. Type shrinks, then labels are truncated, until the picture fits the height given.
 * Pure and deterministic: no DOM, text widths come from the caller's `measure`.
 */
import {
  clipPieces,
  computeClusters,
  computePieces,
  pieceScale,
  zoomPieces,
  type AxisPiece,
} from './timeBreaks.ts';
import { computeSegments } from './timeFocus.ts';
import type { TielineEvent } from '../../model/schema.ts';
import { DOMAINS, DOMAIN_LABELS } from '../../model/vocabulary.ts';
import { computeTicks } from './timelineAxis.ts';
import {
  ANALYST_LEGEND,
  CHIP,
  flowChips,
  flowLegend,
  LEGEND,
  type ChipFlow,
} from './timelineFlow.ts';
import { DAY_MS, dayTime, isoDay } from './timelineFormat.ts';
import { spanOfDate } from './dateSpan.ts';
import { growLabels } from './timelineGrow.ts';
import { hasAnalystDate, laneOf, leastRows, placeLane, RowMemo } from './timelineRows.ts';
import { truncateText } from './timelineText.ts';
import type {
  LaneKey,
  TimelineLane,
  TimelineLayout,
  TimelineMark,
  TimelineOptions,
} from './timelineTypes.ts';

export const UNDATED_LABEL = 'Undated / ongoing';
const LANE_ORDER: LaneKey[] = [...DOMAINS, 'other'];
const PAD = 8;
const LANE_PAD = 2;
/** Truncation steps, as fractions of the plot's width, tried once the smallest type is reached. */
const TRUNCATE = [0.45, 0.35, 0.27, 0.2, 0.15, 0.1];

const laneName = (key: LaneKey) => (key === 'other' ? 'Other' : DOMAIN_LABELS[key]);
const startOf = (e: TielineEvent) => spanOfDate(e.date as string)[0];
const endOf = (e: TielineEvent) => spanOfDate(e.date as string)[1];

/**
 * The unzoomed span: first start to the end of the data, with a small margin either side.
 * `dated` is sorted by start.
 */
function spanOf(dated: TielineEvent[], now: string | undefined): [number, number] {
  if (dated.length === 0) {
    const end = now ? dayTime(now) + DAY_MS : Date.UTC(2001, 0, 1);
    return [end - 366 * DAY_MS, end + 30 * DAY_MS];
  }
  // Sorted by start: the first starts first.
  const start = startOf(dated[0]);
  const end = Math.max(...dated.map(endOf), now ? dayTime(now) + DAY_MS : -Infinity);
  const margin = Math.max((end - start) * 0.025, 30 * DAY_MS);
  return [start - margin, end + margin];
}

/** The data's end as an interval, so the axis runs to it. */
const nowInterval = (now: string | undefined): [number, number][] =>
  now ? [[dayTime(now), dayTime(now) + DAY_MS]] : [];

/**
 * Chips for the undated events in as many rows as the height left allows, shortening only the
 * longest titles, and only when they would not fit (water-filling: short titles keep their
 * width, the long ones share what is left).
 */
function fitChips(undated: TielineEvent[], flow: ChipFlow, room: number) {
  const allowed = Math.max(1, Math.floor((room + CHIP.rowGap) / (flow.chipHeight + CHIP.rowGap)));
  let result = flowChips(undated, flow);
  if (result.rows <= allowed) return result;
  const chrome = CHIP.padLeft + CHIP.icon + CHIP.gap + CHIP.padRight + CHIP.between;
  const widths = undated.map((e) => flow.measure(e.title, flow.fontSize)).sort((a, b) => a - b);
  let left = allowed * (flow.right - flow.left) - undated.length * chrome;
  let cap = Infinity;
  for (const [i, w] of widths.entries()) {
    const share = left / (widths.length - i);
    if (w > share) {
      cap = share;
      break;
    }
    left -= w;
  }
  while (result.rows > allowed && cap > flow.fontSize * 3) {
    result = flowChips(undated, { ...flow, maxLabel: Math.min(flow.maxLabel, cap) });
    cap *= 0.92;
  }
  return result;
}

/**
 * What no attempt changes: the events' order, lanes, span and axis segments. Worked out once
 * per layout, not again for each of the (up to five) type sizes tried.
 */
function prepare(events: readonly TielineEvent[], o: TimelineOptions) {
  const dated = events
    .filter((e) => e.date)
    .sort((a, b) => startOf(a) - startOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const undated = events.filter((e) => !e.date);
  const dataEnd =
    o.now ?? (dated.length ? isoDay(Math.max(...dated.map(endOf)) - DAY_MS) : '2000-12-31');
  const fullDomain = spanOf(dated, o.now);
  const keys = LANE_ORDER.filter((k) => dated.some((e) => laneOf(e) === k));
  // Far-away dates get their own narrow piece of axis, the empty years between cut out.
  const clusters = computeClusters(
    [...dated.map((e) => [startOf(e), endOf(e)] as [number, number]), ...nowInterval(o.now)],
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
  };
}

/**
 * The layouts at one font size, one per truncation width: what the size alone fixes (the
 * axis pieces and ticks, legend, each mark's geometry) is made once here, not again for each
 * truncation tried at that size. An attempt taller than `limit` gives null, as soon as that is
 * known (a lane past it stops placing milestones).
 */
function layoutsAt(
  prepared: ReturnType<typeof prepare>,
  o: TimelineOptions,
  f: number,
): (truncate: number, uniform: boolean, limit: number) => Omit<TimelineLayout, 'fits'> | null {
  const { width, measure } = o;
  const { dated, undated, dataEnd, fullDomain, keys, lanesOf, segments } = prepared;

  const names = [...keys.map(laneName), ...(undated.length ? [UNDATED_LABEL] : [])];
  const gutter = Math.min(Math.max(0, ...names.map((n) => measure(n, f, 600))), width * 0.22);
  const range: [number, number] = [PAD + gutter + 16, width - PAD - 4];
  const legendFont = Math.max(o.minTextSize ?? 12, f - 2);
  const legend =
    o.legend === false
      ? { items: [], height: 0 }
      : flowLegend(
          legendFont,
          measure,
          width,
          PAD,
          o.toolbar ?? { width: 0, height: 0 },
          prepared.analyst ? [...LEGEND, ANALYST_LEGEND] : LEGEND,
        );

  const basePieces = computePieces(segments, range, Math.max(24, f * 2), f * 4);
  const zoomedPieces = zoomPieces(basePieces, o.zoom ?? { k: 1, x: 0 });
  const visible = clipPieces(zoomedPieces, range);
  const pieces: AxisPiece[] = visible.length
    ? visible
    : [
        {
          t: range.map((px) => pieceScale(zoomedPieces).invert(px).getTime()) as [number, number],
          px: range,
        },
      ];
  const x = pieceScale(pieces);
  const domain: [number, number] = [x.invert(range[0]).getTime(), x.invert(range[1]).getTime()];
  const breaks = zoomedPieces
    .slice(1)
    .map((p, i) => ({
      x0: zoomedPieces[i].px[1],
      x1: p.px[0],
      // Pieces run in whole years: the years left out are [end of one, start of the next).
      years: [
        new Date(zoomedPieces[i].t[1]).getUTCFullYear(),
        new Date(p.t[0]).getUTCFullYear() - 1,
      ] as [number, number],
    }))
    .filter((b) => b.x1 - b.x0 > 0.5 && b.x0 >= range[0] && b.x1 <= range[1]);
  const axis = { y: legend.height + 4, height: Math.round(f * 1.2 + 14) };
  // The ticks take no height: they are worked out for the attempt that is the answer only.
  let ticks: ReturnType<typeof computeTicks> | undefined;
  const rowHeight = Math.ceil(f * 1.2) + 6;

  // Geometry and label candidates are the same in every attempt at this size.
  const memo = new RowMemo();
  // No truncation takes a lane below the rows its marks alone need: when those rows pass the
  // height, every attempt at this size is known not to fit before any label is placed.
  let least = axis.y + axis.height + PAD;
  for (const lane of lanesOf)
    least +=
      leastRows(lane, { x, left: range[0], right: range[1], dataEnd, fontSize: f, memo }) *
        rowHeight +
      2 * LANE_PAD;

  return (truncate, uniform, limit) => {
    if (least > limit) return null;
    const maxLabel = truncate * (range[1] - range[0]);

    const ctx = {
      x: (t: number) => x(t),
      left: range[0],
      right: range[1],
      dataEnd,
      fontSize: f,
      maxLabel,
      uniform,
      measure,
      labelled: o.labelled ?? null,
      labelledWeight: o.labelledWeight,
      memo,
    };
    let y = axis.y + axis.height;
    const lanes: TimelineLane[] = [];
    const marks: TimelineMark[] = [];
    for (const [k, key] of keys.entries()) {
      // The rows this lane may open before the picture is taller than `limit` (the layout is
      // at least its lanes and a pad): past them this attempt cannot fit, so it stops there.
      const maxRows = Math.floor((limit - PAD - y - 2 * LANE_PAD) / rowHeight);
      const placed = placeLane(lanesOf[k], ctx, maxRows);
      if (placed === null) return null;
      // Labels cut to the compact cap take back the room their row leaves them.
      const grown = growLabels(placed.marks, {
        right: range[1],
        fontSize: f,
        measure,
        weight: o.labelled ? o.labelledWeight : undefined,
      });
      const top = y + LANE_PAD;
      for (const { extent, ...m } of grown) {
        const rowTop = top + m.row * rowHeight;
        const hit = {
          x: extent[0] - 3,
          y: rowTop,
          width: extent[1] - extent[0] + 6,
          height: rowHeight,
        };
        marks.push({ ...m, lane: key, y: rowTop + rowHeight / 2, hit });
      }
      const height = placed.rows * rowHeight + 2 * LANE_PAD;
      const full = laneName(key);
      const label = truncateText(full, gutter, f, measure, 600);
      lanes.push({ key, label, full, y, height, rows: placed.rows, labelY: top + rowHeight / 2 });
      y += height;
    }
    const plot = {
      x: range[0],
      y: axis.y + axis.height,
      width: range[1] - range[0],
      height: y - axis.y - axis.height,
    };

    const stripY = y + 8;
    const chipHeight = rowHeight - 4;
    const flow = fitChips(
      undated,
      {
        left: range[0],
        right: width - PAD,
        y: stripY,
        fontSize: f,
        chipHeight,
        maxLabel,
        measure,
        labelled: o.labelled ?? null,
        labelledWeight: o.labelledWeight,
      },
      o.height - stripY - PAD,
    );
    const stripHeight = flow.rows ? flow.rows * (chipHeight + CHIP.rowGap) - CHIP.rowGap : 0;
    const height = Math.ceil(undated.length ? stripY + stripHeight + PAD : y + PAD);
    if (height > limit) return null;
    ticks ??= computeTicks(x, f, measure, PAD, width - 2);

    let periodBand: TimelineLayout['periodBand'] = null;
    if (o.period) {
      const x0 = Math.max(x(dayTime(o.period[0])), range[0]);
      const x1 = Math.min(x(dayTime(o.period[1]) + DAY_MS), range[1]);
      if (x1 > x0) periodBand = { x0, x1 };
    }

    return {
      width,
      height,
      fontSize: f,
      legendFontSize: legendFont,
      rowHeight,
      domain,
      fullDomain,
      range,
      pieces,
      breaks,
      dataEnd,
      plot,
      legend: legend.items,
      axis: { ...axis, ticks },
      lanes,
      marks,
      undated: {
        y: stripY,
        height: stripHeight,
        label: truncateText(UNDATED_LABEL, gutter, f, measure, 600),
        labelY: stripY + chipHeight / 2,
        chips: flow.chips,
      },
      periodBand,
      summary: {
        dated: dated.length,
        undated: undated.length,
        from: dated.length ? new Date(startOf(dated[0])).getUTCFullYear() : null,
        to: dated.length ? new Date(Math.max(...dated.map(endOf)) - DAY_MS).getUTCFullYear() : null,
      },
    };
  };
}

/**
 * The texts a layout of `events` measures whole, each with its weight: every title, the lanes'
 * names and the legend. Measured ahead of the first layout, in a task of their own
 * (TimelineView), they take the canvas's part of it out of that task: at 30 articles, 530
 * texts and the first use of two font weights, 10-30 ms of a 50-65 ms task. What the layout
 * measures besides (shortened labels, the axis's dates) depends on the room it finds.
 * @example layoutTexts(events).slice(0, 2) // -> [['Maritime', 600], ['Space', 600]]
 */
export function layoutTexts(events: readonly TielineEvent[]): [string, number][] {
  return [
    ...[...LANE_ORDER.map(laneName), UNDATED_LABEL].map((t): [string, number] => [t, 600]),
    ...[...LEGEND, ANALYST_LEGEND].map((l): [string, number] => [l.text, 400]),
    ...events.map((e): [string, number] => [e.title, 400]),
  ];
}

/**
 * Lays out the timeline: the largest type (from `fontSize` down to `minFontSize`) at which
 * everything fits the height, then truncated labels, then smaller type as a last resort.
 * @example computeTimelineLayout(dataset.events, { width: 1800, height: 380, measure }).marks.length // -> 8
 */
export function computeTimelineLayout(
  events: readonly TielineEvent[],
  options: TimelineOptions,
): TimelineLayout {
  const { width, height } = options;
  if (!(width > 0) || !(height > 0) || !Number.isFinite(width) || !Number.isFinite(height))
    throw new Error(
      `computeTimelineLayout: width and height must be positive numbers (got ${width} x ${height})`,
    );
  if (options.zoom && !(options.zoom.k > 0))
    throw new Error(`computeTimelineLayout: zoom.k must be positive (got ${options.zoom.k})`);
  const max = Math.round(options.fontSize ?? 16);
  const min = Math.min(Math.round(options.minFontSize ?? 14), max);
  const floor = Math.max(Math.min(12, min), Math.min(options.minTextSize ?? 0, min));
  // Largest type first; at the smallest comfortable size, shorter labels; then smaller type.
  const attempts: [number, number, boolean][] = [];
  for (let f = max; f >= min; f--) attempts.push([f, Infinity, false]);
  // With only the step's milestone labelled, its label is never cut: better a scroll than "Fir…".
  for (let f = min; f >= floor && !options.labelled; f--) {
    if (f < min) attempts.push([f, Infinity, false]);
    for (const t of TRUNCATE) attempts.push([f, t, false]);
    for (const t of TRUNCATE) attempts.push([f, t, true]);
  }
  // Many events never fit at the larger sizes, and each attempt lays out every event: go
  // straight to the compact end (a bounded number of passes keeps big timelines responsive).
  const tries = events.length > 80 ? attempts.slice(-1) : attempts;
  const prepared = prepare(events, options);
  const sizes = new Map<number, ReturnType<typeof layoutsAt>>();
  let layout: Omit<TimelineLayout, 'fits'> | null = null;
  for (const [i, [f, t, uniform]] of tries.entries()) {
    let at = sizes.get(f);
    if (!at) sizes.set(f, (at = layoutsAt(prepared, options, f)));
    // An attempt stops once its lanes pass the height (null); the last is the answer anyway.
    layout = at(t, uniform, i === tries.length - 1 ? Infinity : height);
    if (layout && layout.height <= height) return { ...layout, fits: true };
  }
  return { ...(layout as Omit<TimelineLayout, 'fits'>), fits: false };
}

/**
 * The layout's time scale, for the component's brush and zoom arithmetic.
 * @example timelineScale(layout).invert(600) // -> Date
 */
export function timelineScale(layout: Pick<TimelineLayout, 'pieces'>) {
  return pieceScale(layout.pieces);
}
