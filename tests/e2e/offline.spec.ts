/**
 * The single offline file: opened straight from disk (file://) with every network request
 * refused, both views draw from the data inside it, interactions work, and its own
 * Content-Security-Policy (inline code allowed by hash) raises no violation.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { wheelZoomIn } from './networkGestures.ts';
import { watchViolations } from './violations.ts';

const file = fileURLToPath(new URL('../../dist/tieline-offline.html', import.meta.url));

test('its policy allows inline code by hash only', () => {
  const html = readFileSync(file, 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|'self'|https?:/);
  // Nothing left to fetch: no src= or href= on an element pointing at a file (the inlined
  // code may well hold templates with links in the page, like "?tab=sources").
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/g, '$1$3');
  expect(markup).toMatch(/<script\b/);
  expect(markup).not.toMatch(/\s(?:src|href)="(?!data:)[^"]*"/);
});

test('works from disk with no network: both views draw and respond', async ({ page, context }) => {
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await context.setOffline(true);
  const violations = await watchViolations(page);
  await page.goto(`file://${file}`);

  const network = page.locator('[data-view="network"]');
  const timeline = page.locator('[data-view="timeline"]');
  const data = JSON.parse((await page.locator('#tieline-dataset').textContent()) ?? '{}') as {
    actors: unknown[];
    events: { date: unknown }[];
  };
  expect(data.actors.length).toBeGreaterThan(0);
  await expect(network.locator('svg.drawing [data-node-id]')).toHaveCount(data.actors.length);
  await expect(timeline.locator('svg').first()).toBeVisible();
  await expect(timeline.locator('[data-event-id]').first()).toBeVisible();

  await network.locator('[data-actor-id="india"]').click();
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  await wheelZoomIn(page, network);

  // Export works from disk too: an SVG of the network and a PNG of the slide.
  for (const [scope, item, type] of [
    ['network', /^SVG/, '.svg'],
    ['slide', /^PNG 2x/, '@2x.png'],
  ] as const) {
    await page.locator(`[data-export="${scope}"] summary`).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-export="${scope}"]`).getByRole('button', { name: item }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^tieline-${scope}-.*${type.replace('.', '\\.')}$`),
    );
    const bytes = readFileSync((await file.path())!);
    expect(bytes.length).toBeGreaterThan(1000);
  }

  expect(await violations()).toEqual([]);
  expect(requests).toEqual([]);
});

test('from disk, "Add an article…" is disabled up front with the reason, and nothing is lost', async ({
  page,
}) => {
  await page.goto(`file://${file}`);
  const actors = page.getByTestId('count-actors');
  await expect(actors).not.toHaveText('0');
  const before = await actors.textContent();
  await page.getByRole('tab', { name: /^Sources/ }).click();
  const add = page.getByRole('button', { name: 'Add an article…' });
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription(/needs the served app/);
  await expect(page.getByTestId('add-needs-server')).toBeVisible();
  await expect(actors).toHaveText(before!);
});
