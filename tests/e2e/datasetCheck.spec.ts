/**
 * A page whose embedded dataset was changed after the build still draws, then says what is
 * wrong with it: the full check (embeddedDataset.ts) runs once both views are drawn, in a worker
 * of its own, or on the page where no worker can start.
 */
import { expect, test, type Page } from '@playwright/test';

/** Serves the page with `from` in its embedded dataset changed to `to`. */
async function tamperedPage(page: Page, from: string, to: string) {
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const changed = html.replace(from, to);
      expect(changed).not.toBe(html);
      await route.fulfill({ response, body: changed });
    },
  );
}

/** The first article's word count made negative: nothing drawn reads it. */
const NEGATIVE_WORDS = ['"words":', '"words":-'] as const;
const warning = /does not fit the schema: invalid dataset at documents\.0\.words/;
const drawn = (page: Page) =>
  expect(page.locator('[data-view="network"] svg.drawing [data-node-id]').first()).toBeVisible();

test('a changed dataset is drawn, then named in a notice by the check in its worker', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await tamperedPage(page, ...NEGATIVE_WORDS);
  await page.goto('/');
  await drawn(page);
  await expect(page.getByTestId('notices')).toContainText(warning);
  expect(workers.some((url) => /datasetCheck\.worker/.test(url))).toBe(true);
});

test('where no worker can start, the page checks the dataset itself and says the same', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // A browser (or a policy) with no workers: the layout and the check both run on the page.
    Object.defineProperty(window, 'Worker', { value: undefined });
  });
  await tamperedPage(page, ...NEGATIVE_WORDS);
  await page.goto('/');
  await drawn(page);
  await expect(page.getByTestId('notices')).toContainText(warning);
});

test('an actor kind the page cannot draw is named in a notice, though no picture comes', async ({
  page,
}) => {
  await tamperedPage(page, '"kind":"country"', '"kind":"planet"');
  await page.goto('/');
  await expect(page.getByTestId('notices')).toContainText(
    /does not fit the schema: invalid dataset at actors\.0\.kind/,
  );
});

test('an unchanged dataset passes its check: no notice', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-view="timeline"] [data-hit]').first()).toBeAttached();
  // The check's answer comes within a moment of the first picture.
  await page.waitForTimeout(500);
  await expect(page.getByTestId('notices')).toHaveCount(0);
});
