/**
 * Build setting: the code the page needs for its first picture goes into one chunk. Left to
 * itself the bundler cuts that code into a dozen small files, shared with the parts that load
 * later; each is its own request and compresses on its own. Here every source module reachable
 * from the `entries` by static imports (and the library code they use) is grouped as `app`,
 * and only what loads on first use (briefing, sources, export, tables...) stays apart.
 */
import type { Plugin } from 'vite';

/** What the bundler tells a group's name function about a module (rolldown ChunkingContext). */
export interface ModuleGraph {
  getModuleInfo(id: string): {
    importedIds: readonly string[];
    dynamicallyImportedIds: readonly string[];
  } | null;
}

/**
 * Source modules reachable from `entries` through static imports, without going into
 * node_modules (a package's own imports, e.g. the d3 bundle's, are the bundler's to shake).
 * @example reachable(graph, ['/app/src/main.ts']) // -> Set { '/app/src/main.ts', '/app/src/App.svelte', ... }
 */
export function reachable(graph: ModuleGraph, entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const id = todo.pop() as string;
    if (seen.has(id) || id.includes('/node_modules/')) continue;
    seen.add(id);
    const info = graph.getModuleInfo(id);
    if (!info) continue;
    const later = new Set(info.dynamicallyImportedIds);
    for (const next of info.importedIds) if (!later.has(next)) todo.push(next);
  }
  return seen;
}

/**
 * A code-splitting group (vite.config.ts: build.rolldownOptions.output.codeSplitting.groups)
 * holding the modules reachable from `entries` (absolute paths).
 * @example firstLoadGroup([`${root}/src/main.ts`, `${root}/src/lib/layout/networkLayout.ts`])
 */
export function firstLoadGroup(entries: string[]) {
  let first: Set<string> | null = null;
  return {
    priority: 1,
    // Its name is a function: the bundler's timing report (and its warning) wants a label.
    debugName: FIRST_LOAD,
    name: (id: string, graph: ModuleGraph): string | null => {
      first ??= reachable(graph, entries);
      return first.has(id) ? FIRST_LOAD : null;
    },
  };
}

/**
 * Svelte runtime modules that only parts loaded on first use need: `{@html}` and `{#key}` (the
 * briefing's stages), `<select bind:value>` (the brief editor) and the inputs' bindings (the
 * period menu's dates, the saved views' names). The runtime is one package behind one index
 * module, so the first-load group took them with the rest of it: 0.9 kB of the first load's
 * 60 kB (gzipped) for code no first picture runs. They have no top-level code but declarations
 * and empty sets (tests/unit/build/firstLoadChunk.test.ts reads them), so the bundler
 * may leave them out of the chunks that do not call them (`laterRuntimeSideEffects`).
 * Should the first picture ever use one, the app's chunk imports this chunk: one more request
 * at load, which the benchmark's first-load row counts.
 */
export const LATER_RUNTIME =
  /\/svelte\/src\/internal\/client\/dom\/(blocks\/(html|key)|elements\/bindings\/(select|input))\.js$/;

/** A code-splitting group (before firstLoadGroup's) with LATER_RUNTIME, and nothing it imports. */
export const laterRuntimeGroup = {
  name: 'svelte-later',
  test: LATER_RUNTIME,
  priority: 2,
  includeDependenciesRecursively: false,
};

/** Rolldown's `treeshake.moduleSideEffects` rules: LATER_RUNTIME runs nothing when imported. */
export const laterRuntimeSideEffects = [{ test: LATER_RUNTIME, sideEffects: false }];

/** The group's name, as firstLoadGroup gives it. */
const FIRST_LOAD = 'app';
/** Chunks whose every function runs for the first picture: the app, the layout worker's code. */
const CALLED_ON_LOAD = new Set([FIRST_LOAD, 'networkLayout.worker']);

/** V8's explicit compile hint: every function of the file is compiled as it streams in. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * A chunk's code with V8's compile hint as its first line when the first picture runs it (the
 * first-load chunk, the network layout worker), so Chromium compiles all of its functions as
 * the file loads, off the main thread. Without it each function was compiled on the main thread
 * the first time the page called it: 1,300 compiles, 100 ms inside the mount and first-layout
 * tasks of a 1920 load (35 ms with it); in the worker, 130 compiles during the first layout
 * instead of one compile before the request is read. V8 reads the hint only on the file's
 * first line, above Vite's preload map. What loads on first use stays lazily compiled.
 * @example withCompileHint({ name: 'app', code: 'x()' }) // -> '//# allFunctionsCalledOnLoad\nx()'
 */
export function withCompileHint(chunk: { name: string; code: string }): string {
  return CALLED_ON_LOAD.has(chunk.name) && !chunk.code.startsWith(COMPILE_HINT)
    ? `${COMPILE_HINT}\n${chunk.code}`
    : chunk.code;
}

/**
 * Build plugin (the page's and the workers'): withCompileHint on every chunk once Vite has
 * written its own lines (its preload map is prepended in its generateBundle).
 * @example plugins: [svelte(), firstLoadCompileHint()]
 */
export function firstLoadCompileHint(): Plugin {
  return {
    name: 'tieline-first-load-compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk') chunk.code = withCompileHint(chunk);
      },
    },
  };
}
