import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { APP_POLICY_HEADER, contentSecurityPolicy } from './src/lib/build/contentSecurityPolicy.ts';
import { tielineDataset } from './src/lib/build/datasetPlugin.ts';
import {
  firstLoadCompileHint,
  firstLoadGroup,
  laterRuntimeGroup,
  laterRuntimeSideEffects,
} from './src/lib/build/firstLoadChunk.ts';
import { earlyScript } from './src/lib/build/earlyScript.ts';
import { slimCountries } from './src/lib/build/slimCountries.ts';
import { packOfficeHoldersPlugin } from './src/lib/build/packOfficeHolders.ts';
import { stripLexiconNotes } from './src/lib/build/stripLexiconNotes.ts';
import { OFFLINE_MODE } from './src/lib/layout/layoutClient.ts';

const seedsDir = fileURLToPath(new URL('./seeds', import.meta.url));
const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  plugins: [
    svelte(),
    tielineDataset({ seedsDir, datasetFile: process.env.TIELINE_DATASET }),
    // The layout worker starts from <head>, before the app's code has arrived (the policy's
    // <meta>, added after it, goes above it).
    earlyScript(src('lib/layout/earlyLayoutWorker.ts'), OFFLINE_MODE),
    contentSecurityPolicy(),
    // The first-load chunk compiled as it streams in, not function by function at first call.
    firstLoadCompileHint(),
  ],
  // Every browser Tieline supports has modulepreload; the polyfill is code nobody runs.
  build: {
    modulePreload: { polyfill: false },
    rolldownOptions: {
      treeshake: { moduleSideEffects: laterRuntimeSideEffects },
      // What the first picture needs (the app; the network layout runs in its worker) in one
      // file: one request, compressed as a whole (firstLoadChunk.ts); the Svelte runtime that
      // only later parts use, apart.
      output: {
        codeSplitting: {
          groups: [laterRuntimeGroup, firstLoadGroup([src('main.ts')])],
        },
      },
    },
  },
  // The layout worker is started as a module worker (layoutClient.ts).
  // The extractor worker ships only the country fields it reads (slimCountries.ts) and the
  // office-holder list packed as rows (packOfficeHolders.ts), and its lexicons without the
  // notes written for their editors (stripLexiconNotes.ts).
  worker: {
    format: 'es',
    plugins: () => [
      firstLoadCompileHint(),
      slimCountries(),
      packOfficeHoldersPlugin(),
      stripLexiconNotes(),
    ],
  },
  preview: { headers: { 'Content-Security-Policy': APP_POLICY_HEADER } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Dates in tests (and the SVG goldens' axis labels) fall on the same day on every machine.
    env: { TZ: 'UTC' },
  },
});
