/**
 * "Where does that come from?": opens the Sources reader at a piece of evidence, its sentence
 * scrolled into view and highlighted. Any quote in the app (details, tables, briefing) calls it.
 */
import type { Evidence } from '../model/schema.ts';

/** The part of the dashboard this needs (DashboardState has it). */
export interface ReaderHost {
  reading: Evidence | null;
  tab: string;
}

/** The tab the Sources panel lives in. */
export const SOURCES_TAB = 'sources';

/**
 * @example openEvidence(dashboard, event.evidence[0]) // the Sources tab opens at that sentence
 */
export function openEvidence(host: ReaderHost, evidence: Evidence): void {
  // A fresh object, so opening the same quote twice scrolls to it again.
  host.reading = { ...evidence };
  host.tab = SOURCES_TAB;
}
