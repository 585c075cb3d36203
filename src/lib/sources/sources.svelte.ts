/**
 * The articles added in the browser: kept in IndexedDB, merged with the seeds by re-extracting
 * everything in a worker (with a time budget; Cancel stops it). Add and remove answer with the
 * new dataset (for dashboard.setDataset) or with what is wrong; nothing is stored unless the
 * extraction succeeded and was not cancelled.
 */
import type { Overlay } from '../extract/overlay.ts';
import { documentId } from '../extract/ids.ts';
import type { Dataset } from '../model/schema.ts';
import { deleteArticle, loadAddedArticles, storeArticles, storedIds } from './addedStore.ts';
import { baseOf } from './baseOf.ts';
import { budgetFor, extractClient, type ExtractClient } from './extractClient.ts';
import { reviewAdded } from './reviewAdded.ts';
import { separateIds } from './storedKeys.ts';
import { takenIds } from './prepareArticles.ts';
import type { AddedArticle, SourcesRequest, SourcesResponse, StoredArticle } from './types.ts';

export type Outcome =
  | {
      ok: true;
      dataset: Dataset;
      ms: number;
      notices: string[];
      /** The articles added, as stored: another tab may have taken a name meanwhile. */
      added: StoredArticle[];
    }
  | { ok: false; errors: string[]; needDate: string[]; cancelled?: boolean };

/** How long the page waits for storage at start before showing the seeds alone. */
const LOAD_TIMEOUT_MS = 4000;

const names = (articles: readonly AddedArticle[]) => articles.map((a) => a.file).join(', ');
/** A message followed by another sentence: without its own full stop. */
const clause = (message: string) => message.replace(/\.$/, '');

export class SourcesState {
  /** The added articles, oldest first, each with the key it is stored under. */
  added = $state.raw<StoredArticle[]>([]);
  /** True while the worker extracts. */
  busy = $state(false);

  private readonly base: SourcesRequest['base'];
  /** Bumped by cancel(): an add that started before it stores nothing. */
  private generation = 0;

  constructor(
    seeds: Dataset,
    private readonly overlay: Overlay,
    private readonly client: ExtractClient = extractClient,
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
    if (stored.articles.length === 0) return { dataset: null, notices: stored.notices };
    const separate = separateIds(stored.articles, takenIds(this.base.documents.map((d) => d.file)));
    const notices = [...stored.notices, ...separate.notices];
    const response = await this.extract(separate.articles, names(separate.articles));
    if (!response.ok)
      return {
        dataset: null,
        notices: [
          ...notices,
          `Added articles (${names(separate.articles)}) were not merged: ${clause(response.message)}. They stay stored and are read again at the next load`,
        ],
      };
    this.added = separate.articles;
    return { dataset: response.dataset, notices };
  }

  /** Everything extracted again; `what` names the articles it is for in a failure message. */
  private extract(all: readonly AddedArticle[], what: string) {
    const request: SourcesRequest = { base: this.base, overlay: this.overlay, added: [...all] };
    return this.client.extract(request, { what, budgetMs: budgetFor(request) });
  }

  /** The file names of every article (seeds and added): a new one may not take their ids. */
  get files(): string[] {
    return [...this.base.documents, ...this.added].map((d) => d.file);
  }

  /**
   * The document ids a new article may not take: the seeds', this tab's, and whatever any tab
   * has stored by now.
   * @example const taken = await sources.takenIds()
   */
  async takenIds(): Promise<Set<string>> {
    const ids = await storedIds();
    for (const f of this.files) ids.add(documentId(f));
    return ids;
  }

  /** Stops the extraction under way: the add it belongs to answers as cancelled and stores nothing. */
  cancel(): void {
    this.generation++;
    this.client.cancel();
  }

  /**
   * Extracts the candidates with everything else; keeps them only if each has actors and a date.
   * @example const outcome = await sources.add([article]); if (outcome.ok) dashboard.setDataset(outcome.dataset)
   */
  async add(candidates: AddedArticle[]): Promise<Outcome> {
    this.busy = true;
    const generation = this.generation;
    const cancelled = { ok: false as const, errors: [], needDate: [], cancelled: true };
    try {
      const start = performance.now();
      let response: SourcesResponse = await this.extract(
        [...this.added, ...candidates],
        names(candidates),
      );
      if (!response.ok || generation !== this.generation)
        return response.ok || response.cancelled || generation !== this.generation
          ? cancelled
          : { ok: false, errors: [`${clause(response.message)}. Nothing was added`], needDate: [] };
      const review = reviewAdded(response.dataset, candidates);
      if (review.errors.length || review.needDate.length) return { ok: false, ...review };
      if (generation !== this.generation) return cancelled;
      const stored = await storeArticles(candidates);
      if (stored.renamed) {
        // Another tab took an id meanwhile: the page shows the names the articles are stored as.
        response = await this.extract([...this.added, ...stored.stored], names(stored.stored));
        if (!response.ok)
          return {
            ok: false,
            errors: [
              ...stored.notices,
              `${clause(response.message)}. ${names(stored.stored)} stayed stored and join the page at the next load`,
            ],
            needDate: [],
          };
      }
      this.added = [...this.added, ...stored.stored];
      return {
        ok: true,
        dataset: response.dataset,
        ms: performance.now() - start,
        notices: stored.notices,
        added: stored.stored,
      };
    } finally {
      this.busy = false;
    }
  }

  /** Re-extracts without the article, then deletes it by the key it is stored under. */
  async remove(file: string): Promise<Outcome> {
    this.busy = true;
    try {
      const start = performance.now();
      const gone = this.added.find((a) => a.file === file);
      const next = this.added.filter((a) => a !== gone);
      const response = await this.extract(next, `the articles without ${file}`);
      if (!response.ok) return { ok: false, errors: [response.message], needDate: [] };
      const deleted = gone ? await deleteArticle(gone.key) : null;
      this.added = next;
      return {
        ok: true,
        dataset: response.dataset,
        ms: performance.now() - start,
        notices: deleted ? [deleted] : [],
        added: [],
      };
    } finally {
      this.busy = false;
    }
  }
}
