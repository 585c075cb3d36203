/**
 * The articles added in the browser: kept in IndexedDB, merged with the seeds by re-extracting
 * everything in a worker. Add and remove answer with the new dataset (for dashboard.setDataset)
 * or with what is wrong; nothing is stored unless the extraction succeeded.
 */
import type { Overlay } from '../extract/overlay.ts';
import type { Dataset } from '../model/schema.ts';
import { deleteArticle, loadAddedArticles, storeArticles } from './addedStore.ts';
import { mayHaveStoredArticles, recordStoredCount } from './storedCount.ts';
import { baseOf } from './baseOf.ts';
import { extractInWorker } from './extractClient.ts';
import { reviewAdded } from './reviewAdded.ts';
import type { AddedArticle, SourcesRequest } from './types.ts';

export type Outcome =
  | { ok: true; dataset: Dataset; ms: number; notices: string[] }
  | { ok: false; errors: string[]; needDate: string[] };

/** How long the page waits for storage at start before showing the seeds alone. */
const LOAD_TIMEOUT_MS = 4000;

export class SourcesState {
  /** The added articles, oldest first. */
  added = $state.raw<AddedArticle[]>([]);
  /** True while the worker extracts. */
  busy = $state(false);

  private readonly base: SourcesRequest['base'];

  constructor(
    seeds: Dataset,
    private readonly overlay: Overlay,
  ) {
    this.base = baseOf(seeds);
  }

  /**
   * The seeds plus the stored articles (null when there are none), with what could not be read.
   * Never rejects; the seeds are always there to show.
   * @example const { dataset, notices } = await sources.loadStored()
   */
  async loadStored(): Promise<{ dataset: Dataset | null; notices: string[] }> {
    const timeout = new Promise<null>((resolve) =>
      setTimeout(() => resolve(null), LOAD_TIMEOUT_MS),
    );
    const stored = await Promise.race([loadAddedArticles(), timeout]);
    if (!stored)
      return {
        dataset: null,
        notices: ["Added articles were not loaded: this browser's storage did not answer in time"],
      };
    if (stored.articles.length || mayHaveStoredArticles())
      recordStoredCount(stored.articles.length);
    if (stored.articles.length === 0) return { dataset: null, notices: stored.notices };
    const response = await extractInWorker(this.request(stored.articles));
    if (!response.ok)
      return {
        dataset: null,
        notices: [...stored.notices, `Added articles could not be read: ${response.message}`],
      };
    this.added = stored.articles;
    return { dataset: response.dataset, notices: stored.notices };
  }

  private request(added: AddedArticle[]): SourcesRequest {
    return { base: this.base, overlay: this.overlay, added };
  }

  /** The file names of every article (seeds and added): a new one may not take their ids. */
  get files(): string[] {
    return [...this.base.documents, ...this.added].map((d) => d.file);
  }

  /**
   * Extracts the candidates with everything else; keeps them only if each has actors and a date.
   * @example const outcome = await sources.add([article]); if (outcome.ok) dashboard.setDataset(outcome.dataset)
   */
  async add(candidates: AddedArticle[]): Promise<Outcome> {
    this.busy = true;
    try {
      const start = performance.now();
      const next = [...this.added, ...candidates];
      const response = await extractInWorker(this.request(next));
      if (!response.ok) return { ok: false, errors: [response.message], needDate: [] };
      const review = reviewAdded(response.dataset, candidates);
      if (review.errors.length || review.needDate.length) return { ok: false, ...review };
      const stored = await storeArticles(candidates);
      this.added = next;
      if (!stored) recordStoredCount(next.length);
      return {
        ok: true,
        dataset: response.dataset,
        ms: performance.now() - start,
        notices: stored ? [stored] : [],
      };
    } finally {
      this.busy = false;
    }
  }

  /** Re-extracts without the article, then forgets it. */
  async remove(file: string): Promise<Outcome> {
    this.busy = true;
    try {
      const start = performance.now();
      const next = this.added.filter((a) => a.file !== file);
      const response = await extractInWorker(this.request(next));
      if (!response.ok) return { ok: false, errors: [response.message], needDate: [] };
      const deleted = await deleteArticle(file);
      this.added = next;
      if (!deleted) recordStoredCount(next.length);
      return {
        ok: true,
        dataset: response.dataset,
        ms: performance.now() - start,
        notices: deleted ? [deleted] : [],
      };
    } finally {
      this.busy = false;
    }
  }
}
