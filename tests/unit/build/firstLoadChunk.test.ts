import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  LATER_RUNTIME,
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

/** Top-level code that runs nothing when the module is imported (only declares). */
type Node = { type: string; [k: string]: unknown };
const inert = (node: Node): boolean => {
  if (node.type === 'ImportDeclaration' || node.type === 'FunctionDeclaration') return true;
  if (node.type === 'ExportNamedDeclaration')
    return !node.declaration || inert(node.declaration as Node);
  if (node.type !== 'VariableDeclaration') return false;
  type Init = { type: string; callee?: { name?: string }; arguments?: unknown[] };
  return (node.declarations as { init: Init }[]).every(
    ({ init }) =>
      ['Literal', 'ArrowFunctionExpression', 'FunctionExpression'].includes(init.type) ||
      (init.type === 'CallExpression' && init.callee?.name === 'Symbol') ||
      // An empty collection: `new Set()`.
      (init.type === 'NewExpression' &&
        ['Set', 'Map', 'WeakMap', 'WeakSet'].includes(init.callee?.name ?? '') &&
        init.arguments?.length === 0),
  );
};

describe('the Svelte runtime only later parts use', () => {
  const runtime = join(process.cwd(), 'node_modules/svelte/src/internal/client/dom');
  const files = (readdirSync(runtime, { recursive: true }) as string[])
    .map((f) => join(runtime, f))
    .filter((f) => LATER_RUNTIME.test(f));

  it('names the modules of {@html}, {#key} and the form bindings in the installed Svelte', () => {
    // After a Svelte upgrade that moved them, they would be back in the first load unnoticed.
    expect(files.map((f) => f.slice(runtime.length + 1)).sort()).toEqual([
      'blocks/html.js',
      'blocks/key.js',
      'elements/bindings/input.js',
      'elements/bindings/select.js',
    ]);
  });

  it('has no top-level code but imports and declarations (the bundler is told so)', () => {
    for (const file of files) {
      const body = parseAst(readFileSync(file, 'utf8')).body as unknown as Node[];
      expect(body.filter((n) => !inert(n)).map((n) => `${file}: ${n.type}`)).toEqual([]);
    }
  });

  it('tells declarations from top-level code that runs', () => {
    const nodes = (code: string) => parseAst(code).body as unknown as Node[];
    expect(
      nodes("import { a } from 'b';\nconst N = Symbol('N');\nexport function f() {}").every(inert),
    ).toBe(true);
    expect(nodes('export const n = 1;\nwindow.x = 1;').every(inert)).toBe(false);
    expect(nodes('const n = setup();').every(inert)).toBe(false);
    expect(nodes('const pending = new Set();').every(inert)).toBe(true);
    expect(nodes('const known = new Set(list);').every(inert)).toBe(false);
    expect(nodes('const thing = new Thing();').every(inert)).toBe(false);
  });
});
