/**
 * Build setting: a script of its own that the built page runs from <head> as the parser reaches
 * it, ahead of the app's chunk, which loads alongside it. For work that must start before the
 * page has parsed its body (earlyLayoutWorker.ts: the layout worker). Its module is a build
 * input of its own, so it never shares a chunk with the app (it must import nothing the app
 * imports). Not in the single offline file (one script: the app's) nor the dev server.
 *
 * A classic script, not a module: the browser runs an async module script only once the
 * document has been parsed, and a corpus's page is mostly the data in its body (1.2 MB at 30
 * articles, 6 MB at 100 times the corpus). The worker then started after the parse, and each of
 * its start-up trips waited behind the mount: the corpus's first layout request reached it
 * 160-220 ms after it was sent. Its 0.2 kB (gzip) hold the parser up for one request.
 */
import { parseAst, type Plugin } from 'vite';

/**
 * @param entry absolute path of the module to run early
 * @param skipMode a Vite mode without it (the offline build)
 * @example plugins: [earlyScript(src('lib/layout/earlyLayoutWorker.ts'), OFFLINE_MODE)]
 */
export function earlyScript(entry: string, skipMode: string): Plugin {
  let base = '/';
  return {
    name: 'tieline-early-script',
    apply: (_, env) => env.command === 'build' && env.mode !== skipMode,
    config: (config) => ({
      build: {
        rolldownOptions: {
          input: { index: `${config.root ?? process.cwd()}/index.html`, early: entry },
        },
      },
    }),
    configResolved(config) {
      base = config.base;
    },
    renderChunk: {
      order: 'post',
      handler(code, chunk) {
        return chunk.facadeModuleId === entry ? asClassicScript(code) : null;
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(_, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId === entry,
        );
        if (!chunk) throw new Error(`the build has no chunk for ${entry}`);
        // No type, no async: run as the parser reaches it (see the module comment).
        return [{ tag: 'script', attrs: { src: base + chunk.fileName }, injectTo: 'head-prepend' }];
      },
    },
  };
}

type Node = { type: string; [key: string]: unknown };

/** Every node of an ESTree AST. */
function* nodesOf(node: unknown): Generator<Node> {
  if (Array.isArray(node)) for (const n of node) yield* nodesOf(n);
  else if (node && typeof node === 'object') {
    if (typeof (node as Node).type === 'string') yield node as Node;
    for (const value of Object.values(node))
      if (value && typeof value === 'object') yield* nodesOf(value);
  }
}

/**
 * A bundled module with no imports or exports as a classic script: its own URL is the script
 * element's (`import.meta.url` -> `document.currentScript.src`, which a worker's URL is made
 * from), and its top level goes in a function, so it leaves no global behind. Throws
 * for anything only a module can do (import, export, import(), other import.meta).
 * @example asClassicScript('const w = new URL("/w.js", import.meta.url);') // -> '(function(){\nconst w = new URL("/w.js", document.currentScript.src);\n})();\n'
 */
export function asClassicScript(code: string): string {
  const classic = code.replaceAll('import.meta.url', 'document.currentScript.src');
  const moduleOnly = [...nodesOf(parseAst(classic))]
    .filter((n) => /^(Import|Export)\w*Declaration$|^ImportExpression$|^MetaProperty$/.test(n.type))
    .map((n) => n.type);
  if (moduleOnly.length)
    throw new Error(
      `the early script must run as a classic script; it has ${moduleOnly.join(', ')}`,
    );
  return `(function(){\n${classic}\n})();\n`;
}
