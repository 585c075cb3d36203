/**
 * Heavy or hostile input never stalls the page, and no stored work is lost (issue 18): a stored
 * slow article does not hold back the first draw, an extraction past its time budget is stopped
 * with a message naming the article, Cancel stores nothing, two tabs never lose or break each
 * other's stored articles or saved views. Two pages of one context are two tabs.
 *
 * The extractor reads any text in linear time now, so a slow article is made by the test: the
 * page's real worker script, served with its answers held back (slowExtractor). The time budget
 * (20 s and more) is reached with Playwright's clock, not by waiting: nothing in the app changes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { storeRecords, storedKeys } from './storedRecords.ts';
import { slugify } from '../../src/lib/extract/ids.ts';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';
import { manyViewsFile } from '../../scripts/bench/importViews.ts';

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));
const { dataset: seeds } = loadDatasetFromDir(seedsDir);
const EXERCISE = readFileSync(fixtures + 'japan-india-exercise.txt', 'utf8');
/** The file name a pasted article gets: from its headline (prepareArticles.ts). */
const pastedId = (text: string) => `pasted-${slugify(text.split('\n')[0].slice(0, 48))}`;
const NEVER = 3_600_000;

let pageErrors: Error[] = [];
const watch = (page: Page) => page.on('pageerror', (error) => pageErrors.push(error));
test.beforeEach(() => {
  pageErrors = [];
});
test.afterEach(() => expect(pageErrors, 'uncaught errors in the page').toEqual([]));

/**
 * Serves the extraction worker with its answers held back `delayMs` (real time: the worker has
 * no fake clock), as a text the extractor takes that long on would. Resolves once the page has
 * asked for the worker, that is once an extraction has started (its budget is running).
 */
async function slowExtractor(page: Page, delayMs: number): Promise<{ asked: Promise<void> }> {
  let started!: () => void;
  const asked = new Promise<void>((resolve) => (started = resolve));
  await page.route('**/extract.worker-*.js', async (route) => {
    const response = await route.fetch();
    const hold = `\n{ const answer = self.onmessage; self.onmessage = (e) => setTimeout(() => answer.call(self, e), ${delayMs}); }\n`;
    await route.fulfill({ response, body: (await response.text()) + hold });
    started();
  });
  return { asked };
}

const record = (file: string, text: string) => ({
  file,
  text,
  date: null,
  addedAt: '2025-03-01T09:00:00.000Z',
});

async function paste(page: Page, text: string) {
  await page.getByRole('tab', { name: /^Sources/ }).click();
  await page.getByRole('button', { name: 'Add an article…' }).click();
  await page.locator('#add-text').fill(text);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

test('a stored slow article does not hold back the first draw', async ({ page }) => {
  watch(page);
  await storeRecords(page, [{ key: 'slow', value: record('slow.txt', EXERCISE) }]);
  const { asked } = await slowExtractor(page, NEVER);
  await page.goto('/');
  // Drawn from the seeds while the stored article is still being extracted in the worker.
  await expect(
    page.locator('[data-view="network"] svg.drawing [data-node-id]').first(),
  ).toBeVisible();
  await expect(page.getByTestId('count-articles')).toHaveText(String(seeds.documents.length));
  await page.getByRole('tab', { name: /^Actors/ }).click();
  await expect(page.getByRole('tab', { name: /^Actors/ })).toHaveAttribute('aria-selected', 'true');
  // The extraction did start (and the held-back worker was served before the page closes).
  await asked;
});

test('a stored article past the time budget is stopped, named in a notice, and kept', async ({
  page,
}) => {
  watch(page);
  await page.clock.install();
  await storeRecords(page, [{ key: 'slow', value: record('slow.txt', EXERCISE) }]);
  const { asked } = await slowExtractor(page, NEVER);
  await page.goto('/');
  await asked;
  await page.clock.fastForward('00:30');
  await expect(page.getByTestId('notices')).toContainText(
    /Added articles \(slow\.txt\) were not merged: Extracting slow\.txt took more than \d+ s, so it was stopped \(the text may be too long or unusual for the extractor\)\. They stay stored and are read again at the next load/,
  );
  await expect(page.getByTestId('count-articles')).toHaveText(String(seeds.documents.length));
  // Not merged this time is not lost: it is still stored, and joins once it can be read.
  expect(await storedKeys(page)).toEqual(['slow']);
  await page.unroute('**/extract.worker-*.js');
  await page.reload();
  await expect(page.getByTestId('count-articles')).toHaveText(String(seeds.documents.length + 1));
});

test('an article past the time budget is stopped, with a message naming it, and not stored', async ({
  page,
}) => {
  watch(page);
  await page.clock.install();
  const { asked } = await slowExtractor(page, NEVER);
  await page.goto('/');
  await paste(page, EXERCISE);
  const dialog = page.getByTestId('add-dialog');
  await expect(dialog.getByRole('status')).toHaveText('Extracting…');
  await asked;
  await page.clock.fastForward('00:30');
  await expect(dialog.getByTestId('add-errors')).toContainText(
    new RegExp(
      `Extracting ${pastedId(EXERCISE)}\\.txt took more than \\d+ s, so it was stopped \\(.*\\)\\. Nothing was added`,
    ),
  );
  await expect(dialog.getByRole('status')).toHaveText('');
  expect(await storedKeys(page)).toEqual([]);
  await page.reload();
  await expect(page.getByTestId('count-articles')).toHaveText(String(seeds.documents.length));
});

test('Cancel stops the extraction and stores nothing', async ({ page }) => {
  watch(page);
  // An extractor that answers 3 s late: one Cancel does not stop would store the article then.
  await slowExtractor(page, 3000);
  await page.goto('/');
  await paste(page, EXERCISE);
  await expect(page.getByTestId('add-dialog').getByRole('status')).toHaveText('Extracting…');
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('add-dialog')).toBeHidden();
  // Long enough for an extraction that went on to answer and store.
  await page.waitForTimeout(5000);
  expect(await storedKeys(page)).toEqual([]);
  await expect(page.getByTestId('count-articles')).toHaveText(String(seeds.documents.length));
  await page.reload();
  await expect(page.getByTestId('count-articles')).toHaveText(String(seeds.documents.length));
  await page.getByRole('tab', { name: /^Sources/ }).click();
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  // The next add starts a new worker and works.
  await paste(page, EXERCISE);
  await expect(page.getByTestId('sources-status')).toContainText('Added', { timeout: 30_000 });
  expect(await storedKeys(page)).toEqual([pastedId(EXERCISE)]);
});

test('a link to an actor of a stored article selects it once it joins, with no notice that it is missing', async ({
  page,
}) => {
  watch(page);
  await storeRecords(page, [{ key: 'exercise', value: record('exercise.txt', EXERCISE) }]);
  // Every notice the page shows, however briefly.
  await page.addInitScript(() => {
    const seen: string[] = ((window as { seenNotices?: string[] }).seenNotices = []);
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="notices"]')?.textContent;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  // Meghalaya is named only in the stored article, not in the seeds.
  await page.goto('/?sel=actor:meghalaya');
  await expect(page.getByTestId('count-articles')).toHaveText(String(seeds.documents.length + 1));
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText(
    'Meghalaya',
  );
  await expect(page.getByTestId('notices')).toBeHidden();
  expect(await page.evaluate(() => (window as { seenNotices?: string[] }).seenNotices)).toEqual([]);
  // A link to an actor that is nowhere is still told, once the stored articles are in.
  await page.goto('/?sel=actor:atlantis');
  await expect(page.getByTestId('count-articles')).toHaveText(String(seeds.documents.length + 1));
  await expect(page.getByTestId('notices')).toHaveText(
    /Ignored sel "actor:atlantis": no actor with id "atlantis" in the data/,
  );
});

test('two tabs pasting articles with one headline keep both', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  watch(one);
  watch(two);
  await one.goto('/');
  await two.goto('/');
  await paste(one, EXERCISE);
  await expect(one.getByTestId('sources-status')).toContainText('Added', { timeout: 30_000 });
  await paste(two, EXERCISE);
  await expect(two.getByTestId('sources-status')).toContainText('Added', { timeout: 30_000 });
  const id = pastedId(EXERCISE);
  expect((await storedKeys(one)).sort()).toEqual([id, `${id}-2`]);
  await one.reload();
  await expect(one.getByTestId('count-articles')).toHaveText(String(seeds.documents.length + 2));
});

test('two tabs adding one headline at the same moment keep both: the clash is found as the second stores', async ({
  context,
}) => {
  const one = await context.newPage();
  const two = await context.newPage();
  watch(one);
  watch(two);
  // Both extract for 3 s: the second tab picks its name before the first has stored.
  for (const page of [one, two]) {
    await slowExtractor(page, 3000);
    await page.goto('/');
  }
  await paste(one, EXERCISE);
  await expect(one.getByTestId('add-dialog').getByRole('status')).toHaveText('Extracting…');
  await paste(two, EXERCISE);
  await expect(one.getByTestId('sources-status')).toContainText('Added', { timeout: 30_000 });
  await expect(two.getByTestId('sources-status')).toContainText('Added', { timeout: 30_000 });
  const id = pastedId(EXERCISE);
  await expect(two.getByTestId('notices')).toContainText(
    `${id}.txt: another tab stored an article under the same id meanwhile; this one is kept as ${id}-2.txt`,
  );
  expect((await storedKeys(one)).sort()).toEqual([id, `${id}-2`]);
  await one.reload();
  await expect(one.getByTestId('count-articles')).toHaveText(String(seeds.documents.length + 2));
});

test("removing in one tab leaves the other tab's article stored, and a link to its actors works", async ({
  context,
}) => {
  const one = await context.newPage();
  const two = await context.newPage();
  watch(one);
  watch(two);
  await one.goto('/');
  await two.goto('/');
  await paste(one, EXERCISE);
  await expect(one.getByTestId('sources-status')).toContainText('Added', { timeout: 30_000 });
  // The other tab adds the same story under another headline; this tab never loaded it.
  await paste(two, `Meghalaya drills recalled\n${EXERCISE.split('\n').slice(1).join('\n')}`);
  await expect(two.getByTestId('sources-status')).toContainText('Added', { timeout: 30_000 });
  await one.getByRole('button', { name: /^Remove / }).click();
  await expect(one.getByTestId('sources-status')).toContainText('Removed', { timeout: 30_000 });
  await one.goto('/?sel=actor:meghalaya');
  await expect(one.getByTestId('count-articles')).toHaveText(String(seeds.documents.length + 1));
  await expect(one.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText(
    'Meghalaya',
  );
});

test('stored names that make one document id both show, and Remove deletes the right record', async ({
  page,
}) => {
  watch(page);
  // Stored by an older version, keyed by file name: two names, one document id.
  await storeRecords(page, [
    { key: 'Report 1.txt', value: record('Report 1.txt', EXERCISE) },
    { key: 'report-1.txt', value: record('report-1.txt', EXERCISE) },
  ]);
  await page.goto('/');
  await expect(page.getByTestId('count-articles')).toHaveText(String(seeds.documents.length + 2));
  await expect(page.getByTestId('notices')).toContainText(
    'Two stored articles would be one document',
  );
  await page.getByRole('tab', { name: /^Sources/ }).click();
  const removes = page.getByRole('button', { name: /^Remove / });
  await expect(removes).toHaveCount(2);
  await removes.first().click();
  await expect(page.getByTestId('sources-status')).toContainText('Removed');
  await removes.first().click();
  await expect(page.getByTestId('sources-status')).toContainText('Removed');
  expect(await storedKeys(page)).toEqual([]);
  await page.reload();
  await expect(page.getByTestId('count-articles')).toHaveText(String(seeds.documents.length));
});

test('a view saved in one tab survives a save in another, which follows it', async ({
  context,
}) => {
  const one = await context.newPage();
  const two = await context.newPage();
  watch(one);
  watch(two);
  await one.goto('/');
  await two.goto('/');
  const save = async (page: Page, name: string) => {
    const menu = page.locator('details[data-facet="Saved views"]');
    if (!(await menu.getAttribute('open'))) await menu.locator('summary').click();
    await menu.getByLabel('Save this view as').fill(name);
    await menu.getByRole('button', { name: 'Save' }).click();
    return menu;
  };
  await save(one, 'First tab');
  const menuTwo = await save(two, 'Second tab');
  await expect(menuTwo.getByRole('button', { name: 'First tab', exact: true })).toBeVisible();
  // The first tab follows the second's save (the storage event).
  const menuOne = one.locator('details[data-facet="Saved views"]');
  await expect(menuOne.getByRole('button', { name: 'Second tab', exact: true })).toBeVisible();
  await one.reload();
  await menuOne.locator('summary').click();
  for (const name of ['First tab', 'Second tab'])
    await expect(menuOne.getByRole('button', { name, exact: true })).toBeVisible();
});

test('importing 4,700 saved views tells it in one summary and lists them a few at a time', async ({
  page,
}) => {
  watch(page);
  await page.goto('/');
  const menu = page.locator('details[data-facet="Saved views"]');
  await menu.locator('summary').click();
  await menu.locator('input[type=file]').setInputFiles({
    name: 'saved-views.json',
    mimeType: 'application/json',
    buffer: Buffer.from(manyViewsFile(4_700)),
  });
  const notices = page.getByTestId('notices');
  await expect(notices.locator('li').first()).toHaveText(
    'Imported 4700 of the 4700 views in the file',
  );
  // The first ten id clashes, then one line for the rest, and one for the renames.
  await expect(notices.locator('li')).toHaveCount(13);
  await expect(notices).toContainText('…and 4689 more imported views shared an id');
  await expect(notices).toContainText('4699 imported views were renamed');
  await expect(menu.locator('summary')).toContainText('(4700)');
  const names = menu.locator('li[data-view-id] button.name');
  await expect(names).toHaveCount(50);
  await menu.getByRole('button', { name: 'Show 200 more (4650 saved views not shown)' }).click();
  await expect(names).toHaveCount(250);
  await expect(names.last()).toHaveText('Japan (250)');
});
