/**
 * The extraction worker: the only module that imports the extractor in the browser, so the
 * page never freezes while an article is read and the first load does not carry the extractor.
 */
import { buildSourcesDataset } from './buildSourcesDataset.ts';
import type { SourcesRequest, SourcesResponse } from './types.ts';

self.onmessage = (event: MessageEvent<{ id: number; request: SourcesRequest }>) => {
  const { id, request } = event.data;
  let response: SourcesResponse;
  try {
    const start = performance.now();
    const dataset = buildSourcesDataset(request);
    response = { ok: true, dataset, ms: performance.now() - start };
  } catch (error) {
    response = {
      ok: false,
      message: `The extractor failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  self.postMessage({ id, response });
};
