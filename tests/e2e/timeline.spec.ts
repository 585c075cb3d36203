/**
 * The timeline of milestones against the real seeds. Expected values come from
 * loadDatasetFromDir, never typed by hand. Selectors the view provides:
 * `[data-view="timeline"]` the view; `[data-mark][data-event-id]` a dated event's mark,
 * `[data-chip][data-event-id]` an undated event's chip, `[data-label]` their labels,
 * `[data-hit][data-event-id]` the focusable target over each (role=button, aria-pressed),
 * `[data-tick]` axis ticks, `[data-brush]` the period brush, `[data-period]` the chosen period.
 */
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { describeEvent } from '../../src/lib/layout/timeline/timelineFormat.ts';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url));
const { dataset } = loadDatasetFromDir(seedsDir);
const dated = dataset.events.filter((e) => e.date !== null);
const undated = dataset.events.filter((e) => e.date === null);
const years = dated.map((e) => Number((e.date as string).slice(0, 4)));

let pageErrors: Error[] = [];

test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto('/');
  await expect(page.locator('[data-view="timeline"] svg[role="img"]')).toBeVisible();
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});

const view = (page: Page) => page.locator('[data-view="timeline"]');
const hit = (page: Page, id: string) => view(page).locator(`[data-hit][data-event-id="${id}"]`);
const mark = (page: Page, id: string) => view(page).locator(`[data-mark][data-event-id="${id}"]`);
const tickLabels = (page: Page) => view(page).locator('[data-tick] text').allTextContents();
const opacity = (page: Page, id: string) =>
  mark(page, id).evaluate((el) => Number(getComputedStyle(el).opacity));

test('every dated event has a mark and every undated one a chip', async ({ page }) => {
  const v = view(page);
  await expect(v.locator('[data-mark]')).toHaveCount(dated.length);
  await expect(v.locator('[data-chip]')).toHaveCount(undated.length);
  for (const e of dated) await expect(mark(page, e.id)).toHaveCount(1);
  for (const e of undated) {
    await expect(v.locator(`[data-chip][data-event-id="${e.id}"]`)).toHaveCount(1);
    await expect(mark(page, e.id)).toHaveCount(0);
  }
  for (const e of dataset.events) {
    await expect(hit(page, e.id)).toHaveAttribute('role', 'button');
    await expect(hit(page, e.id)).toHaveAttribute('aria-label', describeEvent(e));
  }
  const planned = dated.filter((e) => e.status === 'planned');
  for (const e of planned) await expect(mark(page, e.id)).toHaveAttribute('data-status', 'planned');
  await expect(v.locator('svg[role="img"]')).toHaveAttribute(
    'aria-label',
    `Timeline of milestones: ${dated.length} dated events from ${Math.min(...years)} to ${Math.max(...years)}, ${undated.length} undated`,
  );
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`labels do not overlap at ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await expect(view(page).locator('[data-mark]')).toHaveCount(dated.length);
    const labels = view(page).locator('[data-label]');
    const boxes = await labels.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          text: el.textContent,
          x: r.x,
          y: r.y,
          w: r.width,
          h: r.height,
          size: Number(el.getAttribute('font-size')),
        };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `"${a.text}" and "${b.text}"`).toBe(false);
      }
    }
    // Projector legibility: labels at least 14px.
    for (const b of boxes) expect(b.size, `"${b.text}"`).toBeGreaterThanOrEqual(14);
  });
}

test('hovering an event dims the others', async ({ page }) => {
  const [first, second] = dated;
  expect(await opacity(page, second.id)).toBe(1);
  await hit(page, first.id).hover();
  await expect.poll(() => opacity(page, second.id)).toBeLessThan(0.5);
  expect(await opacity(page, first.id)).toBe(1);
  await page.mouse.move(1, 1);
  await expect.poll(() => opacity(page, second.id)).toBe(1);
});

test('clicking or pressing Enter selects an event, and again clears it', async ({ page }) => {
  const [first, second] = dated;
  await hit(page, first.id).click();
  await expect(hit(page, first.id)).toHaveAttribute('aria-pressed', 'true');
  await expect(mark(page, first.id)).toHaveAttribute('data-selected', 'true');
  await hit(page, first.id).click();
  await expect(hit(page, first.id)).toHaveAttribute('aria-pressed', 'false');
  await hit(page, second.id).focus();
  await page.keyboard.press('Enter');
  await expect(hit(page, second.id)).toHaveAttribute('aria-pressed', 'true');
  await expect(mark(page, second.id)).toHaveAttribute('data-selected', 'true');
});

test('zooming changes the axis ticks and Reset zoom restores them', async ({ page }) => {
  const before = await tickLabels(page);
  const box = await view(page).locator('svg[role="group"]').boundingBox();
  const lane = await mark(page, dated[0].id).boundingBox();
  if (!box || !lane) throw new Error('timeline not laid out');
  // The zoom and the brush load together, on demand: the brush's overlay says the wheel is heard.
  await expect(view(page).locator('[data-brush] rect.overlay')).toHaveCount(1);
  await page.mouse.move(box.x + box.width / 2, lane.y + lane.height / 2);
  await page.mouse.wheel(0, -600);
  await expect.poll(() => tickLabels(page)).not.toEqual(before);
  await view(page).getByRole('button', { name: 'Reset zoom' }).click();
  await expect.poll(() => tickLabels(page)).toEqual(before);
});

test('brushing the axis sets the period, and Clear period removes it', async ({ page }) => {
  await expect(view(page).locator('[data-period]')).toHaveCount(0);
  const band = await view(page).locator('[data-brush] rect.overlay').boundingBox();
  if (!band) throw new Error('no brush');
  const y = band.y + band.height / 2;
  await page.mouse.move(band.x + band.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(band.x + band.width * 0.5, y, { steps: 5 });
  await page.mouse.move(band.x + band.width * 0.6, y, { steps: 5 });
  await page.mouse.up();
  await expect(view(page).locator('[data-period]')).toHaveText(/^Period: \d{4}( – \d{4})?$/);
  await expect(view(page).locator('[data-period-band]')).toHaveCount(1);
  await view(page).getByRole('button', { name: 'Clear period' }).click();
  await expect(view(page).locator('[data-period]')).toHaveCount(0);
  await expect(view(page).locator('[data-period-band]')).toHaveCount(0);
});
