import { describe, expect, it } from 'vitest';
import {
  firstLoadGroup,
  withCompileHint,
  reachable,
  type ModuleGraph,
} from '../../../src/lib/build/firstLoadChunk.ts';

/** main -> App -> (Network, later: Table), App -> d3 (a package, whose imports are its own). */
const graph: ModuleGraph = {
  getModuleInfo: (id) =>
    (
      ({
        '/app/src/main.ts': { importedIds: ['/app/src/App.svelte'], dynamicallyImportedIds: [] },
        '/app/src/App.svelte': {
          importedIds: [
            '/app/src/Network.svelte',
            '/app/src/Table.svelte',
            '/app/node_modules/d3/index.js',
          ],
          dynamicallyImportedIds: ['/app/src/Table.svelte'],
        },
        '/app/src/Network.svelte': { importedIds: [], dynamicallyImportedIds: [] },
        '/app/src/Table.svelte': { importedIds: ['/app/src/rows.ts'], dynamicallyImportedIds: [] },
        '/app/src/rows.ts': { importedIds: [], dynamicallyImportedIds: [] },
        '/app/src/layout.ts': { importedIds: ['/app/src/force.ts'], dynamicallyImportedIds: [] },
        '/app/src/force.ts': { importedIds: [], dynamicallyImportedIds: [] },
      }) as Record<string, ReturnType<ModuleGraph['getModuleInfo']>>
    )[id] ?? null,
};

describe('the first-load chunk', () => {
  it('holds what the entries import statically, not what loads on first use', () => {
    const first = reachable(graph, ['/app/src/main.ts']);
    expect([...first].sort()).toEqual([
      '/app/src/App.svelte',
      '/app/src/Network.svelte',
      '/app/src/main.ts',
    ]);
  });

  it('adds the other entries (the layout the seeds need) with their imports', () => {
    const first = reachable(graph, ['/app/src/main.ts', '/app/src/layout.ts']);
    expect(first.has('/app/src/force.ts')).toBe(true);
    expect(first.has('/app/src/rows.ts')).toBe(false);
  });

  it('names the group "app" for those modules and leaves the rest to the bundler', () => {
    const { name } = firstLoadGroup(['/app/src/main.ts']);
    expect(name('/app/src/Network.svelte', graph)).toBe('app');
    expect(name('/app/src/Table.svelte', graph)).toBeNull();
    expect(name('/app/node_modules/d3/index.js', graph)).toBeNull();
  });
});

describe('the first-load chunk compile hint', () => {
  it("puts V8's compile hint on the first-load chunk's first line", () => {
    const code = 'const __vite__mapDeps=(i)=>i;\nfunction f(){}';
    expect(withCompileHint({ name: 'app', code })).toBe(`//# allFunctionsCalledOnLoad\n${code}`);
  });

  it("and on the network layout worker's, which runs before the network is drawn", () => {
    expect(withCompileHint({ name: 'networkLayout.worker', code: 'x()' })).toBe(
      '//# allFunctionsCalledOnLoad\nx()',
    );
  });

  it('leaves the parts loaded on first use to lazy compilation', () => {
    for (const name of ['DetailPanel', 'BriefingMode', 'extract.worker', 'd3-force'])
      expect(withCompileHint({ name, code: 'x()' })).toBe('x()');
  });

  it('adds it once', () => {
    const once = withCompileHint({ name: 'app', code: 'x()' });
    expect(withCompileHint({ name: 'app', code: once })).toBe(once);
  });
});
