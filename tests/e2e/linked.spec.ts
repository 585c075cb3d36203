/**
 * The two views are linked: selecting in one lights up the other; the timeline's period narrows
 * the network by the rule in docs/ARCHITECTURE.md. Plus the committed visual baselines.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { formatPeriod } from '../../src/lib/layout/timeline/timelineFormat.ts';
import { applyPeriod } from '../../src/lib/model/period.ts';
import { EVENT_STATUS_LABELS } from '../../src/lib/model/vocabulary.ts';
import { computeHighlight } from '../../src/lib/state/highlight.ts';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';

const { dataset } = loadDatasetFromDir(fileURLToPath(new URL('../../seeds', import.meta.url)));
const network = (page: Page) => page.locator('[data-view="network"]');
const timeline = (page: Page) => page.locator('[data-view="timeline"]');
const markOpacity = (page: Page, id: string) =>
  timeline(page)
    .locator(`[data-mark][data-event-id="${id}"]`)
    .evaluate((el) => Number(getComputedStyle(el).opacity));
const nodeOpacity = (page: Page, id: string) =>
  network(page).locator(`svg.drawing [data-node-id="${id}"]`).getAttribute('opacity');

let pageErrors: Error[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  await page.goto('/');
  await expect(network(page).locator('svg.drawing [data-node-id]')).toHaveCount(
    dataset.actors.length,
  );
  await expect(timeline(page).locator('svg[role="img"]')).toBeVisible();
});
test.afterEach(() => expect(pageErrors, 'uncaught errors in the page').toEqual([]));

test('selecting an actor lights up its events on the timeline', async ({ page }) => {
  const actor = 'galwan-valley';
  const lit = computeHighlight(dataset, { kind: 'actor', id: actor })!;
  const dated = dataset.events.filter((e) => e.date);
  expect(dated.some((e) => lit.events.has(e.id))).toBe(true);
  await network(page).locator(`[data-actor-id="${actor}"]`).click();
  for (const e of dated) {
    await expect.poll(() => markOpacity(page, e.id), e.title).toBe(lit.events.has(e.id) ? 1 : 0.25);
  }
});

test('switching from one actor to another lights up the views in the click, then the details follow', async ({
  page,
}) => {
  const [first, second] = ['india', 'china'];
  const heading = page.getByTestId('detail-panel').getByRole('heading', { level: 2 });
  await network(page).locator(`[data-actor-id="${first}"]`).click();
  await expect(heading).toHaveText(dataset.actors.find((a) => a.id === first)!.name);
  // The code that lights a selection up comes after the first picture (lazyHighlight.svelte.ts):
  // the first selection is lit once it has come, which the panel's own code need not wait for.
  const firstLit = computeHighlight(dataset, { kind: 'actor', id: first })!;
  const outside = dataset.actors.find((a) => !firstLit.actors.has(a.id))!.id;
  await expect.poll(() => nodeOpacity(page, outside)).toBe('0.18');
  const lit = computeHighlight(dataset, { kind: 'actor', id: second })!;
  const dimmed = dataset.actors.find((a) => !lit.actors.has(a.id))!.id;
  // In the click's own task: the views already show the new selection; the panel still the old.
  const atClick = await page.evaluate(
    async ([id, dim]) => {
      const node = (a: string) =>
        document.querySelector(`[data-view="network"] svg.drawing [data-node-id="${a}"]`)!;
      document
        .querySelector(`[data-view="network"] [data-actor-id="${id}"]`)!
        .dispatchEvent(new MouseEvent('click', { bubbles: true }));
      for (let i = 0; i < 3; i++) await Promise.resolve();
      return {
        selected: node(id).getAttribute('opacity'),
        dimmed: node(dim).getAttribute('opacity'),
        heading: document.querySelector('[data-testid="detail-panel"] h2')!.textContent,
      };
    },
    [second, dimmed],
  );
  expect(atClick).toEqual({
    selected: '1',
    dimmed: '0.18',
    heading: dataset.actors.find((a) => a.id === first)!.name,
  });
  await expect(heading).toHaveText(dataset.actors.find((a) => a.id === second)!.name);
});

test('selecting an event lights up its actors in the network and opens its details', async ({
  page,
}) => {
  const event = dataset.events.find((e) => e.kind === 'armed-clash')!;
  await timeline(page).locator(`[data-hit][data-event-id="${event.id}"]`).click();
  // What a selection lights up comes in a chunk after the first picture (lazyHighlight): under
  // load it can arrive after the click, and the actors are lit then.
  for (const a of dataset.actors) {
    await expect
      .poll(() => nodeOpacity(page, a.id), a.id)
      .toBe(event.actors.includes(a.id) ? '1' : '0.18');
  }
  const panel = page.getByTestId('detail-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
  await expect(panel).toContainText(event.dateText ?? '');
  await expect(panel).toContainText(EVENT_STATUS_LABELS[event.status]);
  await expect(panel.locator('.evidence li')).toHaveCount(event.evidence.length);
});

test('a period chosen on the timeline narrows the network to what its evidence supports', async ({
  page,
}) => {
  const band = (await timeline(page).locator('[data-brush] rect.overlay').boundingBox())!;
  const y = band.y + band.height / 2;
  await page.mouse.move(band.x + band.width * 0.05, y);
  await page.mouse.down();
  await page.mouse.move(band.x + band.width * 0.3, y, { steps: 6 });
  await page.mouse.up();
  // The period as the link holds it (the picture says it in words: "2008 – 2012").
  await expect(page).toHaveURL(/from=/);
  const params = new URL(page.url()).searchParams;
  const [from, to] = [params.get('from')!, params.get('to')!];
  const label = await network(page).locator('svg.drawing').getAttribute('aria-label');
  expect(label).toContain(formatPeriod([from, to]));
  const kept = applyPeriod(dataset, [from, to]);
  expect(kept.actors.size).toBeLessThan(dataset.actors.length);
  await expect(network(page).locator('svg.drawing [data-node-id]')).toHaveCount(kept.actors.size);
  await expect(network(page).locator('svg.hits [data-relation-hit]')).toHaveCount(
    kept.relations.size,
  );
  await timeline(page).getByRole('button', { name: 'Clear period' }).click();
  await expect(network(page).locator('svg.drawing [data-node-id]')).toHaveCount(
    dataset.actors.length,
  );
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`looks as reviewed at ${size.width}x${size.height} (visual baseline)`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await expect(page).toHaveScreenshot(`overview-${size.width}x${size.height}.png`, {
      maxDiffPixelRatio: 0.01,
    });
  });
}

test('prefers-reduced-motion turns the dimming transitions off', async ({ page }) => {
  const duration = () =>
    network(page)
      .locator('svg.drawing [data-node-id]')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
  expect(await duration()).toBeGreaterThan(0.1);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration()).toBeLessThan(0.001);
});
