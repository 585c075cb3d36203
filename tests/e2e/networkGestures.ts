/**
 * Gestures on the network shared by the browser tests: zoom in with the wheel over the plot,
 * and see the drawing take the new scale.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Wheels in over the left third of the network and waits for the drawing to be zoomed. */
export async function wheelZoomIn(page: Page, network: Locator): Promise<void> {
  const area = (await network.boundingBox())!;
  await page.mouse.move(area.x + area.width / 3, area.y + area.height / 2);
  await page.mouse.wheel(0, -300);
  await expect(network.locator('svg.drawing g[data-zoom-layer]')).toHaveAttribute(
    'transform',
    /scale\((?!1\))/,
  );
}
