/**
 * `npm run eval`: the extractor on the evaluation corpus (tests/eval/articles) against its gold
 * (tests/eval/gold), per article and overall. `--verbose` lists what each article missed,
 * `--only=<part of a file name>` scores some articles. `--heldout` scores the held-out set
 * (tests/eval/heldout): articles written by someone who never read the rules, and never tuned on;
 * it tells whether a change generalises. `--set=<folder under tests/eval>` scores another held-out
 * set (`--set=heldout2`: a second set, written after the first had been used for error analysis).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDataset } from '../src/lib/extract/dataset.ts';
import { documentId } from '../src/lib/extract/ids.ts';
import { scoreArticle, summarize, type Gold } from '../src/lib/evaluate/scoreExtraction.ts';

const set = process.argv.find((a) => a.startsWith('--set='))?.slice(6);
if (set !== undefined && !/^[a-z0-9-]+$/.test(set)) {
  console.error(`--set=${set}: expected the name of a folder under tests/eval, such as heldout2`);
  process.exit(2);
}
const root = new URL(
  set
    ? `../tests/eval/${set}/`
    : process.argv.includes('--heldout')
      ? '../tests/eval/heldout/'
      : '../tests/eval/',
  import.meta.url,
).pathname;
const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const files = readdirSync(join(root, 'articles'))
  .filter((f) => f.endsWith('.txt') && (!only || f.includes(only)))
  .sort();
const articles = files.map((file) => ({
  file,
  text: readFileSync(join(root, 'articles', file), 'utf8'),
}));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const t0 = performance.now();
const ds = extractDataset(articles);
const ms = performance.now() - t0;

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '  -');
const scores = files.map((file) => {
  const gold = JSON.parse(
    readFileSync(join(root, 'gold', file.replace(/\.txt$/, '.json')), 'utf8'),
  ) as Gold;
  return scoreArticle(ds, documentId(file), gold);
});
console.log(
  'article                                   actors R/P      event dates R/P   pairs R  date',
);
for (const s of scores) {
  console.log(
    `${s.doc.padEnd(40)} ${pct(s.actors.found, s.actors.gold).padStart(4)} ${pct(s.actors.correct, s.actors.extracted).padStart(4)}` +
      `       ${pct(s.events.found, s.events.gold).padStart(4)} ${pct(s.events.correct, s.events.extracted).padStart(4)}` +
      `        ${pct(s.relations.found, s.relations.gold).padStart(4)}  ${s.articleDate.got === s.articleDate.gold ? 'ok' : `${s.articleDate.got} vs ${s.articleDate.gold}`}` +
      `${s.invented.length ? `  invented: ${s.invented.join(', ')}` : ''}${s.forbidden.length ? `  NOT ACTORS: ${s.forbidden.join(', ')}` : ''}`,
  );
  if (verbose) {
    if (s.missedActors.length) console.log(`    missed actors: ${s.missedActors.join('; ')}`);
    if (s.wrongActors.length) console.log(`    extra actors: ${s.wrongActors.join('; ')}`);
    if (s.missedDates.length) console.log(`    missed dates: ${s.missedDates.join('; ')}`);
    if (s.wrongDates.length) console.log(`    wrong dates: ${s.wrongDates.join('; ')}`);
    if (s.missedPairs.length) console.log(`    missed pairs: ${s.missedPairs.join('; ')}`);
  }
}
const t = summarize(scores);
// Three decimals: a goal of 0.95 is not met by 0.949, which two would print as 0.95.
const f = (x: number) => x.toFixed(3);
console.log(
  `\n${scores.length} articles: actor recall ${f(t.actorRecall)}, precision ${f(t.actorPrecision)}; ` +
    `event-date recall ${f(t.eventRecall)}, precision ${f(t.eventPrecision)}; relation-pair recall ${f(t.relationRecall)}; ` +
    `article dates ${f(t.articleDates)}; invented people ${t.invented}; bylines/outlets as actors ${t.forbidden}; ` +
    `${(scores.length / (ms / 1000)).toFixed(0)} docs/s (${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(2)} MB/s)`,
);
