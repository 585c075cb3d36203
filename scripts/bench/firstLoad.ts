/**
 * For the benchmark: what a built page requests before it draws, from Vite's manifest: the
 * scripts (module or classic) and modulepreloads its HTML names, with their static imports, and its stylesheets,
 * and their gzipped size. Node only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  imports?: string[];
  css?: string[];
}

export interface FirstLoad {
  js: Set<string>;
  css: Set<string>;
  /** Every JS file of the build, loaded first or later. */
  all: string[];
  /** The gzipped size of some of the build's files, in kB. */
  kB(files: Iterable<string>): number;
}

/**
 * The files `html` (a page of the build in `outDir`, built with `manifest: true`) loads first.
 * @example firstLoad(outDir, 'index.html').kB(firstLoad(outDir, 'index.html').js) // -> 48.2
 */
export function firstLoad(outDir: string, html: string): FirstLoad {
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, Chunk>;
  const byFile = new Map(Object.values(manifest).map((c) => [c.file, c]));
  const text = readFileSync(join(outDir, html), 'utf8');
  const named = [
    // Every script the page names, module or classic (the early script in <head> is classic).
    ...text.matchAll(/<script\b[^>]*\ssrc="\/([^"]+)"/g),
    ...text.matchAll(/<link rel="modulepreload"[^>]*\shref="\/([^"]+)"/g),
  ].map((m) => m[1]);
  const css = new Set(
    [...text.matchAll(/<link rel="stylesheet"[^>]*\shref="\/([^"]+)"/g)].map((m) => m[1]),
  );
  const js = new Set<string>();
  const visit = (file: string) => {
    if (js.has(file)) return;
    js.add(file);
    const chunk = byFile.get(file);
    for (const c of chunk?.css ?? []) css.add(c);
    for (const i of chunk?.imports ?? []) visit(manifest[i]?.file ?? i);
  };
  named.forEach(visit);
  if (js.size === 0) throw new Error(`the built ${html} names no script`);
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length / 1024;
  return {
    js,
    css,
    all: Object.values(manifest)
      .map((c) => c.file)
      .filter((f) => f.endsWith('.js')),
    kB: (files) => [...files].reduce((n, f) => n + gz(f), 0),
  };
}
