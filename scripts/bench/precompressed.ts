/**
 * For the benchmark (scripts/bench.ts): serves the built files gzipped once and kept, as a
 * production static server does (nginx gzip_static, a CDN), instead of `vite preview`, which
 * gzips every response again on every request. At 100x the page is 6 MB of HTML: recompressing
 * it took 0.5-1 s of the measured load on this 2-core machine, time no user would wait for.
 * Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * A preview-server plugin: every file in `outDir` is gzipped once, as the server starts; a GET
 * for one of them (`/` is index.html) from a client that accepts gzip gets those bytes, with
 * the preview's own headers (the Content-Security-Policy). Anything else goes on to Vite.
 * @example preview({ plugins: [precompressed(outDir)], build: { outDir } })
 */
export function precompressed(outDir: string): Plugin {
  return {
    name: 'tieline-bench-precompressed',
    configurePreviewServer(server) {
      const files = new Map<string, { type: string; body: Buffer }>();
      for (const entry of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
        const type = TYPES[extname(entry)];
        if (!type) continue;
        const url = '/' + relative(outDir, join(outDir, entry)).split(sep).join('/');
        files.set(url, { type, body: gzipSync(readFileSync(join(outDir, entry))) });
      }
      const headers = server.config.preview.headers ?? {};
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0];
        const file = files.get(path === '/' ? '/index.html' : path);
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (req.method !== 'GET' || !gzip || !file) return next();
        for (const [name, value] of Object.entries(headers))
          if (value !== undefined) res.setHeader(name, value);
        res.setHeader('Content-Type', file.type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('Content-Length', file.body.length);
        res.end(file.body);
      });
    },
  };
}
