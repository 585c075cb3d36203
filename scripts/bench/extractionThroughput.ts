// Extraction throughput in Node, of the extractor as it ships: built by Vite (as the worker and
// the static build are), run in a Node process of its own. Run through tsx, as the rest of the
// bench is, every closure the rules create per sentence also gets a `__name` call (tsx keeps
// function names), which no shipped build has: a fifth of the time on the seeds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export interface Throughput {
  mbPerS: number;
  articles: number;
  mb: number;
  /** Each run's time, the first (cold: code not yet compiled) included. */
  runsMs: number[];
}

/** What the child process runs: about 1 MB of the seeds under new names, `runs` times. */
const RUNNER = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDataset } from './dataset.mjs';
const [seeds, runs] = [process.argv[2], Number(process.argv[3])];
const texts = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8'));
const copies = Math.ceil(1_000_000 / texts.reduce((n, t) => n + t.length, 0));
const articles = Array.from({ length: copies }, (_, i) => texts.map((text, j) => ({ file: \`copy-\${i}-\${j}.txt\`, text }))).flat();
const runsMs = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  extractDataset(articles);
  runsMs.push(performance.now() - t0);
}
const mb = articles.reduce((n, a) => n + a.text.length, 0) / 1e6;
console.log(JSON.stringify({ articles: articles.length, mb, runsMs }));
`;

/**
 * Builds `src/lib/extract/dataset.ts` for Node and times it on about 1 MB of the seeds: the
 * median of `runs` runs, the cold first one among them.
 * @example (await measureThroughput(root, 5)).mbPerS // -> 1.2
 */
export async function measureThroughput(root: string, runs: number): Promise<Throughput> {
  // Inside the project, so the packages the extractor imports resolve from node_modules.
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const out = mkdtempSync(join(root, 'node_modules', '.cache', 'tieline-extractor-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        ssr: join(root, 'src/lib/extract/dataset.ts'),
        outDir: out,
        minify: false,
        rollupOptions: { output: { format: 'es', entryFileNames: 'dataset.mjs' } },
      },
    });
    writeFileSync(join(out, 'run.mjs'), RUNNER);
    const printed = execFileSync(
      process.execPath,
      [join(out, 'run.mjs'), join(root, 'seeds'), String(runs)],
      { encoding: 'utf8' },
    );
    const { articles, mb, runsMs } = JSON.parse(printed) as Omit<Throughput, 'mbPerS'>;
    const median = [...runsMs].sort((a, b) => a - b)[Math.floor(runsMs.length / 2)];
    return { mbPerS: mb / (median / 1000), articles, mb, runsMs };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
