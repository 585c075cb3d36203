/**
 * The page's side of the dataset's full check: sends the page's JSON text to the check's worker
 * (datasetCheck.worker.ts) and answers with its warnings. Where no worker can start (a page
 * opened from disk, a browser without workers) or it fails, the check runs on the page instead,
 * as `onPage` does: the warnings are the same either way.
 */
import { OFFLINE_MODE } from '../layout/layoutClient.ts';

/** Makes the check's worker; tests pass their own. */
export type MakeWorker = () => Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

const realWorker: MakeWorker = () =>
  new Worker(new URL('./datasetCheck.worker.ts', import.meta.url), { type: 'module' });

/**
 * @example checkInWorker(datasetElement.textContent, () => checkOnPage()) // -> Promise<[]>
 */
export function checkInWorker(
  text: string,
  onPage: () => Promise<string[]>,
  make: MakeWorker = realWorker,
): Promise<string[]> {
  if (import.meta.env.MODE === OFFLINE_MODE) return onPage();
  return new Promise((resolve) => {
    let worker: ReturnType<MakeWorker> | null = null;
    let done = false;
    const finish = (answer: Promise<string[]> | string[]) => {
      if (done) return;
      done = true;
      worker?.terminate();
      resolve(answer);
    };
    try {
      worker = make(); // throws where there is no Worker
    } catch {
      return finish(onPage());
    }
    worker.onmessage = (event: MessageEvent<string[]>) =>
      finish(Array.isArray(event.data) ? event.data : onPage());
    // Its code could not load or it threw: the page checks.
    worker.onerror = () => finish(onPage());
    worker.postMessage(text);
  });
}
