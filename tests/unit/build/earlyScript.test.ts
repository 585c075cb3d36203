/** The early script: its own build input, run from <head>; not in the offline file or dev. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, HtmlTagDescriptor, IndexHtmlTransformContext, UserConfig } from 'vite';
import { asClassicScript, earlyScript } from '../../../src/lib/build/earlyScript.ts';

const entry = '/app/src/lib/layout/earlyLayoutWorker.ts';

describe('earlyScript', () => {
  const plugin = earlyScript(entry, 'offline');

  it('builds only, and not in the skipped mode', () => {
    const apply = plugin.apply as (c: UserConfig, env: ConfigEnv) => boolean;
    expect(apply({}, { command: 'build', mode: 'production' })).toBe(true);
    expect(apply({}, { command: 'build', mode: 'offline' })).toBe(false);
    expect(apply({}, { command: 'serve', mode: 'development' })).toBe(false);
  });

  it('adds the module as an input beside the page', () => {
    const config = (plugin.config as (c: UserConfig) => UserConfig)({ root: '/app' });
    expect(config.build?.rolldownOptions?.input).toEqual({
      index: '/app/index.html',
      early: entry,
    });
  });

  it('names its chunk in a classic script, run as the parser reaches it', () => {
    (plugin.configResolved as (c: { base: string }) => void)({ base: '/' });
    const bundle = {
      'assets/early-x.js': {
        type: 'chunk',
        isEntry: true,
        facadeModuleId: entry,
        fileName: 'assets/early-x.js',
      },
      'assets/app-y.js': {
        type: 'chunk',
        isEntry: true,
        facadeModuleId: '/app/index.html',
        fileName: 'assets/app-y.js',
      },
    };
    const { handler } = plugin.transformIndexHtml as {
      handler: (html: string, ctx: IndexHtmlTransformContext) => HtmlTagDescriptor[];
    };
    const tags = handler('', { bundle } as unknown as IndexHtmlTransformContext);
    expect(tags).toEqual([
      {
        tag: 'script',
        attrs: { src: '/assets/early-x.js' },
        injectTo: 'head-prepend',
      },
    ]);
  });

  it('turns its chunk, and only its chunk, into a classic script', () => {
    const { handler } = plugin.renderChunk as {
      handler: (code: string, chunk: { facadeModuleId: string | null }) => string | null;
    };
    const code = 'var k = new URL("/w.js", import.meta.url);';
    expect(handler(code, { facadeModuleId: entry })).toBe(asClassicScript(code));
    expect(handler(code, { facadeModuleId: '/app/index.html' })).toBeNull();
  });
});

describe('asClassicScript', () => {
  /** Runs `code` as a classic script in a page whose current script is at `src`. */
  function run(code: string, src: string) {
    const made: string[] = [];
    const page: Record<string, unknown> = {
      document: { currentScript: { src } },
      Worker: class {
        constructor(url: URL) {
          made.push(url.href);
        }
      },
      URL,
    };
    page.globalThis = page;
    runInNewContext(code, page);
    return { made, page };
  }

  it("makes a worker URL from the script's own address, and leaves no global behind", () => {
    const code = asClassicScript(
      'var e = "key"; try { globalThis[e] = new Worker(new URL(`/assets/w.js`, ``+import.meta.url)); } catch {}',
    );
    const { made, page } = run(code, 'https://example.org/app/assets/early-x.js');
    expect(made).toEqual(['https://example.org/assets/w.js']);
    expect(Object.keys(page).sort()).toEqual(['URL', 'Worker', 'document', 'globalThis', 'key']);
  });

  it('throws for what only a module can do, naming it', () => {
    for (const [code, what] of [
      ['import { a } from "./a.js"; a();', 'ImportDeclaration'],
      ['export const a = 1;', 'ExportNamedDeclaration'],
      ['export default 1;', 'ExportDefaultDeclaration'],
      ['export * from "./a.js";', 'ExportAllDeclaration'],
      ['import("./a.js");', 'ImportExpression'],
      ['console.log(import.meta.env);', 'MetaProperty'],
    ])
      expect(() => asClassicScript(code), code).toThrow(what);
  });
});
