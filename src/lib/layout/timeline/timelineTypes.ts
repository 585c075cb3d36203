/**
 * What computeTimelineLayout takes and gives: plain numbers and strings, so the same input
 * gives an equal output and components only map it to SVG.
 */
import type { Domain, EventStatus } from '../../model/vocabulary.ts';
import type { AxisPiece } from './timeBreaks.ts';

/** Width in px of `text` at `fontSize` (and CSS font-weight, 400 unless given). */
export type MeasureText = (text: string, fontSize: number, weight?: number) => number;

/** A d3-zoom transform on the x axis only: x' = x * k + x0. */
export interface ZoomX {
  k: number;
  x: number;
}

export interface TimelineOptions {
  /** Width of the drawing, px. */
  width: number;
  /** Height available, px; the layout shrinks type and truncates labels to fit it. */
  height: number;
  /** Measures label widths (a canvas 2D context in the browser), so this module stays pure. */
  measure: MeasureText;
  /** The last day of the data (ISO day), where ongoing events run to. Default: the latest day an event reaches. */
  now?: string;
  /** Largest label size, px (default 16). */
  fontSize?: number;
  /** Smallest size before labels are truncated, px (default 14); below it only as a last resort. */
  minFontSize?: number;
  /** No text smaller than this, even when it does not fit (a projector); 12 by default. */
  minTextSize?: number;
  /**
   * Only these events get a label (the others are marks alone); null labels every event.
   * Briefing mode labels the step's milestone in full rather than every milestone cut short.
   */
  labelled?: ReadonlySet<string> | null;
  /** Font weight the `labelled` milestones are drawn in (briefing mode: 800), so they are measured as drawn. */
  labelledWeight?: number;
  /** Draw the legend (default true); briefing mode leaves it out, its card says the status. */
  legend?: boolean;
  /** Zoom on the time axis, as d3-zoom reports it over the plot's range. */
  zoom?: ZoomX;
  /** Room the caller's HTML controls take at the top-left, px; the legend goes beside or below it. */
  toolbar?: { width: number; height: number };
  /** The chosen period (inclusive ISO days), drawn as a band across the lanes. */
  period?: [string, string] | null;
}

/** A lane's key: the event's most specific domain, or 'other' for events without one. */
export type LaneKey = Domain | 'other';

export interface TimelineLane {
  key: LaneKey;
  /** The lane's name as drawn (may be truncated) and in full. */
  label: string;
  full: string;
  y: number;
  height: number;
  rows: number;
  /** Baseline-centre of the lane name, aligned with the first row. */
  labelY: number;
}

export interface TimelineLabel {
  text: string;
  /** The full title, for tooltips and accessible names when `text` is truncated. */
  full: string;
  /** Anchor point: the left edge for 'start', the right edge for 'end'. */
  x: number;
  anchor: 'start' | 'end';
  width: number;
  truncated: boolean;
}

export interface TimelineMark {
  id: string;
  title: string;
  status: EventStatus;
  /** A bar over the year or month the date is known to, or a point for an exact day. */
  shape: 'span' | 'point';
  /** Planned events are hollow (outline, white fill); occurred and ongoing ones filled. */
  filled: boolean;
  /** The date comes from an analyst (seeds/overlay.json), not the articles: ringed. */
  analystDate: boolean;
  lane: LaneKey;
  row: number;
  /** Centre line of the row. */
  y: number;
  /** The date's extent: start of the first day to the end of the last (a point's x0 === x1). */
  x0: number;
  x1: number;
  /** Bar height, or the point's diameter. */
  size: number;
  /** For ongoing events: the line on to the end of the data, split around the label, and its arrow tip (null when out of view). */
  tail: { segments: [number, number][]; arrowX: number | null } | null;
  /** Null when there is no room for even a few letters (the title is still in the accessible name). */
  label: TimelineLabel | null;
  /** The box to click or focus: mark and label together. */
  hit: Box;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TimelineChip {
  id: string;
  title: string;
  status: EventStatus;
  box: Box;
  label: TimelineLabel;
}

export type LegendSymbol = 'span' | 'point' | 'hollow' | 'filled' | 'ongoing' | 'analyst';

export interface LegendItem {
  symbol: LegendSymbol;
  text: string;
  /** Left of the symbol and centre line of the row. */
  x: number;
  y: number;
  textX: number;
}

export interface TimelineLayout {
  width: number;
  /** Height the drawing needs; more than the option's height only when nothing smaller fits. */
  height: number;
  fits: boolean;
  fontSize: number;
  legendFontSize: number;
  rowHeight: number;
  /** The time axis: `domain` (ms, UTC) maps onto `range` (px); `fullDomain` is the unzoomed span. */
  domain: [number, number];
  fullDomain: [number, number];
  range: [number, number];
  /** The axis in view as linear pieces (timeBreaks.ts); one unless empty years are cut out. */
  pieces: AxisPiece[];
  /** Where the axis is broken: the px between two pieces, and the years left out. */
  breaks: { x0: number; x1: number; years: [number, number] }[];
  /** The ISO day ongoing events run to. */
  dataEnd: string;
  /** The lanes' area, for clipping marks when zoomed. */
  plot: Box;
  legend: LegendItem[];
  axis: { y: number; height: number; ticks: { x: number; label: string }[] };
  lanes: TimelineLane[];
  marks: TimelineMark[];
  undated: { y: number; height: number; label: string; labelY: number; chips: TimelineChip[] };
  /** The chosen period's band, clipped to the plot; null when none or out of view. */
  periodBand: { x0: number; x1: number } | null;
  summary: { dated: number; undated: number; from: number | null; to: number | null };
}
