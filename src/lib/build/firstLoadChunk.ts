/**
 * Build setting: the code the page needs for its first picture goes into one chunk. Left to
 * itself the bundler cuts that code into a dozen small files, shared with the parts that load
 * later; each is its own request and compresses on its own. Here every source module reachable
 * from the `entries` by static imports (and the library code they use) is grouped as `app`,
 * and only what loads on first use (briefing, sources, export, tables...) stays apart.
 */

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
    name: (id: string, graph: ModuleGraph): string | null => {
      first ??= reachable(graph, entries);
      return first.has(id) ? 'app' : null;
    },
  };
}
