/**
 * Runs the extractor in a Web Worker (started on first use) and answers with the new dataset.
 * Never rejects: a worker that fails to start or crashes gives { ok: false, message }.
 */
import type { SourcesRequest, SourcesResponse } from './types.ts';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (response: SourcesResponse) => void>();

function failAll(message: string): void {
  for (const resolve of pending.values()) resolve({ ok: false, message });
  pending.clear();
  worker?.terminate();
  worker = null;
}

function start(): Worker {
  const w = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<{ id: number; response: SourcesResponse }>) => {
    const { id, response } = event.data;
    pending.get(id)?.(response);
    pending.delete(id);
  };
  w.onerror = (event) => {
    event.preventDefault();
    failAll(`The extractor could not run in this browser (${event.message || 'worker error'})`);
  };
  return w;
}

/**
 * @example const r = await extractInWorker({ base, overlay, added }); if (r.ok) dashboard.setDataset(r.dataset)
 */
export function extractInWorker(request: SourcesRequest): Promise<SourcesResponse> {
  return new Promise((resolve) => {
    try {
      worker ??= start();
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ id, request });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      resolve({
        ok: false,
        // Opened from disk (the single offline file), the browser refuses to start a worker.
        message:
          location.protocol === 'file:'
            ? 'Adding articles needs the served app: a page opened from disk (file://) cannot start the extractor. Open Tieline from its server, or add the article to seeds/ and rebuild.'
            : `The extractor could not start (${reason})`,
      });
    }
  });
}
