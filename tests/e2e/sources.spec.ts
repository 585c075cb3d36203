/**
 * The Sources tab: evidence quotes open the reader at their sentence; an article added in the
 * browser (tests/fixtures/sources) reaches both views, survives a reload and can be removed;
 * bad input is refused with a message; markup in an article is shown, never run. Expected
 * values come from running the extractor here, never typed by hand.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { storeRecords, storedKeys } from './storedRecords.ts';
import { documentId } from '../../src/lib/extract/ids.ts';
import { MAX_ARTICLE_BYTES } from '../../src/lib/extract/input.ts';
import { baseOf } from '../../src/lib/sources/baseOf.ts';
import { buildSourcesDataset } from '../../src/lib/sources/buildSourcesDataset.ts';
import { buildDefaultSteps } from '../../src/lib/briefing/buildSteps.ts';
import type { Dataset, Evidence } from '../../src/lib/model/schema.ts';
import { loadDatasetFromDir, readOverlayFile } from '../../src/lib/load/loadDataset.ts';

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));
const { dataset: seeds } = loadDatasetFromDir(seedsDir);
const { overlay } = readOverlayFile(seedsDir);

const EXERCISE = 'japan-india-exercise.txt';
const withAdded = (file: string, date: string | null = null): Dataset =>
  buildSourcesDataset({
    base: baseOf(seeds),
    overlay,
    added: [{ file, text: readFileSync(fixtures + file, 'utf8'), date, addedAt: 'x' }],
  });

let pageErrors: Error[] = [];

test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto('/');
  await expect(page.getByTestId('count-actors')).toHaveText(String(seeds.actors.length));
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});

async function expectCounts(page: Page, d: Dataset) {
  for (const [id, n] of [
    ['articles', d.documents.length],
    ['actors', d.actors.length],
    ['relations', d.relations.length],
    ['events', d.events.length],
  ] as const)
    await expect(page.getByTestId(`count-${id}`)).toHaveText(String(n));
}

/** The sentence the reader should highlight for a piece of evidence. */
function sentenceOf(d: Dataset, e: Evidence): string {
  const doc = d.documents.find((x) => x.id === e.doc)!;
  const s = doc.sentences.find((x) => x.start <= e.start && e.end <= x.end) ?? e;
  return doc.text.slice(s.start, s.end);
}

async function expectReaderAt(page: Page, d: Dataset, e: Evidence) {
  await expect(page.getByRole('tab', { name: /^Sources/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const reader = page.getByTestId('reader');
  await expect(reader).toHaveAttribute('data-doc', e.doc);
  const target = reader.locator('.target');
  await expect.poll(async () => (await target.allTextContents()).join('')).toBe(sentenceOf(d, e));
  await expect(reader.locator('[data-reader-target]')).toBeInViewport();
}

async function openDialog(page: Page) {
  await page.getByRole('tab', { name: /^Sources/ }).click();
  await page.getByRole('button', { name: 'Add an article…' }).click();
  await expect(page.getByTestId('add-dialog')).toBeVisible();
}

async function addFile(page: Page, file: string) {
  await openDialog(page);
  await page.locator('#add-files').setInputFiles(fixtures + file);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('sources-status')).toContainText('Added');
}

test('an evidence quote in the details panel opens the reader at its sentence', async ({
  page,
}) => {
  await page.locator('[data-view="network"] [data-actor-id="india"]').click();
  const india = seeds.actors.find((a) => a.id === 'india')!;
  // A mention well down the article, so the reader has to scroll to it.
  const index = india.mentions.length - 1;
  await page.getByTestId('detail-panel').locator('[data-evidence-link]').nth(index).click();
  await expectReaderAt(page, seeds, india.mentions[index]);
});

test('the quote on a briefing card opens the reader at its sentence', async ({ page }) => {
  const step = buildDefaultSteps(seeds)[4];
  await page.goto('/?step=5');
  await page.getByTestId('step-card').locator('[data-evidence-link]').click();
  await expect(page.getByTestId('step-counter')).toBeHidden();
  await expectReaderAt(page, seeds, step.evidence!);
});

test('an evidence quote in a table opens the reader at its sentence', async ({ page }) => {
  await page.getByRole('tab', { name: /^Events/ }).click();
  const link = page.locator('#panel-events [data-evidence-link]').last();
  const key = (await link.getAttribute('data-evidence-link'))!;
  const event = seeds.events.find((e) => {
    const x = e.evidence[0];
    return `${x.doc}:${x.start}-${x.end}` === key;
  })!;
  await link.click();
  await expectReaderAt(page, seeds, event.evidence[0]);
});

test('an added article reaches both views, survives a reload, and its removal restores the counts', async ({
  page,
}) => {
  const next = withAdded(EXERCISE);
  const docId = documentId(EXERCISE);
  const seedActors = new Set(seeds.actors.map((a) => a.id));
  const fresh = next.actors.filter((a) => !seedActors.has(a.id));
  const seedEvents = new Set(seeds.events.map((e) => e.id));
  const freshDated = next.events.filter((e) => !seedEvents.has(e.id) && e.date);
  expect(fresh.length).toBeGreaterThan(0);
  expect(freshDated.length).toBeGreaterThan(0);

  await addFile(page, EXERCISE);
  await expectCounts(page, next);
  // What the filters keep (the tab counts) follows the new dataset too.
  await expect(page.getByRole('tab', { name: /^Actors/ })).toContainText(
    String(next.actors.length),
  );
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc', docId);

  const check = async () => {
    await page.getByRole('tab', { name: /^Network/ }).click();
    for (const a of fresh)
      await expect(page.locator(`[data-view="network"] [data-actor-id="${a.id}"]`)).toHaveCount(1);
    for (const e of freshDated)
      await expect(
        page.locator(`[data-view="timeline"] [data-mark][data-event-id="${e.id}"]`),
      ).toHaveCount(1);
    // An actor that exists only in the added article says so in its details.
    await page.locator(`[data-view="network"] [data-actor-id="${fresh[0].id}"]`).click();
    await expect(page.getByTestId('detail-panel')).toContainText('new, only in');
    await page.keyboard.press('Escape');
    // The address bar follows a frame later (it is written after the paint): a reload before
    // then would reopen the selection.
    await expect(page).not.toHaveURL(/[?&]sel=/);
  };
  await check();

  await page.reload();
  await expectCounts(page, next);
  await check();
  await page.getByRole('tab', { name: /^Sources/ }).click();
  await expect(page.locator(`li[data-doc="${docId}"]`)).toContainText('added');

  await page.getByRole('button', { name: /^Remove / }).click();
  await expect(page.getByTestId('sources-status')).toContainText('Removed');
  await expectCounts(page, seeds);
  await page.getByRole('tab', { name: /^Network/ }).click();
  for (const a of fresh)
    await expect(page.locator(`[data-view="network"] [data-actor-id="${a.id}"]`)).toHaveCount(0);
  await page.reload();
  await expectCounts(page, seeds);
});

test('the milestones of an added article join the briefing, and its export names the article', async ({
  page,
}) => {
  const next = withAdded(EXERCISE);
  const steps = buildDefaultSteps(next);
  expect(steps.length).toBeGreaterThan(buildDefaultSteps(seeds).length);
  await addFile(page, EXERCISE);
  await expectCounts(page, next);
  await page.getByRole('tab', { name: /^Network/ }).click();
  await page.keyboard.press('p');
  await expect(page.getByTestId('step-counter')).toHaveText(`Step 1 / ${steps.length}`);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('step-counter')).toBeHidden();
  // The exported picture's source line names the added article too.
  await page.locator('[data-export="slide"] summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-export="slide"]').getByRole('button', { name: /^SVG/ }).click(),
  ]);
  const svg = readFileSync((await file.path())!, 'utf8');
  expect(svg).toContain(EXERCISE);
});

test('the merged dataset shows first, then the reader opens at the added article with its status', async ({
  page,
}) => {
  // Two tasks (the dataset merged into every view, then the reader's first build of the new
  // article), never a moment where the status says Added and the reader shows another article.
  const docId = documentId(EXERCISE);
  const seen = page.evaluate(
    (id) =>
      new Promise<string[]>((resolve) => {
        const states: string[] = [];
        const look = () => {
          const status = document.querySelector('[data-testid="sources-status"]')?.textContent;
          const listed = document.querySelector(`li[data-doc="${id}"]`) !== null;
          const reader = document.querySelector('[data-testid="reader"]')?.getAttribute('data-doc');
          const state = `${listed ? 'listed' : 'unlisted'} ${status?.includes('Added') ? 'added' : '-'} ${reader === id ? 'reading' : 'other'}`;
          if (states.at(-1) !== state) states.push(state);
          if (state === 'listed added reading') resolve(states);
          else requestAnimationFrame(look);
        };
        look();
      }),
    docId,
  );
  await addFile(page, EXERCISE);
  const states = await seen;
  expect(states.at(-1)).toBe('listed added reading');
  expect(states.filter((s) => s.includes('added') && !s.endsWith('reading'))).toEqual([]);
  await expectCounts(page, withAdded(EXERCISE));
});

test('a .txt file dropped on the dialog is added', async ({ page }) => {
  await openDialog(page);
  const text = readFileSync(fixtures + EXERCISE, 'utf8');
  const transfer = await page.evaluateHandle(
    `(() => {
      const t = new DataTransfer();
      t.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(EXERCISE)}, { type: 'text/plain' }));
      return t;
    })()`,
  );
  await page
    .getByRole('group', { name: 'Files' })
    .dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('list', { name: 'Chosen files' })).toContainText(EXERCISE);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('sources-status')).toContainText('Added');
  await expectCounts(page, withAdded(EXERCISE));
});

test('an article without a dateline asks for its date, then takes it', async ({ page }) => {
  await openDialog(page);
  await page.locator('#add-files').setInputFiles(fixtures + 'undated-talks.txt');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('add-errors')).toContainText(
    'undated-talks.txt has no dateline: give the article',
  );
  await expectCounts(page, seeds);
  await page.getByLabel(/Article date/).fill('2025-02-18');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('sources-status')).toContainText('Added');
  await expectCounts(page, withAdded('undated-talks.txt', '2025-02-18'));
  await expect(page.getByTestId('reader')).toContainText('2025-02-18');
  await expect(page.getByTestId('reader')).toContainText('analyst-supplied');
});

const BAD: {
  name: string;
  file?: { name: string; bytes: Buffer };
  paste?: string;
  message: RegExp;
}[] = [
  { name: 'an empty paste', paste: '   ', message: /The pasted text is empty/ },
  {
    name: 'a binary file',
    file: { name: 'data.txt', bytes: Buffer.from([0x4a, 0, 0x61, 0, 0x70, 0]) },
    message: /data.txt is not a text article: it contains binary data/,
  },
  {
    name: 'a non-UTF-8 file',
    file: { name: 'latin1.txt', bytes: Buffer.from('Japan and India met in Déli', 'latin1') },
    message: /latin1.txt is not valid UTF-8 text/,
  },
  {
    name: 'a file over 5 MB',
    file: { name: 'huge.txt', bytes: Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a') },
    message: /huge.txt is too large \(5.0 MB; the limit is 5.0 MB\)/,
  },
  {
    name: 'a PDF renamed .txt',
    file: { name: 'report.txt', bytes: Buffer.from('%PDF-1.7\n1 0 obj\n') },
    message: /report.txt is not a text article: it looks like a PDF/,
  },
  {
    name: 'an image renamed .txt',
    file: {
      name: 'photo.txt',
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    },
    message: /photo.txt is not a text article: it looks like a PNG image/,
  },
  {
    name: 'text with no recognisable actors',
    file: { name: 'no-actors.txt', bytes: readFileSync(fixtures + 'no-actors.txt') },
    message: /no-actors.txt has no recognisable actors/,
  },
];

for (const bad of BAD) {
  test(`${bad.name} gives a clear message and adds nothing`, async ({ page }) => {
    await openDialog(page);
    if (bad.paste !== undefined) await page.getByLabel(/Paste the article/).fill(bad.paste);
    if (bad.file)
      await page
        .locator('#add-files')
        .setInputFiles({ name: bad.file.name, mimeType: 'text/plain', buffer: bad.file.bytes });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByTestId('add-errors')).toContainText(bad.message);
    await expect(page.getByTestId('add-dialog')).toBeVisible();
    await expectCounts(page, seeds);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('li[data-doc]')).toHaveCount(seeds.documents.length);
  });
}

test('markup in an article is shown as text and never runs', async ({ page }) => {
  const text = readFileSync(fixtures + 'markup.txt', 'utf8');
  await openDialog(page);
  await page.getByLabel(/Paste the article/).fill(text);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('sources-status')).toContainText('Added');
  const reader = page.getByTestId('reader');
  await expect(reader).toContainText("<script>window.__pwned = 'script'</script>");
  await expect(reader).toContainText('<img src=x onerror="window.__pwned=\'img\'">');
  await expect(reader.locator('script, img')).toHaveCount(0);
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  // Its actors' details quote it as text too.
  await page.getByRole('tab', { name: /^Relations/ }).click();
  await expect(page.locator('#panel-relations img')).toHaveCount(0);
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
});

test('unreadable stored articles give a notice once, are set aside, and the seeds still show', async ({
  page,
}) => {
  await storeRecords(page, [
    { key: 'broken.txt', value: { file: 42, text: null } },
    { key: 'junk', value: 'not even an object' },
  ]);
  await page.goto('/');
  await expect(page.getByTestId('notices')).toContainText(
    'stored article (broken.txt) could not be read',
  );
  await expect(page.getByTestId('notices')).toContainText(
    'stored article (junk) could not be read',
  );
  await expect(page.getByTestId('notices')).toContainText('set aside');
  await expectCounts(page, seeds);
  // Said once: they are set aside, kept in storage, and not read again.
  await page.reload();
  await expect(
    page.locator('[data-view="network"] svg.drawing [data-node-id]').first(),
  ).toBeVisible();
  // The stored articles are read once both views are drawn; give that time to say anything.
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('notices')).toHaveCount(0);
  const keys = await storedKeys(page);
  expect(keys).toEqual(['unreadable:broken.txt', 'unreadable:junk']);
  await expectCounts(page, seeds);
});
