/**
 * The Content-Security-Policy holds: the built page declares one with no inline script and no
 * eval, and using every view under it raises no violation (nothing the app needs is blocked).
 */
import { expect, test } from '@playwright/test';
import { wheelZoomIn } from './networkGestures.ts';
import { watchViolations } from './violations.ts';

test('the built page declares a policy with no inline script and no eval', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'a CSP <meta> in index.html').not.toBeNull();
  const policy = meta![1].replace(/&#39;/g, "'");
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  expect(scripts).toEqual(["'self'"]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|strict-dynamic/);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  // No inline code in the page: every script is a file, or JSON data that never runs.
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
    expect(tag).toMatch(/\bsrc="|type="application\/json"/);
  expect(html).not.toMatch(/\son[a-z]+="/i);
});

test('the preview server sends the policy as a header too', async ({ request }) => {
  const header = (await request.get('/')).headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("frame-ancestors 'none'");
});

test('using the views under the policy raises no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  const network = page.locator('[data-view="network"]');
  const timeline = page.locator('[data-view="timeline"]');
  await expect(network.locator('svg.drawing [data-node-id]').first()).toBeVisible();
  await expect(timeline.locator('svg').first()).toBeVisible();

  // Select, hover, zoom and drag in the network (the worker and the lazy d3 chunk load).
  await network.locator('[data-actor-id="india"]').click();
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await wheelZoomIn(page, network);
  // Brush a period on the timeline.
  const band = (await timeline.locator('[data-brush] rect.overlay').boundingBox())!;
  await page.mouse.move(band.x + band.width * 0.3, band.y + band.height / 2);
  await page.mouse.down();
  await page.mouse.move(band.x + band.width * 0.6, band.y + band.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(timeline.locator('[data-period]')).toBeVisible();
  // Menus and tables.
  for (const menu of ['Domain', 'Saved views']) {
    await page.locator(`details[data-facet="${menu}"] > summary`).click();
    await page.locator(`details[data-facet="${menu}"] > summary`).click();
  }
  for (const tab of ['Actors', 'Relations', 'Events'])
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
  await expect(page.locator('table').first()).toBeVisible();

  expect(await violations()).toEqual([]);
});
