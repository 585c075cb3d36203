/**
 * A Vite plugin that lets the built page fetch chunks it loads on demand but always needs
 * before its first draw (the network layout code) in parallel with the entry script, as
 * `<link rel="modulepreload">`, instead of only after the app has started. Nothing changes when
 * the build has no such chunk (the single offline file has one script).
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The chunks as the plugin sees them: name -> its module and the chunks it imports. */
export type ChunkInfo = Record<
  string,
  { type: 'chunk'; facadeModuleId: string | null; imports: string[] } | { type: 'asset' }
>;

/**
 * The files to preload for the dynamic chunks whose module ends with one of `modules`, with
 * their own imports, each once.
 * @example preloadFiles(bundle, ['/src/lib/layout/networkLayout.ts']) // -> ['assets/networkLayout-x.js', 'assets/d3-timer-y.js']
 */
export function preloadFiles(bundle: ChunkInfo, modules: string[]): string[] {
  const files: string[] = [];
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (!chunk || chunk.type !== 'chunk' || files.includes(file)) return;
    files.push(file);
    chunk.imports.forEach(visit);
  };
  for (const [file, chunk] of Object.entries(bundle))
    if (chunk.type === 'chunk' && modules.some((m) => chunk.facadeModuleId?.endsWith(m)))
      visit(file);
  return files;
}

/** @example preloadChunks(['/src/lib/layout/networkLayout.ts']) // in vite.config.ts plugins */
export function preloadChunks(modules: string[]): Plugin {
  let base = '/';
  return {
    name: 'tieline-preload-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return [];
        // Those the page already loads (the entry's own imports) are not listed twice.
        const files = preloadFiles(ctx.bundle as unknown as ChunkInfo, modules).filter(
          (file) => !html.includes(`${base}${file}"`),
        );
        return files.map((file): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
