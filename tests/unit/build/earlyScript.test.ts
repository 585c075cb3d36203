/** The early script: its own build input, run from <head>; not in the offline file or dev. */
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, HtmlTagDescriptor, IndexHtmlTransformContext, UserConfig } from 'vite';
import { earlyScript } from '../../../src/lib/build/earlyScript.ts';

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

  it('names its chunk in a script that runs as soon as it has loaded', () => {
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
        attrs: {
          type: 'module',
          async: true,
          crossorigin: true,
          fetchpriority: 'high',
          src: '/assets/early-x.js',
        },
        injectTo: 'head-prepend',
      },
    ]);
  });
});
