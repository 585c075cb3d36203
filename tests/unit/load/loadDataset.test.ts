/**
 * Bad input never stops extraction: each bad file gives a warning that names it, and the other
 * articles still extract.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../../src/lib/load/loadDataset.ts';
import { SEEDS_DIR } from '../helpers.ts';

/** The shared seed articles and their SHA-256. */
const SHARED_SEEDS = {
  '000_2d8b67f57b302128.txt': '78755089b5ce9f91d2f3b184590f11b6addaf118d8882f2d7e88cb399e8e1ef4',
  '003_055e6a5b932d0491.txt': 'becc99ba0563052ba6c4ad62b55f50edef60697095cf436fefef6d30afcbfcb7',
};

const GOOD =
  'Japan and India hold talks\n\nJapan and India held their first maritime dialogue in 2015.';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tieline-seeds-'));
  writeFileSync(join(dir, 'good.txt'), GOOD);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const load = () => loadDatasetFromDir(dir).dataset;

describe('bad articles', () => {
  it.each([
    {
      name: 'empty file',
      file: 'empty.txt',
      bytes: Buffer.alloc(0),
      message: /empty\.txt is empty/,
    },
    {
      name: 'blank file',
      file: 'blank.txt',
      bytes: Buffer.from(' \n\t\n'),
      message: /blank\.txt has no text/,
    },
    {
      name: 'binary file',
      file: 'bin.txt',
      bytes: Buffer.from([1, 2, 0, 0, 255, 3, 4]),
      message: /bin\.txt is not a text article/,
    },
    {
      name: 'PDF renamed',
      file: 'report.txt',
      bytes: Buffer.from('%PDF-1.7\n...'),
      message: /report\.txt .*looks like a PDF/,
    },
    {
      name: 'PNG renamed',
      file: 'photo.txt',
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10]),
      message: /photo\.txt .*PNG/,
    },
    {
      name: 'Latin-1 file',
      file: 'latin1.txt',
      bytes: Buffer.from('Caf\xe9 in T\xf4ky\xf4 and India', 'latin1'),
      message: /latin1\.txt is not valid UTF-8/,
    },
    {
      name: '10 MB file',
      file: 'huge.txt',
      bytes: Buffer.alloc(10 * 1024 * 1024, 'Japan '),
      message: /huge\.txt is too large \(10\.0 MB; the limit is 5\.0 MB\)/,
    },
  ])('$name: warns with its name, skips it, keeps the rest', ({ file, bytes, message }) => {
    writeFileSync(join(dir, file), bytes);
    const d = load();
    expect(
      d.warnings.some((w) => message.test(w)),
      d.warnings.join('\n'),
    ).toBe(true);
    expect(d.documents.map((x) => x.file)).toEqual(['good.txt']);
    expect(d.events.length).toBeGreaterThan(0);
  });

  it('keeps an article with no recognisable content, with a warning on it', () => {
    writeFileSync(join(dir, 'recipe.txt'), 'Pancakes\n\nMix flour, eggs and milk; fry in butter.');
    const d = load();
    const doc = d.documents.find((x) => x.file === 'recipe.txt');
    expect(doc?.warnings).toEqual([expect.stringMatching(/^no recognisable actors/)]);
    expect(d.actors.every((a) => a.mentions.every((m) => m.doc !== doc?.id))).toBe(true);
  });

  it('reads only *.txt files as articles', () => {
    writeFileSync(join(dir, 'notes.md'), 'China and Russia held drills in 2021.');
    writeFileSync(join(dir, 'photo.webp'), Buffer.from([1, 2, 3]));
    const d = load();
    expect(d.documents.map((x) => x.file)).toEqual(['good.txt']);
    expect(d.actors.map((a) => a.name)).not.toContain('Russia');
    expect(d.warnings).toEqual([]);
  });

  it('says so clearly when the folder has no article, or does not exist', () => {
    rmSync(join(dir, 'good.txt'));
    expect(load().warnings).toEqual([
      expect.stringMatching(/no article could be extracted from .* \(looked for \*\.txt files\)/),
    ]);
    expect(loadDatasetFromDir(join(dir, 'missing')).dataset.warnings[0]).toMatch(
      /cannot read the folder/,
    );
  });
});

describe('the overlay', () => {
  it('a broken overlay gives its line and column, and articles still extract', () => {
    writeFileSync(
      join(dir, 'overlay.json'),
      '{\n  "documents": [\n    { "file": "good.txt", }\n  ]\n}\n',
    );
    const d = load();
    expect(d.warnings).toEqual([
      expect.stringMatching(
        /^overlay\.json: broken JSON at line 3, column \d+: .*; the overlay was ignored$/,
      ),
    ]);
    expect(d.documents).toHaveLength(1);
  });

  it('an overlay entry without a source is refused', () => {
    writeFileSync(
      join(dir, 'overlay.json'),
      JSON.stringify({ documents: [{ file: 'good.txt', date: '2015-01', source: '' }] }),
    );
    expect(load().warnings[0]).toMatch(
      /overlay\.json: documents\.0\.source: every overlay fact needs its source/,
    );
    expect(load().documents[0].date).toBeNull();
  });

  it('an overlay event that matches nothing is reported, not silently dropped', () => {
    writeFileSync(
      join(dir, 'overlay.json'),
      JSON.stringify({ events: [{ id: 'no-such-event', date: '2015', source: 'x-ref' }] }),
    );
    expect(load().warnings).toEqual([
      expect.stringMatching(/"no-such-event" matches no extracted event/),
    ]);
  });

  it('an article date from the overlay is marked as analyst-supplied and anchors relative dates', () => {
    writeFileSync(
      join(dir, 'rel.txt'),
      'India and Japan to meet\n\nIndia and Japan will hold a maritime dialogue next year.',
    );
    writeFileSync(
      join(dir, 'overlay.json'),
      JSON.stringify({
        documents: [{ file: 'rel.txt', date: '2024-05-02', source: 'publisher page' }],
      }),
    );
    const d = load();
    const doc = d.documents.find((x) => x.file === 'rel.txt');
    expect([doc?.date, doc?.dateSource, doc?.analyst[0]?.source]).toEqual([
      '2024-05-02',
      'analyst',
      'publisher page',
    ]);
    const e = d.events.find(
      (x) => x.evidence.some((ev) => ev.doc === doc?.id) && x.dateText === 'next year',
    );
    expect([e?.date, e?.precision, e?.status]).toEqual(['2025', 'year', 'planned']);
  });
});

describe('the bundled seeds', () => {
  it('extract with no warning', () => {
    const d = loadDatasetFromDir(SEEDS_DIR).dataset;
    expect(d.warnings).toEqual([]);
    expect(d.documents.flatMap((x) => x.warnings)).toEqual([]);
  });

  // The shared articles as given (their SHA-256), pinned here rather than read from a folder
  // outside the repository: a fresh clone, CI or a worktree elsewhere checks the same thing.
  it('are the shared articles, byte for byte', () => {
    const digests = Object.fromEntries(
      readdirSync(SEEDS_DIR)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [
          f,
          createHash('sha256')
            .update(readFileSync(join(SEEDS_DIR, f)))
            .digest('hex'),
        ]),
    );
    expect(digests).toEqual(SHARED_SEEDS);
  });
});
