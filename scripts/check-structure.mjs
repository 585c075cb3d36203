// The structure gate (part of `npm run lint`): no import cycle among the app's modules, and no
// component in src/components/ over 250 lines (components only render; logic lives in src/lib/).
// A small script rather than madge: madge does not read .svelte files, and this needs no install.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const ROOTS = ['src', 'scripts'];
const EXTENSIONS = ['.ts', '.svelte', '.mjs', '.js'];
const MAX_COMPONENT_LINES = 250;

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts'))
      files.push(path);
  }
};
for (const root of ROOTS) walk(join(ROOT, root));

// Static imports, re-exports and dynamic import('...') with a relative specifier. Type-only
// imports count too: a cycle of types is still a knot a reader has to untie.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
const graph = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const deps = new Set();
  for (const [, spec] of text.matchAll(SPECIFIER)) {
    const target = resolve(dirname(file), spec.replace(/\?.*$/, ''));
    if (files.includes(target)) deps.add(target);
  }
  graph.set(file, [...deps]);
}

// Tarjan's strongly connected components: every component with more than one file is a cycle.
let index = 0;
const stack = [];
const info = new Map();
const cycles = [];
const connect = (v) => {
  info.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v)) {
    if (!info.has(w)) {
      connect(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
  }
  if (info.get(v).low === info.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v).includes(v)) cycles.push(component);
  }
};
for (const file of files) if (!info.has(file)) connect(file);

const problems = [];
for (const cycle of cycles) {
  problems.push(`import cycle: ${cycle.map((f) => relative(ROOT, f)).join(' <-> ')}`);
}
for (const file of files) {
  if (!file.endsWith('.svelte') || !relative(ROOT, file).startsWith('src/components/')) continue;
  const lines = readFileSync(file, 'utf8').split('\n').length - 1;
  if (lines > MAX_COMPONENT_LINES) {
    problems.push(
      `${relative(ROOT, file)}: ${lines} lines (components stay under ${MAX_COMPONENT_LINES})`,
    );
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `structure: ${files.length} modules, no import cycle, every component under ${MAX_COMPONENT_LINES + 1} lines`,
);
