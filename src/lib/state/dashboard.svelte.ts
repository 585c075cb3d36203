/**
 * The dashboard's shared state: the selection (one actor or event, shown in the detail panel
 * and highlighted in both views), what is hovered, and the period chosen on the timeline.
 */
import type { Dataset } from '../model/schema.ts';
import { computeHighlight, toggleSelection, type Selection } from './selection.ts';

/** A period of time as ISO dates, inclusive: ['2018-01-01', '2020-12-31']. */
export type Period = [string, string];

export class DashboardState {
  readonly dataset: Dataset;
  selection = $state<Selection>(null);
  hovered = $state<Selection>(null);
  period = $state<Period | null>(null);

  /** What the selection (or, while nothing is selected, the hover) lights up. */
  highlight = $derived.by(() => computeHighlight(this.dataset, this.selection ?? this.hovered));

  constructor(dataset: Dataset) {
    this.dataset = dataset;
  }

  select(next: Selection): void {
    this.selection = toggleSelection(this.selection, next);
  }

  clear(): void {
    this.selection = null;
  }
}
