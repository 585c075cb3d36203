/**
 * The dataset travels in the page as `<script type="application/json" id="tieline-dataset">`,
 * not inside the JavaScript bundle: the first-load JS stays small, the browser parses JSON
 * faster than an object literal, and the Content-Security-Policy has no inline code to allow.
 * Embedding (at build) and reading with the schema both live here, so they cannot drift apart;
 * the page's first load reads it without the schema (pageDataset.ts) and checks it here after
 * both views are drawn (`checkPageDataset`).
 */
import { EMPTY_OVERLAY, parseOverlay, type Overlay } from '../extract/overlay.ts';
import { failedDataset, parsePageJson, readPageDataset, schemaWarning } from './pageDataset.ts';
import { parseDataset, type Dataset } from './schema.ts';

export { DATASET_ELEMENT_ID, OVERLAY_ELEMENT_ID, failedDataset } from './pageDataset.ts';

/**
 * The dataset as JSON safe inside a script element: `<` is escaped (`\u003c`), so no text in
 * an article can close the element or open a comment; the JSON itself is unchanged.
 * @example embedDataset(d) // -> '{"documents":[...'
 */
export function embedDataset(dataset: Dataset | string): string {
  const json = typeof dataset === 'string' ? dataset : JSON.stringify(dataset);
  return json.replace(/</g, '\\u003c');
}

/**
 * Reads and checks the embedded JSON; never throws: a missing element, broken JSON or data
 * that fails the schema give an empty dataset whose warning says what is wrong.
 * @example datasetFromJson('{"documents":[]') // -> warnings: ['The dataset in this page is not valid JSON: ...']
 */
export function datasetFromJson(text: string | null | undefined): Dataset {
  const read = parsePageJson(text);
  if ('failed' in read) return read.failed;
  const checked = parseDataset(read.data);
  return checked.ok ? checked.dataset : failedDataset(schemaWarning(checked.message));
}

/**
 * Reads the embedded analyst overlay (needed when an article is added and the seeds are
 * re-extracted); a missing or broken one is the empty overlay, never a crash.
 * @example overlayFromJson('{"documents":[],"events":[]}') // -> { documents: [], events: [] }
 */
export function overlayFromJson(text: string | null | undefined): Overlay {
  if (!text) return EMPTY_OVERLAY;
  return parseOverlay(text, 'the overlay in this page').overlay;
}

/**
 * The full check of a dataset the page read without the schema (pageDataset.ts): a warning
 * when it does not fit (the page was changed after the build), else none.
 * @example checkPageDataset(dashboard.dataset) // -> []
 */
export function checkPageDataset(dataset: Dataset): string[] {
  const checked = parseDataset(dataset);
  return checked.ok ? [] : [schemaWarning(checked.message)];
}

/**
 * checkPageDataset on the page's JSON text, read as the page read it (readPageDataset), in the
 * check's worker (datasetCheck.worker.ts). Text that is not JSON, or has no dataset's outline,
 * was said at load: the page's empty dataset fits the schema, so nothing more is said.
 * @example checkDatasetText('{"documents":[],"actors":[{"id":"x"}],...}') // -> ['The dataset in this page does not fit the schema: ...']
 */
export function checkDatasetText(text: string | null | undefined): string[] {
  return checkPageDataset(readPageDataset(text));
}
