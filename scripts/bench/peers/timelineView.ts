/**
 * For the benchmark's peer pages: the milestones in vis-timeline, the timeline all three peer
 * stacks pair with their network library. A filter updates its DataSet with what changed.
 */
import { DataSet } from 'vis-data';
import { Timeline } from 'vis-timeline';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { TielineEvent } from '../../../src/lib/model/schema.ts';
import { markDrawn } from './stackData.ts';

interface Item {
  id: string;
  content: string;
  start: Date;
  title: string;
}

const item = (e: TielineEvent): Item => ({
  id: e.id,
  content: e.title,
  start: new Date(e.date!),
  title: e.title,
});

/** Draws `events` in `container`; returns the update a filter calls with what it keeps. */
export function drawTimeline(
  container: HTMLElement,
  events: TielineEvent[],
): (kept: TielineEvent[]) => void {
  const items = new DataSet<Item>(events.map(item));
  const timeline = new Timeline(container, items, {
    height: '100%',
    stack: true,
    showCurrentTime: false,
  });
  const drawn = () => {
    timeline.off('changed', drawn);
    markDrawn('timeline');
  };
  timeline.on('changed', drawn);
  return (kept) => {
    const ids = new Set(kept.map((e) => e.id));
    const gone = items.getIds().filter((id) => !ids.has(id as string));
    items.remove(gone);
    items.update(kept.filter((e) => !items.get(e.id)).map(item));
  };
}
