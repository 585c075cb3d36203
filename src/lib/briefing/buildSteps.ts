/**
 * The steps of a briefing, from the dataset: by default a title step, one per dated milestone
 * in date order and a closing step (undated milestones stay out of the default story; the brief
 * editor still offers them), or those of a custom brief. Each step says what its card shows
 * and which view the dashboard takes behind it.
 */
import { describeFilters } from '../filters/describeFilters.ts';
import { EMPTY_FILTERS } from '../filters/types.ts';
import { formatEventDate } from '../layout/timeline/timelineFormat.ts';
import type { Dataset, Evidence, TielineEvent } from '../model/schema.ts';
import type { ViewState } from '../state/viewState.ts';
import { buildClosingStep, buildTitleStep } from './storySteps.ts';
import type { Brief, Step } from './types.ts';

/** Quotes shorter than this rarely say enough; longer than QUOTE_MAX rarely fit the card. */
const QUOTE_MIN = 60;
const QUOTE_MAX = 220;
const STATUS_ORDER = { ongoing: 0, occurred: 1, planned: 2 } as const;

/**
 * The milestones in briefing order: dated ones by date (a year before its months), ties by
 * title; then the undated ones, ongoing first, then by title.
 * @example orderEvents(dataset.events)[0].date // -> '2008'
 */
export function orderEvents(events: readonly TielineEvent[]): TielineEvent[] {
  const byTitle = (a: TielineEvent, b: TielineEvent) => a.title.localeCompare(b.title, 'en');
  const dated = events
    .filter((e) => e.date)
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : byTitle(a, b)));
  const undated = events
    .filter((e) => !e.date)
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byTitle(a, b));
  return [...dated, ...undated];
}

/**
 * The evidence the card quotes: the shortest that says enough (at least 60 characters) and
 * fits the card, else the shortest.
 */
export function pickQuote(evidence: readonly Evidence[]): Evidence | null {
  const sorted = [...evidence].sort((a, b) => a.quote.length - b.quote.length);
  return (
    sorted.find((e) => e.quote.length >= QUOTE_MIN && e.quote.length <= QUOTE_MAX) ??
    sorted[0] ??
    null
  );
}

/** The view behind a milestone's step: nothing filtered out, the milestone selected. */
export const eventView = (id: string): ViewState => ({
  filters: EMPTY_FILTERS,
  selection: { kind: 'event', id },
  zoom: null,
  tab: 'overview',
});

/**
 * One milestone's step.
 * @example buildEventStep(dataset, galwan).date // -> 'June 2020'
 */
export function buildEventStep(
  dataset: Dataset,
  event: TielineEvent,
  extra: { title?: string; notes?: string } = {},
): Step {
  const evidence = pickQuote(event.evidence);
  const doc = evidence ? dataset.documents.find((d) => d.id === evidence.doc) : undefined;
  const date = event.date ? formatEventDate(event) : null;
  const words = event.dateText && event.dateText !== date ? event.dateText : null;
  return {
    key: `event:${event.id}`,
    kind: 'event',
    lines: [],
    focus: event.actors,
    title: extra.title?.trim() || event.title,
    date,
    dateWords: words,
    status: event.status,
    quote: evidence?.quote ?? null,
    evidence: evidence ?? null,
    article: doc ? doc.title + (doc.date ? ` (${doc.date})` : '') : (evidence?.doc ?? null),
    // Only this milestone's own facts: an article's analyst-supplied date is no fact of the
    // milestone's, and marking it on every step reads as "this date was made up".
    analyst: [...event.analyst],
    showing: null,
    notes: extra.notes ?? '',
    event: event.id,
    view: eventView(event.id),
  };
}

/**
 * The default briefing: what the corpus is about, its dated milestones in order, what matters
 * most. Undated milestones have no place in a story told in order; the brief editor offers them.
 * @example buildDefaultSteps(dataset).length // -> dated milestones + 2
 */
export function buildDefaultSteps(dataset: Dataset): Step[] {
  const dated = orderEvents(dataset.events).filter((e) => e.date);
  return [
    buildTitleStep(dataset),
    ...dated.map((e) => buildEventStep(dataset, e)),
    buildClosingStep(dataset),
  ];
}

/**
 * A custom brief's steps. A milestone missing from the data (the articles changed) is left out
 * and named in `missing`; a saved view shows its selected milestone's card, if it has one.
 * @example buildBriefSteps(dataset, brief).steps.length // -> brief.steps.length
 */
export function buildBriefSteps(
  dataset: Dataset,
  brief: Brief,
): { steps: Step[]; missing: string[] } {
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  const steps: Step[] = [];
  const missing: string[] = [];
  brief.steps.forEach((s, i) => {
    if (s.kind === 'event') {
      const event = events.get(s.event);
      if (event) steps.push(buildEventStep(dataset, event, s));
      else missing.push(s.title || s.event);
      return;
    }
    const selected = s.state.selection?.kind === 'event' ? events.get(s.state.selection.id) : null;
    const base = selected ? buildEventStep(dataset, selected) : null;
    steps.push({
      key: `view:${i}`,
      kind: 'view',
      lines: [],
      focus: base?.focus ?? [],
      title: s.title.trim() || s.name,
      date: base?.date ?? null,
      dateWords: base?.dateWords ?? null,
      status: base?.status ?? null,
      quote: base?.quote ?? null,
      evidence: base?.evidence ?? null,
      article: base?.article ?? null,
      analyst: base?.analyst ?? [],
      showing: describeFilters(dataset, s.state.filters),
      notes: s.notes,
      event: selected?.id ?? null,
      view: { ...s.state, tab: 'overview' },
    });
  });
  return { steps, missing };
}
