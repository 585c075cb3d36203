/**
 * Build setting: a script of its own that the built page runs from <head> as soon as it has
 * loaded (async), ahead of the app's chunk, which loads alongside it. For work that must start
 * before the app's code has arrived (earlyLayoutWorker.ts: the layout worker). Its module is a
 * build input of its own, so it never shares a chunk with the app (it must import nothing the
 * app imports). Not in the single offline file (one script: the app's) nor the dev server.
 */
import type { Plugin } from 'vite';

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
    transformIndexHtml: {
      order: 'post',
      handler(_, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId === entry,
        );
        if (!chunk) throw new Error(`the build has no chunk for ${entry}`);
        return [
          {
            tag: 'script',
            attrs: {
              type: 'module',
              async: true,
              crossorigin: true,
              // An async script is fetched at low priority, after the app's chunk.
              fetchpriority: 'high',
              src: base + chunk.fileName,
            },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
