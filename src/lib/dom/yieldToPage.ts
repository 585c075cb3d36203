/**
 * Gives the page its turn (input, rendering, other tasks) and resumes in a new task: between
 * slices of long work on the main thread, so no slice is a long task. scheduler.yield where
 * the browser has it (resumes ahead of other tasks), else a message to itself (no 4 ms timer
 * clamp), else a timer.
 */
type WithScheduler = typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };

/** @example for (const part of parts) { work(part); await yieldToPage(); } */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as WithScheduler).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel !== 'undefined')
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
