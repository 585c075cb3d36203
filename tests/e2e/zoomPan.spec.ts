/**
 * Zooming and panning the network (zoomGesture.ts): during a gesture the painted drawing moves
 * as a layer together with the hit targets; when it ends, the SVG is drawn at the transform the
 * gesture ended on, which is also the one in the link.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';
import { roundZoom } from '../../src/lib/state/urlState.ts';
import type { Zoom } from '../../src/lib/state/viewState.ts';
import { WHEEL_SETTLE_MS } from '../../src/actions/zoom/zoomGesture.ts';

const { dataset } = loadDatasetFromDir(fileURLToPath(new URL('../../seeds', import.meta.url)));
// The most-mentioned actor: always drawn, near the middle of the layout.
const actor = [...dataset.actors].sort((a, b) => b.mentions.length - a.mentions.length)[0].id;
const network = (page: Page) => page.locator('[data-view="network"]');
const drawing = (page: Page) => network(page).locator('svg.drawing');
const layer = (page: Page) => drawing(page).locator('g[data-zoom-layer]');

let pageErrors: Error[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(drawing(page).locator('[data-node-id]')).toHaveCount(dataset.actors.length);
  // Zooming is wired once the interaction chunk has loaded. A function, not a string: the page's
  // CSP forbids eval, and a string predicate that has to poll is evaluated with it.
  await page.waitForFunction(
    () =>
      (document.querySelector('[data-view="network"] svg.hits') as { __zoom?: unknown } | null)
        ?.__zoom !== undefined,
  );
});
test.afterEach(() => expect(pageErrors, 'uncaught errors in the page').toEqual([]));

/** Centre on screen of the actor's mark in the picture and of its hit target. */
async function centres(page: Page) {
  const centre = async (selector: string) => {
    const b = (await page.locator(selector).boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  return {
    mark: await centre(`[data-view="network"] svg.drawing [data-node-id="${actor}"]`),
    hit: await centre(`[data-view="network"] [data-actor-id="${actor}"] circle.target`),
  };
}

const expectTogether = ({ mark, hit }: Awaited<ReturnType<typeof centres>>) => {
  expect(Math.abs(mark.x - hit.x), 'the mark and its hit target, across').toBeLessThan(1);
  expect(Math.abs(mark.y - hit.y), 'the mark and its hit target, down').toBeLessThan(1);
};

/** d3-zoom's transform on the hit layer: what the user has zoomed to. */
const d3Zoom = (page: Page) =>
  page.evaluate<Zoom>(
    `(({ x, y, k }) => ({ x, y, k }))(document.querySelector('[data-view="network"] svg.hits').__zoom)`,
  );

const linkZoom = (page: Page) => {
  const raw = new URL(page.url()).searchParams.get('zoom');
  if (!raw) return null;
  const [x, y, k] = raw.split(',').map(Number);
  return { x, y, k };
};

/** A point of the plot's background (no actor under it), in page px. */
const background = (page: Page) =>
  page.evaluate<{ x: number; y: number }>(`(() => {
    const hits = document.querySelector('[data-view="network"] svg.hits');
    const r = hits.getBoundingClientRect();
    for (let fy = 0.3; fy < 0.9; fy += 0.05)
      for (let fx = 0.2; fx < 0.8; fx += 0.05) {
        const x = r.left + r.width * fx, y = r.top + r.height * fy;
        if (document.elementFromPoint(x, y) === hits) return { x, y };
      }
    throw new Error('no empty background in the plot');
  })()`);

/** After a gesture: the SVG is drawn at the gesture's transform, and the link says so. */
async function expectCommitted(page: Page) {
  await expect(drawing(page)).not.toHaveAttribute('style', /transform/);
  await expect(network(page).locator('svg.still')).toHaveCount(0);
  const z = await d3Zoom(page);
  const attribute = `translate(${z.x},${z.y}) scale(${z.k})`;
  await expect(layer(page)).toHaveAttribute('transform', attribute);
  await expect(network(page).locator('svg.hits > g')).toHaveAttribute('transform', attribute);
  await expect.poll(() => linkZoom(page)).toEqual(roundZoom(z));
  expectTogether(await centres(page));
  return z;
}

test('a wheel zoom then a drag: the picture follows the gesture and is drawn at its end', async ({
  page,
}) => {
  const legend = drawing(page).locator('#legend');
  const legendBefore = await legend.boundingBox();
  const before = await layer(page).getAttribute('transform');
  const { mark: start } = await centres(page);

  // Wheel towards the actor: it stays under the pointer while everything grows around it.
  await page.mouse.move(start.x + 40, start.y + 20);
  await page.mouse.wheel(0, -300);
  const zoomed = await expectCommitted(page);
  expect(zoomed.k).toBeGreaterThan(1.5);
  expect(await layer(page).getAttribute('transform')).not.toBe(before);

  // Drag the background: while the button is down, the picture moves but is not drawn again
  // and the link waits; the marks and their hit targets move together.
  const from = await background(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 120, from.y + 70, { steps: 6 });
  await expect(drawing(page)).toHaveAttribute('style', /transform/);
  await expect(network(page).locator('svg.still #legend')).toHaveCount(0);
  await expect(network(page).locator('svg.still .legend')).toBeVisible();
  expect(await layer(page).getAttribute('transform')).toBe(
    `translate(${zoomed.x},${zoomed.y}) scale(${zoomed.k})`,
  );
  expect(linkZoom(page)).toEqual(roundZoom(zoomed));
  const moving = await centres(page);
  expectTogether(moving);
  // The legend does not move with the drawing.
  expect(await network(page).locator('svg.still .legend').boundingBox()).toEqual(legendBefore);
  await page.mouse.up();

  const panned = await expectCommitted(page);
  expect(panned.k).toBe(zoomed.k);
  expect(panned.x - zoomed.x).toBeCloseTo(-120, 0);
  expect(panned.y - zoomed.y).toBeCloseTo(70, 0);
  const after = await centres(page);
  expect(after.mark.x).toBeCloseTo(moving.mark.x, 0);
  expect(after.mark.y).toBeCloseTo(moving.mark.y, 0);
  await expect(legend).toBeVisible();
  expect(await legend.boundingBox()).toEqual(legendBefore);

  // The link opens the same view: the actor is where the gesture left it.
  const link = page.url();
  const again = await page.context().newPage();
  await again.setViewportSize({ width: 1920, height: 1080 });
  await again.goto(link);
  await expect(layer(again)).toHaveAttribute('transform', /scale\((?!1\))/);
  const reopened = await centres(again);
  expect(Math.abs(reopened.mark.x - after.mark.x)).toBeLessThan(0.5);
  expect(Math.abs(reopened.mark.y - after.mark.y)).toBeLessThan(0.5);
  await again.close();
});

test('Reset view during a wheel zoom that is still settling wins over it', async ({ page }) => {
  const before = await layer(page).getAttribute('transform');
  // A first zoom enables the button (it is disabled on the whole picture).
  const area = (await drawing(page).boundingBox())!;
  await page.mouse.move(area.x + area.width / 3, area.y + area.height / 2);
  await page.mouse.wheel(0, -200);
  await expectCommitted(page);
  // Another notch, and Reset pressed once d3-zoom has called the wheel idle (150 ms) but before
  // the zoom has settled (WHEEL_SETTLE_MS later): timers fire in the order they are due.
  await page.evaluate(`(async () => {
    const hits = document.querySelector('[data-view="network"] svg.hits');
    const r = hits.getBoundingClientRect();
    hits.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, view: window,
      clientX: r.left + r.width / 3, clientY: r.top + r.height / 2, deltaY: -200 }));
    await new Promise((done) => setTimeout(done, 150 + ${WHEEL_SETTLE_MS} / 2));
    const reset = [...document.querySelectorAll('[data-view="network"] button')]
      .find((b) => b.textContent.trim() === 'Reset view');
    reset.click();
  })()`);
  await expect(layer(page)).toHaveAttribute('transform', before!);
  await expect(drawing(page)).not.toHaveAttribute('style', /transform/);
  // Nothing left to commit later puts the zoom back.
  await page.waitForTimeout(WHEEL_SETTLE_MS * 3);
  await expect(layer(page)).toHaveAttribute('transform', before!);
  expect(linkZoom(page)).toBeNull();
});
