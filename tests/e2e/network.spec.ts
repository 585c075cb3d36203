/**
 * The network of actors in Chromium, against the real seeds (expected values computed from
 * loadDatasetFromDir, never typed by hand).
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';
import { edgeStyle, kindLabel } from '../../src/lib/encoding/marks.ts';
import { unpainted } from './edgeCanvas.ts';

const { dataset } = loadDatasetFromDir(fileURLToPath(new URL('../../seeds', import.meta.url)));
const network = (page: Page) => page.locator('[data-view="network"]');
const drawing = (page: Page) => network(page).locator('svg.drawing');

let pageErrors: Error[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  await page.goto('/');
  await expect(drawing(page).locator('[data-node-id]')).toHaveCount(dataset.actors.length);
});
test.afterEach(() => expect(pageErrors, 'uncaught errors in the page').toEqual([]));

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('draws every actor and every relation, with an accessible name', async ({ page }) => {
  // Every relation can be reached (its target in the hit layer) and is painted under it.
  const hits = network(page).locator('svg.hits [data-relation-hit]');
  await expect(hits).toHaveCount(dataset.relations.length);
  expect(await unpainted(network(page))).toEqual([]);
  await expect(drawing(page)).toHaveAttribute('role', 'img');
  await expect(drawing(page)).toHaveAttribute(
    'aria-label',
    new RegExp(
      `^Network of actors: ${dataset.actors.length} actors and ${dataset.relations.length} relations`,
    ),
  );
  const labels = await drawing(page).locator('[data-label-id]').allTextContents();
  expect(labels.sort()).toEqual(dataset.actors.map((a) => a.name).sort());
});

test('the legend names every actor kind, country colour and relation type shown', async ({
  page,
}) => {
  const legend = await drawing(page).locator('#legend').textContent();
  for (const kind of new Set(dataset.actors.map((a) => a.kind)))
    expect(legend).toContain(kindLabel(kind));
  const affiliations = ['office-held', 'member-of', 'located-in'];
  for (const type of new Set(dataset.relations.map((r) => r.type))) {
    expect(legend).toContain(affiliations.includes(type) ? 'Affiliation' : edgeStyle(type).label);
  }
  for (const country of ['Japan', 'India', 'China']) expect(legend).toContain(country);
  // Japan and India are drawn in different colours.
  const fill = (id: string) => drawing(page).locator(`[data-node-id="${id}"]`).getAttribute('fill');
  expect(await fill('japan')).not.toBe(await fill('india'));
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`no label overlaps another label or a node at ${size.width}x${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.waitForTimeout(300); // relayout after resize
    const labels = await drawing(page)
      .locator('[data-label-id]')
      .evaluateAll((els) =>
        els.map((e) => ({
          id: e.getAttribute('data-label-id'),
          ...e.getBoundingClientRect().toJSON(),
        })),
      );
    const nodes = await drawing(page)
      .locator('[data-node-id]')
      .evaluateAll((els) =>
        els.map((e) => ({
          id: e.getAttribute('data-node-id'),
          ...e.getBoundingClientRect().toJSON(),
        })),
      );
    // Each name sits on its own paper, which keeps the relations crossing it off its letters.
    const chips = await drawing(page)
      .locator('[data-label-id]')
      .evaluateAll((els) =>
        els.map((e) => {
          const chip = e.previousElementSibling;
          return {
            id: e.getAttribute('data-label-id'),
            fill: chip?.localName === 'rect' ? getComputedStyle(chip).fill : 'no paper',
            see: chip ? Number(getComputedStyle(chip).fillOpacity) : 0,
            ...chip?.getBoundingClientRect().toJSON(),
          };
        }),
      );
    expect(labels).toHaveLength(dataset.actors.length);
    for (const l of labels) {
      const c = chips.find((c) => c.id === l.id)!;
      expect(c.fill, `${l.id}'s paper`).toBe('rgb(255, 255, 255)');
      // Mostly opaque, for the name; not wholly, so a relation passing under it reads as one line.
      expect(c.see, `${l.id}'s paper`).toBeGreaterThanOrEqual(0.7);
      expect(c.see, `${l.id}'s paper`).toBeLessThan(1);
      // The glyph box holds the font's full line height; the letters' ink is within it.
      expect(c.x <= l.x && c.x + c.width >= l.x + l.width, `${l.id}'s paper spans it`).toBe(true);
    }
    // Neither the names nor their papers overlap one another or a node.
    for (const boxes of [labels, chips])
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1))
          expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
        for (const n of nodes)
          expect(overlap(a, n), `label ${a.id} overlaps node ${n.id}`).toBe(false);
      }
    const text = await drawing(page)
      .locator('[data-label-id]')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(text).toBeGreaterThanOrEqual(14);
  });
}

test('zoomed in, nothing of the picture shows through the legend', async ({ page }) => {
  // 1920 wide: the legend has its own area right of the plot.
  const legend = drawing(page).locator('#legend');
  await expect(legend).toBeVisible();
  const clip = (await legend.boundingBox())!;
  const still = await page.screenshot({ clip });
  // Zoomed in three times: most of the picture lies right of the plot, under the legend.
  await page.goto('/?zoom=-900,-400,3');
  await expect(drawing(page).locator('[data-node-id]').first()).toBeAttached();
  await page.waitForTimeout(300);
  expect((await page.screenshot({ clip })).equals(still)).toBe(true);
});

test('zoomed in, nothing of the picture shows through the controls strip above the plot', async ({
  page,
}) => {
  // The strip right of its buttons, down to the plot's top, and as wide as the plot.
  const reset = (await network(page).getByRole('button', { name: 'Reset view' }).boundingBox())!;
  const view = (await network(page).boundingBox())!;
  const plot = (await network(page).locator('svg.hits').boundingBox())!;
  const clip = {
    x: reset.x + reset.width + 8,
    y: view.y + 1,
    width: plot.x + plot.width - (reset.x + reset.width + 8),
    height: plot.y - view.y - 1,
  };
  const still = await page.screenshot({ clip });
  // Zoomed in three times around the middle: actors above it are drawn up in the strip.
  await page.goto('/?zoom=-1200,-400,3');
  await expect(drawing(page).locator('[data-node-id]').first()).toBeAttached();
  await page.waitForTimeout(300);
  expect((await page.screenshot({ clip })).equals(still)).toBe(true);
});

test('hovering an actor dims everything but its neighbourhood', async ({ page }) => {
  const opacity = (id: string) =>
    drawing(page).locator(`[data-node-id="${id}"]`).getAttribute('opacity');
  expect(await opacity('ukraine')).toBe('1');
  await network(page).locator('[data-actor-id="senkaku-islands"]').hover();
  await expect(drawing(page).locator('[data-node-id="ukraine"]')).not.toHaveAttribute(
    'opacity',
    '1',
  );
  expect(await opacity('chinese-coast-guard')).toBe('1');
});

test('click opens the detail panel with role, relations, events and evidence; Escape closes it', async ({
  page,
}) => {
  const actor = dataset.actors.find((a) => a.id === 'yoko-kamikawa')!;
  await network(page).locator(`[data-actor-id="${actor.id}"]`).click();
  const panel = page.getByTestId('detail-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(actor.name);
  await expect(panel).toContainText(actor.role!);
  await expect(panel.locator('.evidence li')).toHaveCount(actor.mentions.length);
  await expect(panel.locator('mark').first()).toHaveText(actor.mentions[0].quote);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('keyboard: Tab reaches actors, Enter opens details, Escape closes', async ({ page }) => {
  const first = network(page).locator('[data-actor-id]').first();
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('Tab');
  const second = network(page).locator('[data-actor-id]').nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press('Enter');
  const name = (await second.getAttribute('aria-label'))!.split(',')[0];
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText(
    name,
  );
  await expect(second).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('detail-panel')).toHaveCount(0);
});

test('dragging a node moves it; zoom changes the scale; Reset view restores both', async ({
  page,
}) => {
  const node = drawing(page).locator('[data-node-id="ukraine"]');
  const before = await node.getAttribute('transform');
  const hit = network(page).locator('[data-actor-id="ukraine"] circle.target');
  const box = (await hit.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.up();
  expect(await node.getAttribute('transform')).not.toBe(before);

  const layer = drawing(page).locator('g[data-zoom-layer]');
  const area = (await network(page).boundingBox())!;
  await page.mouse.move(area.x + area.width / 3, area.y + area.height / 2);
  await page.mouse.wheel(0, -400);
  await expect(layer).toHaveAttribute('transform', /scale\((?!1\))/);
  await network(page).getByRole('button', { name: 'Reset view' }).click();
  await expect(layer).toHaveAttribute('transform', 'translate(0,0) scale(1)');
  expect(await node.getAttribute('transform')).toBe(before);
});

/** The nodes' places, once the latest layout from the worker is drawn and holds for half a second. */
async function settledLayout(page: Page, unlike = ''): Promise<string> {
  const where = () =>
    drawing(page)
      .locator('[data-node-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('transform')).join(' '));
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await where();
        const held = now === last && now !== unlike;
        last = now;
        return held;
      },
      { intervals: [500] },
    )
    .toBe(true);
  return last;
}

/** Each drawn actor's centre, by id, from its mark's translate(). */
const centres = (page: Page) =>
  drawing(page)
    .locator('[data-node-id]')
    .evaluateAll((els) =>
      els.map((e) => {
        const [x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(e.getAttribute('transform')!)!;
        return { id: e.getAttribute('data-node-id')!, x: Number(x), y: Number(y) };
      }),
    );

test('opening the details panel beside the network keeps its picture, and closing it brings it back', async ({
  page,
}) => {
  // Below 1600 px the panel takes a column from the views when it opens.
  await page.setViewportSize({ width: 1280, height: 720 });
  const wide = await settledLayout(page);
  const before = new Map((await centres(page)).map((c) => [c.id, c]));
  await network(page).locator('[data-actor-id="japan"]').click();
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText(
    'Japan',
  );
  const narrow = await settledLayout(page, wide);
  const after = await centres(page);
  expect(after).toHaveLength(before.size);
  // No actor changes sides with another it stood clearly apart from: the picture narrows, it
  // is not laid out afresh.
  const swapped: string[] = [];
  for (const [i, a] of after.entries())
    for (const b of after.slice(i + 1)) {
      const [a0, b0] = [before.get(a.id)!, before.get(b.id)!];
      if (Math.abs(a0.x - b0.x) > 40 && Math.sign(a0.x - b0.x) !== Math.sign(a.x - b.x))
        swapped.push(`${a.id} and ${b.id} left/right`);
      if (Math.abs(a0.y - b0.y) > 40 && Math.sign(a0.y - b0.y) !== Math.sign(a.y - b.y))
        swapped.push(`${a.id} and ${b.id} above/below`);
    }
  expect(swapped).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('detail-panel')).toHaveCount(0);
  expect(await settledLayout(page, narrow)).toBe(wide);
});

test('at 1024x768 with an actor selected, the labels of what it lights up overlap no other label', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const wide = await settledLayout(page);
  await network(page).locator('[data-actor-id="japan"]').click();
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText(
    'Japan',
  );
  // The open panel narrows the network, whose new layout comes back from the worker.
  await settledLayout(page, wide);
  const labels = await drawing(page)
    .locator('[data-label-id]')
    .evaluateAll((els) =>
      els.map((e) => ({
        id: e.getAttribute('data-label-id')!,
        text: e.textContent ?? '',
        ...e.getBoundingClientRect().toJSON(),
      })),
    );
  // The selected actor's own label is always there, whole.
  expect(labels.find((l) => l.id === 'japan')?.text).toBe('Japan');
  // Its neighbours are labelled where they fit: more than the selected actor alone.
  const lit = new Set(
    dataset.relations
      .filter((r) => r.source === 'japan' || r.target === 'japan')
      .flatMap((r) => [r.source, r.target]),
  );
  expect(labels.filter((l) => lit.has(l.id)).length).toBeGreaterThan(3);
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1))
      expect(overlap(a, b), `"${a.text}" overlaps "${b.text}"`).toBe(false);
});
