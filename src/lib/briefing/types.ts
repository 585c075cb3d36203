/**
 * Briefs and the steps of a briefing. A brief is what an analyst writes (saved with the saved
 * views); a step is what the screen shows, resolved against the dataset.
 */
import type { AnalystNote, Evidence } from '../model/schema.ts';
import type { ViewState } from '../state/viewState.ts';

/** One step of a custom brief: a milestone, or a saved view (its state copied in). */
export type BriefStep =
  | { kind: 'event'; event: string; title: string; notes: string }
  | { kind: 'view'; name: string; state: ViewState; title: string; notes: string };

export interface Brief {
  id: string;
  name: string;
  /** ISO timestamp. */
  created: string;
  steps: BriefStep[];
}

/**
 * What a step is about: the story's opening (what the corpus covers), a milestone, a saved
 * view, or the closing (the actors and relations that matter most).
 */
export type StepKind = 'title' | 'event' | 'view' | 'closing';

/** A step as the projector and the presenter view show it. */
export interface Step {
  /** Stable within its brief: `event:<id>`, `view:<n>`, `title` or `closing`. */
  key: string;
  kind: StepKind;
  /** The opening's and the closing's facts, one line each ("9 articles, 2008–2024"). */
  lines: string[];
  /** The actors the stage's network lights up (empty: none stand out). */
  focus: string[];
  title: string;
  /** The date in words at the precision the text gives ("June 2020"), or null. */
  date: string | null;
  /** The article's own words for the date when they say more ("since 2018", "Tuesday"). */
  dateWords: string | null;
  status: string | null;
  /** One evidence sentence and the headline of its article. */
  quote: string | null;
  /** Where the quote is in its article, so the card can open the Sources reader there. */
  evidence: Evidence | null;
  article: string | null;
  /** Facts of this step's own milestone that an analyst supplied rather than the articles. */
  analyst: AnalystNote[];
  /** A view step's "Showing: ..." line. */
  showing: string | null;
  /** Speaker notes (presenter view only). */
  notes: string;
  /** The milestone this step is about, if any: the one lit on the timeline. */
  event: string | null;
  /** What the dashboard shows behind the card. */
  view: ViewState;
}

/** What a window of the briefing is showing: the step (0-based) and whether it is blanked. */
export interface Position {
  step: number;
  blank: boolean;
}
