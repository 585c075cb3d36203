/** Articles added in the browser: what is stored, and what the extraction worker is asked. */
import type { Dataset } from '../model/schema.ts';
import type { Overlay } from '../extract/overlay.ts';

/** An article added in the browser, as kept in IndexedDB. */
export interface AddedArticle {
  /** File name, unique among all articles (the document id comes from it). */
  file: string;
  /** The text as read (UTF-8 decoded). */
  text: string;
  /** The date given in the add dialog (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
  date: string | null;
  /** When it was added (ISO date-time). */
  addedAt: string;
}

/** An added article as read from IndexedDB: with the key it is stored under (Remove deletes that). */
export interface StoredArticle extends AddedArticle {
  key: string;
}

/** What the worker needs to rebuild the dataset: the seed articles, their overlay, the added. */
export interface SourcesRequest {
  base: { documents: { file: string; text: string }[]; warnings: string[] };
  overlay: Overlay;
  added: AddedArticle[];
}

export type SourcesResponse =
  { ok: true; dataset: Dataset; ms: number } | { ok: false; message: string; cancelled?: boolean };
