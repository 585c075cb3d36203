/**
 * The extraction worker: the only module that imports the extractor in the browser, so the
 * page never freezes while an article is read and the first load does not carry the extractor.
 */
import { buildSourcesDataset } from './buildSourcesDataset.ts';
import { splitDataset } from './datasetParts.ts';
import type { SourcesRequest, SourcesResponse } from './types.ts';

self.onmessage = (event: MessageEvent<{ id: number; request: SourcesRequest }>) => {
  const { id, request } = event.data;
  let response: SourcesResponse;
  try {
    const start = performance.now();
    const dataset = buildSourcesDataset(request);
    const ms = performance.now() - start;
    // A big dataset goes in parts, each read back on the page in a task of its own.
    const { rest, parts } = splitDataset(dataset);
    for (const part of parts) self.postMessage({ id, part });
    response = { ok: true, dataset: rest, ms };
  } catch (error) {
    response = {
      ok: false,
      message: `The extractor failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  self.postMessage({ id, response });
};
