/**
 * The dashboard against the real seeds: every expected value is computed here from
 * loadDatasetFromDir, never typed by hand, so the tests follow the extractor as it changes.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { corpusName } from '../../src/lib/export/corpusName.ts';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url));
const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));
const { dataset } = loadDatasetFromDir(seedsDir);

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const multiset = (list: string[]) => list.map(normalize).sort();

/** A stable sort with an independent comparator, to check the page's order against. */
function sortedBy<T>(rows: T[], key: (row: T) => string | null, descending = false): T[] {
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (descending ? -1 : 1) * collator.compare(x, y);
  });
}

async function openTab(
  page: Page,
  name: 'Actors' | 'Relations' | 'Events' | 'Sources',
): Promise<Locator> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  const panel = page.getByRole('tabpanel', { name: new RegExp(`^${name}`) });
  await expect(panel).toBeVisible();
  // The tables load after both views are drawn: read them once their rows are there, as a
  // reader would (a busy machine had the rows read before they came).
  if (name !== 'Sources') await expect(panel.locator('tbody tr[data-row]').first()).toBeVisible();
  return panel;
}

const cellTexts = (panel: Locator, cell: string) =>
  // A row's name is the button that opens its details (RowLink).
  panel.locator(`tbody tr[data-row] td[data-cell="${cell}"] [data-row-link]`).allInnerTexts();

let pageErrors: Error[] = [];

test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto('/');
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});

test('header counts match the dataset', async ({ page }) => {
  const expected = {
    articles: dataset.documents.length,
    actors: dataset.actors.length,
    relations: dataset.relations.length,
    events: dataset.events.length,
  };
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tieline');
  // The subtitle gives its room to the tabs on narrow screens; the page title keeps it.
  await expect(page).toHaveTitle(/Security relations briefing/);
  await page.setViewportSize({ width: 1920, height: 1080 });
  // What the corpus is about, from its most-mentioned pair (or the overlay's title).
  await expect(page.getByText(corpusName(dataset), { exact: true })).toBeVisible();
  for (const [id, value] of Object.entries(expected)) {
    await expect(page.getByTestId(`count-${id}`)).toHaveText(String(value));
  }
});

test('warnings from the dataset and its articles are listed', async ({ page }) => {
  const warnings = [
    ...dataset.warnings,
    ...dataset.documents.flatMap((doc) => doc.warnings.map((w) => `${doc.file}: ${w}`)),
  ];
  const box = page.getByTestId('warnings');
  if (warnings.length === 0) {
    await expect(box).toHaveCount(0);
    return;
  }
  await expect(box).toBeVisible();
  expect(multiset(await box.locator('li').allInnerTexts())).toEqual(multiset(warnings));
});

test('every actor, relation and event is in its table', async ({ page }) => {
  const actors = await openTab(page, 'Actors');
  expect(multiset(await cellTexts(actors, 'name'))).toEqual(
    multiset(dataset.actors.map((a) => a.name)),
  );
  const relations = await openTab(page, 'Relations');
  await expect(relations.locator('tbody tr[data-row]')).toHaveCount(dataset.relations.length);
  const events = await openTab(page, 'Events');
  expect(multiset(await cellTexts(events, 'title'))).toEqual(
    multiset(dataset.events.map((e) => e.title)),
  );
});

test('events start in date order with undated ones last', async ({ page }) => {
  const events = await openTab(page, 'Events');
  const expected = sortedBy(dataset.events, (e) => e.date).map((e) => normalize(e.title));
  expect((await cellTexts(events, 'title')).map(normalize)).toEqual(expected);
  const undated = dataset.events.filter((e) => e.date === null).length;
  await expect(events.locator('td[data-cell="date"]', { hasText: 'undated' })).toHaveCount(undated);
  await expect(events.locator('th[data-column="date"]')).toHaveAttribute('aria-sort', 'ascending');
});

test('clicking a column header sorts by it, and again reverses', async ({ page }) => {
  const actors = await openTab(page, 'Actors');
  const header = actors.locator('th[data-column="name"]');
  const names = dataset.actors;
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascending = sortedBy(names, (a) => a.name).map((a) => normalize(a.name));
  expect((await cellTexts(actors, 'name')).map(normalize)).toEqual(ascending);

  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const descending = sortedBy(names, (a) => a.name, true).map((a) => normalize(a.name));
  expect((await cellTexts(actors, 'name')).map(normalize)).toEqual(descending);
  await expect(actors.locator('th[aria-sort]')).toHaveCount(1);
});

test('headers and tabs work from the keyboard', async ({ page }) => {
  await page.getByRole('tab', { name: /^Actors/ }).focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: /^Sources/ })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: /^Events/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Events/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: /^Relations/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');

  const events = page.getByRole('tabpanel', { name: /^Events/ });
  const header = events.locator('th[data-column="title"]');
  await header.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascending = sortedBy(dataset.events, (e) => e.title).map((e) => normalize(e.title));
  expect((await cellTexts(events, 'title')).map(normalize)).toEqual(ascending);

  await page.keyboard.press('Space');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const descending = sortedBy(dataset.events, (e) => e.title, true).map((e) => normalize(e.title));
  expect((await cellTexts(events, 'title')).map(normalize)).toEqual(descending);
});

test('analyst-supplied events are marked, with their source', async ({ page }) => {
  // seeds/overlay.json supplies at least one event date, so this cannot pass vacuously.
  const flagged = dataset.events.filter((e) => e.analyst.length > 0);
  expect(flagged.length).toBeGreaterThan(0);
  const events = await openTab(page, 'Events');
  await expect(events.getByText('analyst-supplied', { exact: true })).toHaveCount(flagged.length);
  for (const event of flagged) {
    const row = events.locator('tr[data-row]', {
      has: page.locator('td[data-cell="title"] [data-row-link]', { hasText: event.title }),
    });
    const badge = row.first().getByText('analyst-supplied', { exact: true });
    await expect(badge).toBeVisible();
    const note = events.locator(`tr[data-analyst-note="${event.id}"]`);
    await expect(note).toBeVisible();
    for (const { source } of event.analyst) {
      expect(await badge.getAttribute('title')).toContain(source);
      await expect(note).toContainText(source);
    }
  }
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`fits a ${size.width}x${size.height} screen without a page scrollbar`, async ({ page }) => {
    await page.setViewportSize(size);
    mkdirSync(screenshotDir, { recursive: true });
    await expect(page.locator('[data-view="network"] svg.drawing')).toBeVisible();
    const overview = await page.evaluate(() => ({
      tall: document.documentElement.scrollHeight <= window.innerHeight,
      wide: document.documentElement.scrollWidth <= window.innerWidth,
    }));
    expect(overview, 'network & timeline tab').toEqual({ tall: true, wide: true });
    for (const tab of ['Actors', 'Relations', 'Events', 'Sources'] as const) {
      await openTab(page, tab);
      const fits = await page.evaluate(() => ({
        tall: document.documentElement.scrollHeight <= window.innerHeight,
        wide: document.documentElement.scrollWidth <= window.innerWidth,
      }));
      expect(fits, `${tab} tab`).toEqual({ tall: true, wide: true });
      const name = `dashboard-${tab.toLowerCase()}-${size.width}x${size.height}.png`;
      await page.screenshot({ path: `${screenshotDir}/${name}` });
    }
  });
}
