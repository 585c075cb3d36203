/**
 * Stored articles read after the page was first drawn join the dashboard when they arrive:
 * their dataset replaces the seeds' (filters and selection kept where they still exist), and
 * what could not be read, or why nothing could, becomes a notice.
 */
import type { Dataset } from '../model/schema.ts';
import type { Started } from './startSources.ts';

/** The part of the dashboard this needs (DashboardState has it). */
export interface JoinHost {
  setDataset(next: Dataset): void;
  notify(messages: string[]): void;
}

/** @example void joinStored(started, dashboard) */
export function joinStored(started: Promise<Started>, host: JoinHost): Promise<void> {
  return started
    .then((s) => s.stored)
    .then(
      (found) => {
        if (found.dataset) host.setDataset(found.dataset);
        host.notify(found.notices);
      },
      (error: unknown) =>
        host.notify([
          `Added articles were not loaded: ${error instanceof Error ? error.message : String(error)}`,
        ]),
    );
}
