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

/**
 * `relink` reads the page's link again once the stored articles are read, whether or not any
 * joined (`joined`): the link may name their actors, and what it names that is still missing is
 * told only then.
 * @example void joinStored(started, dashboard, relink)
 */
export function joinStored(
  started: Promise<Started>,
  host: JoinHost,
  relink: (joined: boolean) => void = () => {},
): Promise<void> {
  return started
    .then((s) => s.stored)
    .then(
      (found) => {
        if (found.dataset) host.setDataset(found.dataset);
        relink(found.dataset !== null);
        host.notify(found.notices);
      },
      (error: unknown) => {
        relink(false);
        host.notify([
          `Added articles were not loaded: ${error instanceof Error ? error.message : String(error)}`,
        ]);
      },
    );
}
