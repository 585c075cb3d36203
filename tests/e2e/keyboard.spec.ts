/**
 * Keyboard alone, through a whole briefing flow: filter, select an actor, open its evidence in
 * the article, go back, export, present. Every stop shows where the focus is.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { applyFilters } from '../../src/lib/filters/applyFilters.ts';
import { EMPTY_FILTERS } from '../../src/lib/filters/types.ts';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';

const { dataset } = loadDatasetFromDir(fileURLToPath(new URL('../../seeds', import.meta.url)));

/** Presses Tab until `target` has the focus (at most `max` times), then checks it shows. */
async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      // An outline, or (for a mark in a chart) its drawn ring.
      const ring = await target.evaluate((el) => {
        const s = getComputedStyle(el);
        if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) return true;
        const drawn = el.querySelector('.ring');
        if (!drawn) return false;
        const r = getComputedStyle(drawn);
        return r.stroke !== 'none' && r.visibility !== 'hidden' && parseFloat(r.strokeWidth) >= 2;
      });
      expect(ring, 'the focused control shows a focus ring').toBe(true);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('filter, select, open the evidence, export and present, by keyboard alone', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('[data-view="network"] svg.drawing [data-node-id]')).toHaveCount(
    dataset.actors.length,
  );
  // The views' click and Tab targets follow the picture (lazyParts.ts).
  await expect(page.locator('[data-view="network"] [data-actor-id]').first()).toBeAttached();
  await expect(page.locator('[data-view="timeline"] [data-hit]').first()).toBeAttached();

  // Filter: the Domain menu, Maritime, then close it.
  await tabTo(page, page.locator('details[data-facet="Domain"] > summary'));
  await page.keyboard.press('Enter');
  const maritime = page.getByRole('checkbox', { name: /Maritime/ });
  await tabTo(page, maritime, 10);
  await page.keyboard.press('Space');
  await expect(maritime).toBeChecked();
  await page.keyboard.press('Escape');
  const kept = applyFilters(dataset, { ...EMPTY_FILTERS, domains: ['maritime'] });
  await expect(page.getByRole('tab', { name: /^Actors/ })).toContainText(String(kept.actors.size));

  // Select an actor the filter keeps, and open its first evidence in the article.
  const actor = dataset.actors.find((a) => kept.actors.has(a.id) && a.kind === 'country')!;
  await tabTo(page, page.locator(`[data-view="network"] [data-actor-id="${actor.id}"]`));
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('detail-panel');
  await expect(panel).toContainText(actor.name);
  await tabTo(page, panel.locator('[data-evidence-link]').first(), 60);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reader').locator('[data-reader-target]')).toBeVisible();

  // Back to the views with the tab list.
  await tabTo(page, page.getByRole('tab', { name: /^Sources/ }), 80);
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page.locator('#panel-overview')).toBeVisible();

  // Export the slide as SVG.
  await tabTo(page, page.locator('[data-export="slide"] summary'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.locator('[data-export="slide"]').getByRole('button', { name: /^SVG/ }), 5);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/^tieline-slide-maritime-\d{4}-\d{2}-\d{2}\.svg$/);
  await page.keyboard.press('Escape');

  // Present: P, the clicker's PageDown, Escape.
  await page.keyboard.press('p');
  await expect(page.getByTestId('step-counter')).toHaveText(/^Step 1 \//);
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('step-counter')).toHaveText(/^Step 2 \//);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('step-counter')).toBeHidden();
  // The view from before the briefing is back: still filtered to maritime.
  await expect(page.getByTestId('showing')).toContainText('Maritime');
});
