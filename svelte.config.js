import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  // Lets <script lang="ts"> and <style> go through Vite's own transforms.
  preprocess: vitePreprocess(),
  // No `window.__svelte.v` version set: a line of first-load code nobody reads.
  compilerOptions: { discloseVersion: false },
};
