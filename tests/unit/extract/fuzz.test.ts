/**
 * Hostile text through the extractor (fast-check): random and adversarial articles never make
 * it throw or hang, every evidence quote is still the text at its offsets, and the result
 * passes the dataset schema. The word soup is cut from the real seeds, so triggers, titles,
 * dates and country names meet control characters, RTL and lone surrogates.
 * The per-input ceiling is a hang guard (catastrophic regex backtracking), not a speed claim.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../../src/lib/extract/dataset.ts';
import { parseDataset, type Dataset } from '../../../src/lib/model/schema.ts';
import { allEvidence, SEEDS_DIR } from '../helpers.ts';

/**
 * Far above any real article's extraction time (a few ms for a seed): only a hang or a
 * quadratic blow-up gets near it. Grows with the text: 2 s plus 5 ms per kB (200 kB/s).
 */
const ceilingMs = (text: string) => 2_000 + text.length / 200;

const seedTexts = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
const seedWords = [...new Set(seedTexts.join(' ').split(/\s+/).filter(Boolean))];
const seedSentences = seedTexts.join('\n').split(/(?<=[.!?])\s+/);

const ODD = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u200f',
  '\u202e',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\ud83d',
  '🇯🇵',
  'שלום',
  'الهند واليابان',
  '日本とインド',
  'भारत',
  'Ⅻ',
  'ﬁ',
  'e\u0301',
  '...',
  '—',
  '“',
  '’s',
  '2+2',
  '(',
  ')',
  '\t',
  '\n\n',
  '    ',
];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...seedWords) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '. ', ', ', '\n') },
);
const soup = fc.array(token, { maxLength: 300 }).map((ts) => ts.join(' '));
const mangledSentences = fc
  .array(fc.tuple(fc.constantFrom(...seedSentences), fc.constantFrom(...ODD), fc.nat()), {
    maxLength: 20,
  })
  .map((parts) =>
    parts
      .map(([s, odd, at]) => s.slice(0, at % (s.length + 1)) + odd + s.slice(at % (s.length + 1)))
      .join(' '),
  );
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2_000 }),
  fc.string({ unit: 'grapheme', maxLength: 500 }),
  fc.stringMatching(/^[\s\p{P}\p{S}]{0,400}$/u),
  soup,
  mangledSentences,
);

/** Extracts one text, timing it; the caller checks the result. */
function extract(text: string): { dataset: Dataset; ms: number } {
  const t0 = performance.now();
  const dataset = extractDataset([{ file: 'fuzz.txt', text }]);
  return { dataset, ms: performance.now() - t0 };
}

/** What is wrong with an extraction, as lines (checked in plain code: 170,000 mentions). */
function problems(text: string, dataset: Dataset, ms: number): string[] {
  const out: string[] = [];
  if (ms > ceilingMs(text)) out.push(`took ${ms.toFixed(0)} ms for ${text.length} characters`);
  const checked = parseDataset(dataset);
  if (!checked.ok) out.push(checked.message);
  for (const { what, ev } of allEvidence(dataset)) {
    if (ev.doc !== 'fuzz') out.push(`${what}: evidence from ${ev.doc}`);
    else if (!(ev.start >= 0 && ev.start <= ev.end && ev.end <= text.length))
      out.push(`${what}: offsets ${ev.start}-${ev.end} outside the text`);
    else if (ev.quote !== text.slice(ev.start, ev.end))
      out.push(
        `${what}: quote ${JSON.stringify(ev.quote)} is not the text at ${ev.start}-${ev.end}`,
      );
    if (out.length > 5) break;
  }
  return out;
}

function checkInvariants(text: string, dataset: Dataset, ms: number): void {
  expect(problems(text, dataset, ms)).toEqual([]);
}

describe('extractor under fuzzing', () => {
  it('survives thousands of random and mangled articles', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { dataset, ms } = extract(text);
        checkInvariants(text, dataset, ms);
      }),
      { numRuns: 1_700, seed: 20_261_123 },
    );
  });

  it('keeps a fresh random seed honest too', { timeout: 30_000 }, () => {
    // A different part of the space every run; a failure prints its seed to replay it.
    fc.assert(
      fc.property(soup, (text) => {
        const { dataset, ms } = extract(text);
        checkInvariants(text, dataset, ms);
      }),
      { numRuns: 300 },
    );
  });

  const line = seedSentences.find((s) => s.includes('Japan') && s.includes('India')) ?? '';
  const adversarial: [string, () => string][] = [
    ['1 MB of one word', () => 'Japan'.repeat(200_000)],
    ['1 MB of one word with spaces', () => 'Japan '.repeat(170_000)],
    [
      'a 300 kB line of seed text with no line break',
      () => seedTexts.join(' ').replace(/\s+/g, ' ').repeat(20).slice(0, 300_000),
    ],
    ['only punctuation', () => '.,;:!?—–-()[]{}"\'“”‘’…'.repeat(5_000)],
    [
      'only control characters',
      () => Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(i % 32)).join(''),
    ],
    ['lone surrogates everywhere', () => `${line}\ud800`.repeat(500)],
    [
      'right-to-left overrides around names',
      () => `\u202eJapan\u202c and \u202bIndia\u202c signed a pact. `.repeat(2_000),
    ],
    ['the same trigger sentence 3,000 times', () => `${line} `.repeat(3_000)],
    ['titles without end', () => 'Defense Minister '.repeat(20_000)],
    ['capitalised words without end', () => 'Galwan '.repeat(40_000) + 'Valley'],
    ['dates without end', () => 'on Aug. 20, 2024, in March 2023 and since 2018 '.repeat(5_000)],
    ['a million newlines', () => '\n'.repeat(1_000_000)],
    ['empty', () => ''],
  ];
  for (const [name, make] of adversarial) {
    it(`survives ${name}`, { timeout: 30_000 }, () => {
      const text = make();
      const { dataset, ms } = extract(text);
      checkInvariants(text, dataset, ms);
    });
  }
});
