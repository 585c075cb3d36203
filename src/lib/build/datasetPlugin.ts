/**
 * Node-only Vite plugin: puts the dataset extracted from the seeds folder into index.html as
 * `<script type="application/json" id="tieline-dataset">` (read by src/main.ts), also serves it
 * as the virtual module `virtual:tieline-dataset` (for Node-side tools), and reloads the page
 * when an article changes in dev.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import {
  DATASET_ELEMENT_ID,
  OVERLAY_ELEMENT_ID,
  embedDataset,
  failedDataset,
} from '../model/embeddedDataset.ts';
import { parseDataset, type Dataset } from '../model/schema.ts';
// Node-side imports carry their .ts extension: Vite's planned native config loader needs it.
import { EMPTY_OVERLAY } from '../extract/overlay.ts';
import { loadDatasetFromDir, readOverlayFile } from '../load/loadDataset.ts';

export const DATASET_MODULE_ID = 'virtual:tieline-dataset';
// The \0 prefix tells other plugins (and Vite's own) to leave this id alone.
const RESOLVED_ID = `\0${DATASET_MODULE_ID}`;

export interface TielineDatasetOptions {
  /** Folder holding the articles (*.txt) and the analyst overlay. */
  seedsDir: string;
  /** A dataset JSON file to serve instead of extracting the seeds (benchmarks at 100x). */
  datasetFile?: string;
}

/**
 * Loads and checks the dataset; never throws, so a bad article cannot stop the dev server.
 * @example buildDatasetSafely('/abs/seeds').warnings // -> [] when all went well
 */
export function buildDatasetSafely(seedsDir: string): Dataset {
  try {
    const { dataset } = loadDatasetFromDir(seedsDir);
    const checked = parseDataset(dataset);
    if (!checked.ok)
      return failedDataset(`Extracted dataset failed validation: ${checked.message}`);
    return dataset;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failedDataset(`Could not extract the dataset from ${seedsDir}: ${reason}`);
  }
}

/** A dataset file's JSON when it fits the schema, else a dataset that says why not. */
function checkedJson(json: string, file: string): string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return JSON.stringify(failedDataset(`${file} is not valid JSON: ${reason}`));
  }
  const checked = parseDataset(data);
  return checked.ok
    ? json
    : JSON.stringify(failedDataset(`${file} failed validation: ${checked.message}`));
}

/** True when `file` lies inside `dir` (both absolute). */
function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function reloadOnSeedChange(server: ViteDevServer, seedsDir: string): void {
  server.watcher.add(seedsDir);
  const onChange = (file: string) => {
    if (!isInside(seedsDir, file)) return;
    // Every environment (client, ssr) caches the module: drop it everywhere, then reload.
    for (const env of Object.values(server.environments)) {
      const mod = env.moduleGraph.getModuleById(RESOLVED_ID);
      if (mod) env.moduleGraph.invalidateModule(mod);
    }
    server.environments.client.hot.send({ type: 'full-reload' });
  };
  server.watcher.on('add', onChange);
  server.watcher.on('change', onChange);
  server.watcher.on('unlink', onChange);
}

/**
 * The dataset as a module: `import dataset from 'virtual:tieline-dataset'`.
 * @example plugins: [svelte(), tielineDataset({ seedsDir: path.resolve('seeds') })]
 */
export function tielineDataset(options: TielineDatasetOptions): Plugin {
  const seedsDir = path.resolve(options.seedsDir);
  // Checked against the schema here, whatever its source: the page trusts what the build
  // embeds and checks it in full only after its first picture (pageDataset.ts).
  const datasetJson = () =>
    options.datasetFile
      ? checkedJson(readFileSync(options.datasetFile, 'utf8'), options.datasetFile)
      : JSON.stringify(buildDatasetSafely(seedsDir));
  return {
    name: 'tieline-dataset',
    resolveId(id) {
      return id === DATASET_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // The overlay too, for Node-side tools (the page reads both from index.html).
      const overlay = options.datasetFile ? EMPTY_OVERLAY : readOverlayFile(seedsDir).overlay;
      return (
        `export default JSON.parse(${JSON.stringify(datasetJson())});\n` +
        `export const overlay = JSON.parse(${JSON.stringify(JSON.stringify(overlay))});`
      );
    },
    // Read afresh on every request in dev (an edited article shows on reload), once at build.
    transformIndexHtml() {
      // The overlay rides along: the browser re-extracts the seeds with it when an article is added.
      const overlay = options.datasetFile ? EMPTY_OVERLAY : readOverlayFile(seedsDir).overlay;
      return [
        {
          tag: 'script',
          attrs: { type: 'application/json', id: DATASET_ELEMENT_ID },
          children: embedDataset(datasetJson()),
          injectTo: 'body-prepend',
        },
        {
          tag: 'script',
          attrs: { type: 'application/json', id: OVERLAY_ELEMENT_ID },
          children: embedDataset(JSON.stringify(overlay)),
          injectTo: 'body-prepend',
        },
      ];
    },
    configureServer(server) {
      reloadOnSeedChange(server, seedsDir);
    },
  };
}
