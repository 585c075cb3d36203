/**
 * For the benchmark: Tieline built on a dataset, the peer stacks' pages built on the same one,
 * and either served gzipped on a port of 127.0.0.1 (precompressed.ts). Node only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type Plugin } from 'vite';
import type { Dataset } from '../../src/lib/model/schema.ts';
import { precompressed } from './precompressed.ts';

export interface Built {
  outDir: string;
  /** Removes the build and its dataset file. */
  remove(): void;
}

/** The app built on `dataset` (null: the seeds), with Vite's manifest. */
export async function buildApp(root: string, dataset: Dataset | null): Promise<Built> {
  const outDir = mkdtempSync(join(tmpdir(), 'tieline-bench-'));
  const datasetFile = `${outDir}.json`;
  if (dataset) {
    writeFileSync(datasetFile, JSON.stringify(dataset));
    process.env.TIELINE_DATASET = datasetFile;
  } else delete process.env.TIELINE_DATASET;
  await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
  return {
    outDir,
    remove() {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(datasetFile, { force: true });
    },
  };
}

/** The peer stacks' pages (peers/*.html), each with `dataset` embedded as Tieline embeds it. */
export const PEER_PAGES = ['vis', 'cytoscape', 'sigma'] as const;

export async function buildPeers(dataset: Dataset): Promise<Built> {
  const peersDir = new URL('./peers/', import.meta.url).pathname;
  const outDir = mkdtempSync(join(tmpdir(), 'tieline-peers-'));
  const json = JSON.stringify(dataset).replace(/</g, '\\u003c');
  const embed: Plugin = {
    name: 'tieline-bench-peer-dataset',
    transformIndexHtml: (html) =>
      html.replace(
        '<!-- dataset -->',
        `<script type="application/json" id="dataset">${json}</script>`,
      ),
  };
  await build({
    root: peersDir,
    configFile: false,
    logLevel: 'silent',
    plugins: [embed],
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      rolldownOptions: {
        input: Object.fromEntries(PEER_PAGES.map((p) => [p, join(peersDir, `${p}.html`)])),
      },
    },
  });
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/**
 * Serves a build gzipped on 127.0.0.1:`port`; `root` is the project the build came from (its
 * preview headers apply), null for a page with no Vite config of its own.
 */
export async function serveBuild(
  root: string | null,
  outDir: string,
  port: number,
): Promise<() => Promise<void>> {
  const server = await preview({
    ...(root ? { root } : { root: outDir, configFile: false }),
    logLevel: 'silent',
    plugins: [precompressed(outDir)],
    build: { outDir },
    preview: { port, host: '127.0.0.1', strictPort: true },
  });
  return () => new Promise<void>((r) => server.httpServer.close(() => r()));
}
