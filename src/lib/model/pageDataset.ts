/**
 * Reading the dataset the build put in the page, without the schema: the build checked it
 * (datasetPlugin.ts), so the page parses the JSON and checks its outline only, and draws at
 * once; the full check (embeddedDataset.ts, valibot) runs after both views are drawn and
 * warns if the page was changed since. The element ids live here, the one file both the build
 * and the page's first load import.
 */
import type { Dataset } from './schema.ts';

export const DATASET_ELEMENT_ID = 'tieline-dataset';
export const OVERLAY_ELEMENT_ID = 'tieline-overlay';

/** An empty dataset that carries one warning, shown by the page instead of a crash. */
export function failedDataset(message: string): Dataset {
  return { documents: [], actors: [], relations: [], events: [], warnings: [message] };
}

const LISTS = ['documents', 'actors', 'relations', 'events', 'warnings'] as const;

/**
 * The embedded JSON as a dataset when its outline holds (the five lists), else an empty one
 * whose warning says what is wrong; never throws. Only the five lists are kept.
 * @example readPageDataset('{"documents": [') // -> warnings: ['The dataset in this page is not valid JSON: ...']
 */
export function readPageDataset(text: string | null | undefined): Dataset {
  const read = parsePageJson(text);
  if ('failed' in read) return read.failed;
  const data = read.data;
  const record = (data ?? {}) as Record<string, unknown>;
  const missing = LISTS.find((key) => !Array.isArray(record[key]));
  if (typeof data !== 'object' || data === null || missing)
    return failedDataset(schemaWarning(`invalid dataset at ${missing ?? 'its root'}`));
  return Object.fromEntries(LISTS.map((key) => [key, record[key]])) as unknown as Dataset;
}

/**
 * The page's dataset element parsed as JSON, or the empty dataset that says why it could not
 * be: no element, or broken JSON. Shared by the first load and the full check.
 * @example parsePageJson('[') // -> { failed: { ..., warnings: ['The dataset in this page is not valid JSON: ...'] } }
 */
export function parsePageJson(
  text: string | null | undefined,
): { data: unknown } | { failed: Dataset } {
  if (text === null || text === undefined || text.trim() === '')
    return {
      failed: failedDataset(
        `This page carries no dataset (no <script id="${DATASET_ELEMENT_ID}">): rebuild it with npm run build.`,
      ),
    };
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { failed: failedDataset(`The dataset in this page is not valid JSON: ${reason}`) };
  }
}

/** The warning for a page dataset that does not fit the schema. */
export function schemaWarning(detail: string): string {
  return `The dataset in this page does not fit the schema: ${detail}`;
}
