/** Row shapes the dashboard tables render: display-ready text plus the raw values they sort by. */
import type { Evidence } from '../model/schema.ts';
import type { Precision } from '../model/vocabulary.ts';

/** The first piece of evidence for a row, with the article it was read in. */
export interface EvidenceView {
  quote: string;
  articleTitle: string;
  articleFile: string;
  /** The evidence itself, to open the Sources reader at it. */
  evidence: Evidence;
  /** True when its article was added in the browser. */
  added: boolean;
}

/** Why a fact is marked "analyst-supplied": the notes and who supplied them. */
export interface AnalystView {
  /** Distinct sources, joined for a tooltip. */
  sources: string;
  /** One readable line per note, e.g. "date = 2020-06 (source: MEA press release)". */
  lines: string[];
}

export interface ActorRow {
  id: string;
  name: string;
  kind: string;
  /** "India (IN)", or null when the actor has no country. */
  country: string | null;
  role: string | null;
  aliases: string;
  mentions: number;
  evidence: EvidenceView | null;
}

export interface RelationRow {
  id: string;
  sourceName: string;
  type: string;
  targetName: string;
  domains: string;
  evidenceCount: number;
  evidence: EvidenceView | null;
}

export interface EventRow {
  id: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null when undated. */
  date: string | null;
  precision: Precision | null;
  dateText: string | null;
  title: string;
  status: string;
  kind: string;
  domains: string;
  actorNames: string;
  evidenceCount: number;
  evidence: EvidenceView | null;
  /** Set when the event, or part of it, came from the analyst overlay rather than an article. */
  analyst: AnalystView | null;
}
