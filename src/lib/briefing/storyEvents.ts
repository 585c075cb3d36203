/**
 * The milestones the stage's strip shows: the story's dated ones (every dated milestone for a
 * brief of saved views only).
 */
import type { Dataset, TielineEvent } from '../model/schema.ts';
import type { Step } from './types.ts';

/** @example storyEvents(dataset, steps).every((e) => e.date) // -> true */
export function storyEvents(dataset: Dataset, steps: readonly Step[]): TielineEvent[] {
  const ids = new Set(steps.flatMap((s) => (s.event ? [s.event] : [])));
  const dated = dataset.events.filter((e) => e.date);
  const inStory = dated.filter((e) => ids.has(e.id));
  return inStory.length ? inStory : dated;
}
