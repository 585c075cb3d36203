/**
 * Filters in Chromium: each domain and each country changes both views as the rules in
 * docs/ARCHITECTURE.md say (expected sets computed with applyFilters on the real seeds).
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { applyFilters } from '../../src/lib/filters/applyFilters.ts';
import { describeFilters } from '../../src/lib/filters/describeFilters.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/lib/filters/types.ts';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';
import { unpainted } from './edgeCanvas.ts';

const { dataset } = loadDatasetFromDir(fileURLToPath(new URL('../../seeds', import.meta.url)));
const domains = [...new Set([...dataset.relations, ...dataset.events].flatMap((x) => x.domains))];
const countries = [
  ...new Set(dataset.actors.map((a) => a.country).filter((c): c is string => !!c)),
];

const nodes = (page: Page) => page.locator('[data-view="network"] svg.drawing [data-node-id]');
const edges = (page: Page) => page.locator('[data-view="network"] svg.hits [data-relation-hit]');
const marks = (page: Page) =>
  page.locator(
    '[data-view="timeline"] [data-mark][data-event-id], [data-view="timeline"] [data-chip][data-event-id]',
  );
const ids = (loc: ReturnType<typeof nodes>, attr: string) =>
  loc.evaluateAll((els, a) => els.map((e) => e.getAttribute(a)).sort(), attr);

async function choose(page: Page, menu: string, value: string) {
  await page.locator(`details[data-facet="${menu}"] > summary`).click();
  await page.locator(`details[data-facet="${menu}"] input[data-value="${value}"]`).check();
  await page.keyboard.press('Escape');
}

async function expectViews(page: Page, filters: Filters) {
  const kept = applyFilters(dataset, filters);
  await expect(page.getByTestId('showing')).toContainText(describeFilters(dataset, filters));
  expect(await ids(nodes(page), 'data-node-id')).toEqual([...kept.actors].sort());
  // The relations' targets (and their paint) follow the picture (lazyParts.ts).
  await expect
    .poll(() => ids(edges(page), 'data-relation-hit'))
    .toEqual([...kept.relations].sort());
  await expect.poll(() => unpainted(page.locator('[data-view="network"]'))).toEqual([]);
  expect(await ids(marks(page), 'data-event-id')).toEqual(
    [...applyFilters(dataset, { ...filters, period: null }).events].sort(),
  );
}

let pageErrors: Error[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  await page.goto('/');
  await expect(nodes(page)).toHaveCount(dataset.actors.length);
  await expect(page.locator('[data-view="network"] [data-actor-id]').first()).toBeAttached();
});
test.afterEach(() => expect(pageErrors, 'uncaught errors in the page').toEqual([]));

test('each domain narrows both views to its relations and events', async ({ page }) => {
  for (const domain of domains) {
    await choose(page, 'Domain', domain);
    await expectViews(page, { ...EMPTY_FILTERS, domains: [domain] });
    await page.getByRole('button', { name: 'Clear all' }).click();
  }
});

test('each country narrows both views to what involves it, with the other side', async ({
  page,
}) => {
  for (const country of countries) {
    await choose(page, 'Country', country);
    const kept = applyFilters(dataset, { ...EMPTY_FILTERS, countries: [country] });
    if (kept.actors.size === 0) continue;
    await expectViews(page, { ...EMPTY_FILTERS, countries: [country] });
    await page.getByRole('button', { name: 'Clear all' }).click();
  }
});

test('Japan + China between only says what it shows, and filter menus count relations and events apart', async ({
  page,
}) => {
  await choose(page, 'Country', 'JP');
  await choose(page, 'Country', 'CN');
  await expectViews(page, { ...EMPTY_FILTERS, countries: ['JP', 'CN'] });
  await page.locator('details[data-facet="Country"] > summary').click();
  await page.getByLabel('Between the chosen countries only').check();
  await page.keyboard.press('Escape');
  const between: Filters = { ...EMPTY_FILTERS, countries: ['JP', 'CN'], betweenOnly: true };
  await expectViews(page, between);
  await expect(page).toHaveURL(/between=1/);
  // Only undated events are left: the timeline says so instead of drawing an axis of no dates.
  const dated = [...applyFilters(dataset, between).events].filter(
    (id) => dataset.events.find((e) => e.id === id)?.date,
  );
  expect(dated).toEqual([]);
  await expect(page.locator('[data-view="timeline"] [data-no-dates]')).toBeVisible();
  await expect(page.locator('[data-view="timeline"] [data-tick]')).toHaveCount(0);
  await page.locator('details[data-facet="Domain"] > summary').click();
  const energy = page.locator('details[data-facet="Domain"] label', {
    has: page.locator('[data-value="energy"]'),
  });
  const counts = applyFilters(dataset, { ...between, domains: ['energy'] });
  await expect(energy.locator('[data-count="relations"]')).toHaveText(
    String(counts.relations.size),
  );
  await expect(energy.locator('[data-count="events"]')).toHaveText(String(counts.events.size));
});

test('when nothing matches, both views say so and offer to clear', async ({ page }) => {
  await choose(page, 'Domain', 'energy');
  await choose(page, 'Status', 'planned');
  const kept = applyFilters(dataset, {
    ...EMPTY_FILTERS,
    domains: ['energy'],
    statuses: ['planned'],
  });
  expect(kept.actors.size + kept.events.size).toBe(0);
  await expect(
    page.locator('[data-view="network"]').getByText('No actor matches these filters.'),
  ).toBeVisible();
  await page
    .locator('[data-view="network"]')
    .getByRole('button', { name: 'Clear filters' })
    .click();
  await expect(nodes(page)).toHaveCount(dataset.actors.length);
});

test('filtering never moves the actors that stay', async ({ page }) => {
  const where = () =>
    nodes(page).evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => [e.getAttribute('data-node-id'), e.getAttribute('transform')]),
      ),
    );
  const before = await where();
  await choose(page, 'Domain', 'maritime');
  const after = await where();
  expect(Object.keys(after).length).toBeLessThan(Object.keys(before).length);
  for (const [id, t] of Object.entries(after)) expect(t, id).toBe(before[id]);
});

test('"/" focuses search; matches are highlighted and counted', async ({ page }) => {
  await page.locator('body').press('/');
  await expect(page.locator('#search')).toBeFocused();
  await page.keyboard.type('galwan');
  await expect(page.getByTestId('showing')).toContainText('for “galwan” highlighted');
  await expect(
    page.locator('[data-view="network"] svg.drawing [data-node-id="galwan-valley"]'),
  ).toHaveAttribute('opacity', '1');
  await expect(
    page.locator('[data-view="network"] svg.drawing [data-node-id="russia"]'),
  ).not.toHaveAttribute('opacity', '1');
});

test('the period can be set from the keyboard with two dates', async ({ page }) => {
  await page.locator('details[data-facet="Period"] > summary').focus();
  await page.keyboard.press('Enter');
  const menu = page.locator('details[data-facet="Period"]');
  await menu.getByLabel('From').fill('2020-01-01');
  await menu.getByLabel('To').fill('2020-12-31');
  await menu.getByRole('button', { name: 'Apply' }).click();
  await expectViews(page, { ...EMPTY_FILTERS, period: ['2020-01-01', '2020-12-31'] });
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`the search box shows its whole placeholder at ${size.width}x${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    const search = page.locator('#search');
    await expect(search).toBeVisible();
    // It read "Search ( /" at 1024 wide: the box (less the room Chromium keeps for its clear
    // button) was narrower than its own hint. A copy holding the hint as its value must not scroll.
    const { scroll, client } = await search.evaluate((el: HTMLInputElement) => {
      const copy = el.cloneNode() as HTMLInputElement;
      copy.removeAttribute('id');
      copy.value = el.placeholder;
      el.after(copy);
      const out = { scroll: copy.scrollWidth, client: copy.clientWidth };
      copy.remove();
      return out;
    });
    expect(scroll).toBeLessThanOrEqual(client);
  });
}
