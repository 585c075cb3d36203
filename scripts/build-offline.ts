// Part of `npm run build`: writes dist/tieline-offline.html, the whole app in one file that
// works opened from disk with no network (see src/lib/build/offlineFile.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { OFFLINE_MODE } from '../src/lib/layout/layoutClient.ts';
import { offlineHtml } from '../src/lib/build/offlineFile.ts';

const root = new URL('..', import.meta.url).pathname;
const outDir = mkdtempSync(join(tmpdir(), 'tieline-offline-'));
const target = join(root, 'dist', 'tieline-offline.html');
try {
  await build({
    root,
    mode: OFFLINE_MODE,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      // One script: the chunks loaded later (layout, zoom/brush) go into the same file.
      rolldownOptions: { output: { codeSplitting: false } },
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      cssCodeSplit: false,
    },
  });
  const html = offlineHtml({
    html: readFileSync(join(outDir, 'index.html'), 'utf8'),
    read: (url) => readFileSync(join(outDir, url), 'utf8'),
  });
  writeFileSync(target, html);
  console.log(`wrote ${target} (${(html.length / 1024).toFixed(0)} kB)`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
