/**
 * The page's first script: starts the network-layout worker from <head>, before the page has
 * parsed its body or the app's own code has arrived, and leaves it on `globalThis` for
 * layoutClient.ts to adopt.
 *
 * Starting a worker takes several trips between the page's main thread and the browser, and
 * each waits for the main thread to be free. Started by the app's code, those trips fell inside
 * the page's mount: at load the worker ran its first line 100-200 ms after it was created, and
 * the seeds' layout waited for it (request to answer 170-290 ms for a 25 ms layout). From here
 * they happen while the page parses and waits for the app's code, and the worker has warmed up
 * by the time the page asks for a layout.
 *
 * A build input of its own, with no imports, built into a classic script (earlyScript.ts adds it
 * to the built page): nothing the app's chunk holds may load with it. Not in the single offline
 * file, where no worker can start, nor in the dev server.
 */

/** Where the worker waits for the app (layoutClient.ts reads the same name). */
const KEY = 'tielineLayoutWorker';

/** The worker, and whether it failed to load before the app took it over. */
export interface EarlyWorker {
  worker: Worker;
  failed: boolean;
}

try {
  const worker = new Worker(new URL('./networkLayout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'tieline-network-layout',
  });
  const early: EarlyWorker = { worker, failed: false };
  // Until the app takes it over (and sets its own handler): a failure is noted, not thrown.
  worker.onerror = (event) => {
    event.preventDefault();
    early.failed = true;
  };
  (globalThis as Record<string, unknown>)[KEY] = early;
} catch {
  // No worker here: the app lays out in the page (layoutClient.ts).
}
