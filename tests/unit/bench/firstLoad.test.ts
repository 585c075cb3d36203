/** What the bench counts as a page's first load: every script the page names, classic or module. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoad } from '../../../scripts/bench/firstLoad.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A build folder with `html` as index.html, the files given and a manifest of them. */
function build(html: string, manifest: Record<string, { file: string; imports?: string[] }>) {
  dir = mkdtempSync(join(tmpdir(), 'first-load-'));
  mkdirSync(join(dir, '.vite'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  for (const { file } of Object.values(manifest)) writeFileSync(join(dir, file), `/* ${file} */`);
  writeFileSync(join(dir, 'assets/app.css'), 'body{}');
  return dir;
}

describe('firstLoad', () => {
  it('counts the classic script in <head>, the module entry, what it imports and its preloads', () => {
    const out = build(
      '<head><script src="/assets/early.js"></script>' +
        '<script type="module" crossorigin src="/assets/app.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/preloaded.js">' +
        '<link rel="stylesheet" crossorigin href="/assets/app.css"></head>',
      {
        'early.ts': { file: 'assets/early.js' },
        'index.html': { file: 'assets/app.js', imports: ['_shared.js'] },
        '_shared.js': { file: 'assets/shared.js' },
        'preloaded.ts': { file: 'assets/preloaded.js' },
        'later.ts': { file: 'assets/later.js' },
      },
    );
    const load = firstLoad(out, 'index.html');
    expect([...load.js].sort()).toEqual([
      'assets/app.js',
      'assets/early.js',
      'assets/preloaded.js',
      'assets/shared.js',
    ]);
    expect([...load.css]).toEqual(['assets/app.css']);
    expect(load.all).toContain('assets/later.js');
  });
});
