/**
 * Starts the sources layer (added articles: IndexedDB, the extractor's worker) from the seeds
 * and the overlay embedded in the page. main.ts loads this module on demand: before the first
 * draw when the browser holds added articles, after it otherwise.
 */
import type { Dataset } from '../model/schema.ts';
import { overlayFromJson } from '../model/embeddedDataset.ts';
import { SourcesState } from './sources.svelte.ts';

export interface Started {
  sources: SourcesState;
  /** The seeds plus the stored articles (null when none), with what could not be read. */
  stored: Promise<{ dataset: Dataset | null; notices: string[] }>;
}

/** @example const { sources, stored } = startSources(seeds, overlayElement.textContent) */
export function startSources(seeds: Dataset, overlayJson: string | null | undefined): Started {
  const sources = new SourcesState(seeds, overlayFromJson(overlayJson));
  return { sources, stored: sources.loadStored() };
}
