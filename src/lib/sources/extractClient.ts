/**
 * Runs the extractor in a Web Worker (started on first use) and answers with the new dataset.
 * Each request has a time budget: past it the worker is terminated and the answer names what it
 * was reading. Cancel terminates it at once. Never rejects: a worker that fails to start, crashes,
 * runs out of time or is cancelled gives { ok: false, message }.
 */
import { joinDataset, type DatasetPart } from './datasetParts.ts';
import type { SourcesRequest, SourcesResponse } from './types.ts';

/** What the worker posts: parts of a big dataset (datasetParts.ts), then the answer. */
export type WorkerMessage =
  { id: number; part: DatasetPart } | { id: number; response: SourcesResponse };

/** The part of a Worker the client uses (a fake one in tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

/** What the request is reading, for the messages ("report.txt"), and how long it may take. */
export interface ExtractJob {
  what: string;
  budgetMs: number;
}

/**
 * The time budget for a request: far above what the extractor takes on its texts (about 3 ms per
 * kB in Node, the 5 MB limit in under 20 s), so only a stuck or superlinear extraction meets it.
 * @example budgetFor({ base: { documents: [], warnings: [] }, overlay, added: [] }) // -> 20000
 */
export function budgetFor(request: SourcesRequest): number {
  const chars = [...request.base.documents, ...request.added].reduce(
    (n, d) => n + d.text.length,
    0,
  );
  return 20_000 + Math.ceil(chars / 1024) * 10;
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

export class ExtractClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    {
      resolve: (r: SourcesResponse) => void;
      timer: ReturnType<typeof setTimeout>;
      parts: DatasetPart[];
    }
  >();

  constructor(private readonly spawn: () => WorkerLike) {}

  /** Answers every pending request with `response` and stops the worker (a new one starts next time). */
  private stopAll(response: SourcesResponse): void {
    for (const { resolve, timer } of this.pending.values()) {
      clearTimeout(timer);
      resolve(response);
    }
    this.pending.clear();
    this.worker?.terminate();
    this.worker = null;
  }

  private start(): WorkerLike {
    const w = this.spawn();
    w.onmessage = (event) => {
      const message = event.data;
      const job = this.pending.get(message.id);
      if (!job) return;
      if ('part' in message) {
        job.parts.push(message.part);
        return;
      }
      const { response } = message;
      clearTimeout(job.timer);
      this.pending.delete(message.id);
      job.resolve(
        response.ok ? { ...response, dataset: joinDataset(response.dataset, job.parts) } : response,
      );
    };
    w.onerror = (event) => {
      event.preventDefault();
      this.stopAll({
        ok: false,
        message: `The extractor could not run in this browser (${event.message || 'worker error'})`,
      });
    };
    return w;
  }

  /**
   * @example const r = await client.extract(request, { what: 'a.txt', budgetMs: 20000 }); if (r.ok) dashboard.setDataset(r.dataset)
   */
  extract(request: SourcesRequest, job: ExtractJob): Promise<SourcesResponse> {
    return new Promise((resolve) => {
      try {
        this.worker ??= this.start();
        const id = this.nextId++;
        const timer = setTimeout(
          () =>
            this.stopAll({
              ok: false,
              message: `Extracting ${job.what} took more than ${seconds(job.budgetMs)}, so it was stopped (the text may be too long or unusual for the extractor)`,
            }),
          job.budgetMs,
        );
        this.pending.set(id, { resolve, timer, parts: [] });
        this.worker.postMessage({ id, request });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        resolve({
          ok: false,
          // Opened from disk (the single offline file), the browser refuses to start a worker.
          message:
            globalThis.location?.protocol === 'file:'
              ? 'Adding articles needs the served app: a page opened from disk (file://) cannot start the extractor. Open Tieline from its server, or add the article to seeds/ and rebuild.'
              : `The extractor could not start (${reason})`,
        });
      }
    });
  }

  /** Stops the worker now: what it was extracting answers as cancelled. True if something was running. */
  cancel(): boolean {
    const running = this.pending.size > 0;
    this.stopAll({ ok: false, cancelled: true, message: 'Cancelled: nothing was added' });
    return running;
  }
}

/** The page's client: the real worker module. */
export const extractClient = new ExtractClient(
  () => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' }),
);
