/**
 * The parts of the page whose code loads after the first picture (components/lazyParts.ts, the
 * saved views' store: state/lazySavedViews.svelte.ts, the code that writes the address bar of a
 * page opened without a query: state/urlBinding.svelte.ts, and d3's zoom and drag:
 * actions/lazyAction.ts):
 * the picture never waits for them, they are there when the user turns to them, and a part
 * whose code cannot be fetched says so in place while the rest of the page keeps working.
 */
import { expect, test, type Page } from '@playwright/test';

const LATER =
  /\/assets\/(NetworkHitLayer|TimelineOverlay|DetailPanel|ActorsTable|RelationsTable|EventsTable|SavedViewsPanel|ExportPanel|PresentPanel|FacetPanel|startSources|savedViewsStore\.svelte|urlState|d3Interaction)-[^/]*\.js$/;

test('both views draw before any later part is fetched; each is fetched afterwards, once', async ({
  page,
}) => {
  const fetched: { url: string; drawn: boolean }[] = [];
  page.on('request', (request) => {
    if (LATER.test(request.url())) fetched.push({ url: request.url(), drawn: false });
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(
    page.locator('[data-view="network"] svg.drawing [data-node-id]').first(),
  ).toBeVisible();
  const drawnAt = await page.evaluate(() =>
    Math.max(
      ...['network', 'timeline'].map(
        (v) => performance.getEntriesByName(`tieline:${v}-drawn`)[0].startTime,
      ),
    ),
  );
  await expect.poll(() => fetched.length).toBe(14);
  // A request is seen when it is sent, its resource timing entry only once it has loaded.
  const entries = () =>
    page.evaluate(
      (pattern) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => new RegExp(pattern).test(e.name))
          .map((e) => e.startTime),
      LATER.source,
    );
  await expect.poll(async () => (await entries()).length).toBe(14);
  const starts = await entries();
  expect(starts).toHaveLength(14);
  for (const start of starts) expect(start).toBeGreaterThan(drawnAt);
  // The details panel (a column of its own at 1920) and a table are then there at once.
  await expect(page.getByText(/select an actor|click an actor/i).first()).toBeVisible();
  await page.getByRole('tab', { name: /Actors/ }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
});

/** Opens the page with one part's code unreachable; the part says so in place. */
async function openWithout(page: Page, chunk: string, message: string) {
  await page.route(new RegExp(`/assets/${chunk}-`), (route) => route.abort());
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
}

test('a part whose code cannot be fetched says so, and the rest of the page works', async ({
  page,
}) => {
  await openWithout(page, 'DetailPanel', 'Could not load the details panel');
  // The views still draw and respond: a click selects the actor.
  const node = page.locator('[data-view="network"] [data-actor-id]').first();
  await node.click();
  await expect(node).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('tab', { name: /Events/ }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
});

test("the network's targets that cannot be fetched say so; the picture and the timeline still work", async ({
  page,
}) => {
  await openWithout(page, 'NetworkHitLayer', "Could not load the network's actors and relations");
  await expect(
    page.locator('[data-view="network"] svg.drawing [data-node-id]').first(),
  ).toBeVisible();
  const milestone = page.locator('[data-view="timeline"] [data-hit][data-event-id]').first();
  await milestone.click();
  await expect(milestone).toHaveAttribute('aria-pressed', 'true');
});

test('a filter menu whose values cannot be fetched says so; the other filters still work', async ({
  page,
}) => {
  await page.route(/\/assets\/FacetPanel-/, (route) => route.abort());
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await page.locator('details[data-facet="Domain"] summary').click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Could not load the domain menu' }),
  ).toBeVisible();
  // The period, a menu of its own code, still narrows the picture.
  await page.locator('details[data-facet="Period"] > summary').click();
  const period = page.locator('details[data-facet="Period"]');
  await period.getByLabel('From').fill('2020-01-01');
  await period.getByLabel('To').fill('2020-12-31');
  await period.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('showing')).toContainText('2020');
  await expect(page.getByRole('button', { name: 'Clear all' })).toBeEnabled();
});

test('a network that cannot be laid out says so, and the rest of the page still comes', async ({
  page,
}) => {
  // No worker and no layout code for the page: the layout fails.
  await page.route(/\/assets\/(networkLayout\.worker|layoutInPage)-/, (route) => route.abort());
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(
    page
      .locator('[data-view="network"]')
      .getByRole('alert')
      .filter({ hasText: /layout/i }),
  ).toBeVisible();
  // The timeline's milestones, the details, the tables and the menus load all the same.
  const milestone = page.locator('[data-view="timeline"] [data-hit][data-event-id]').first();
  await milestone.click();
  await expect(milestone).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('tab', { name: /Actors/ }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
});
