import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { tielineDataset } from './src/lib/node/datasetPlugin.ts';

const seedsDir = fileURLToPath(new URL('./seeds', import.meta.url));

export default defineConfig({
  plugins: [svelte(), tielineDataset({ seedsDir, datasetFile: process.env.TIELINE_DATASET })],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
