/**
 * The views at corpus scale: the 30 articles of tests/eval/articles, built into their own app
 * (the `corpus` project in playwright.config.ts), at the three projector sizes. Expectations come
 * from running the same extractor over the same folder, never from typed-in output.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { applyFilters } from '../../src/lib/filters/applyFilters.ts';
import { EMPTY_FILTERS } from '../../src/lib/filters/types.ts';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';

const { dataset } = loadDatasetFromDir(fileURLToPath(new URL('../eval/articles', import.meta.url)));
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];
const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));
const eventTitle = new Map(dataset.events.map((e) => [e.id, e.title]));
const countryOf = new Map(dataset.actors.map((a) => [a.id, a.country]));

type Box = { x: number; y: number; width: number; height: number; text: string; id: string };

/** Each visible text's box (page px) under `selector`, with its id attribute. */
function boxes(page: Page, selector: string, idAttr: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll(
    (els, attr) =>
      els
        .filter((e) => getComputedStyle(e).visibility !== 'hidden')
        .map((e) => {
          const r = e.getBoundingClientRect();
          const id = e.getAttribute(attr) ?? e.closest(`[${attr}]`)?.getAttribute(attr) ?? '';
          return {
            x: r.x,
            y: r.y,
            width: r.width,
            height: r.height,
            text: e.textContent ?? '',
            id,
          };
        })
        .filter((b) => b.width > 0 && b.text.trim() !== ''),
    idAttr,
  );
}

const overlap = (a: Box, b: Box) =>
  a.x + 1 < b.x + b.width &&
  b.x + 1 < a.x + a.width &&
  a.y + 1 < b.y + b.height &&
  b.y + 1 < a.y + a.height;

/** Every pair of boxes that overlap, named (one expect: thousands of them took a minute). */
function overlapping(list: Box[]): string[] {
  return list.flatMap((a, i) =>
    list
      .slice(i + 1)
      .filter((b) => overlap(a, b))
      .map((b) => `${a.text} / ${b.text}`),
  );
}

/** A label is the whole text, or whole words of it and an ellipsis. */
function wholeWords(label: string, full: string): boolean {
  if (label === full) return true;
  if (!label.endsWith('…')) return false;
  const kept = label.slice(0, -1);
  return full.startsWith(kept) && /^[\s,;:–—-]/.test(full.slice(kept.length));
}

async function inside(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
    });
}

let pageErrors: Error[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e));
});
test.afterEach(() => expect(pageErrors, 'uncaught errors in the page').toEqual([]));

async function open(page: Page, size: { width: number; height: number }, query = '') {
  await page.setViewportSize(size);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/${query}`);
  await expect(
    page.locator('[data-view="network"] svg.drawing [data-node-id]').first(),
  ).toBeVisible();
  await expect(page.locator('[data-view="timeline"] [data-mark]').first()).toBeAttached();
  // The actors' and relations' targets follow the picture (lazyParts.ts).
  await expect(page.locator('[data-view="network"] [data-actor-id]').first()).toBeAttached();
}

for (const size of SIZES) {
  const at = `${size.width}x${size.height}`;

  test(`${at}: network labels are whole names, inside the plot, none over another`, async ({
    page,
  }) => {
    await open(page, size);
    const labels = await boxes(
      page,
      '[data-view="network"] svg.drawing [data-label-id]',
      'data-label-id',
    );
    expect(labels.length).toBeGreaterThan(10);
    const plot = await inside(page, '[data-view="network"] svg.hits');
    for (const l of labels) {
      expect(l.text, 'a label is the actor\u2019s whole name').toBe(actorName.get(l.id));
      // Not cut by the frame: "Narendra Mo" was a label running off the edge.
      expect(l.x).toBeGreaterThanOrEqual(plot.x - 1);
      expect(l.x + l.width).toBeLessThanOrEqual(plot.right + 1);
    }
    expect(overlapping(labels)).toEqual([]);
  });

  test(`${at}: the legend is whole, in its own area or a button away`, async ({ page }) => {
    await open(page, size);
    // A legend that would take more than a third of the view folds behind a button (the
    // corpus's 29 rows need three columns in a 720 px tall window); opened, it is whole.
    const toggle = page.locator('[data-view="network"]').getByRole('button', { name: 'Legend' });
    const folded = (await toggle.count()) > 0;
    if (folded) await toggle.click();
    const view = await inside(page, '[data-view="network"]');
    const plot = await inside(page, '[data-view="network"] svg.hits');
    const rows = await boxes(page, '[data-view="network"] svg.drawing .legend text', 'data-none');
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      expect(r.y + r.height, `${r.text} is cut off`).toBeLessThanOrEqual(view.bottom + 1);
      expect(r.x + r.width, `${r.text} is cut off`).toBeLessThanOrEqual(view.right + 1);
      if (!folded) expect(r.x, `${r.text} is over the plot`).toBeGreaterThanOrEqual(plot.right - 1);
    }
  });

  test(`${at}: timeline labels are whole words, none over another; every lane and the undated strip can be reached`, async ({
    page,
  }) => {
    await open(page, size);
    const labels = await boxes(page, '[data-view="timeline"] [data-label]', 'data-event-id');
    expect(labels.length).toBeGreaterThan(10);
    for (const l of labels)
      expect(wholeWords(l.text, eventTitle.get(l.id) ?? ''), `"${l.text}"`).toBe(true);
    expect(overlapping(labels)).toEqual([]);
    const view = page.locator('[data-view="timeline"]');
    const lanes = page.locator('[data-view="timeline"] [data-lane] text');
    expect(await lanes.count()).toBeGreaterThan(1);
    for (const lane of [
      ...(await lanes.all()),
      page.locator('[data-view="timeline"] [data-chip]').last(),
    ]) {
      await lane.scrollIntoViewIfNeeded();
      const v = (await view.boundingBox())!;
      const b = (await lane.boundingBox())!;
      expect(b.y).toBeGreaterThanOrEqual(v.y - 1);
      expect(b.y + b.height).toBeLessThanOrEqual(v.y + v.height + 1);
    }
  });

  test(`${at}: every milestone drawn carries a label a briefer can read`, async ({ page }) => {
    await open(page, size);
    // A title led by a pair wider than the label's cap ("Greece–Turkey coercion") was drawn as
    // a bare mark at 1024x768.
    const bare = await page
      .locator('[data-view="timeline"] [data-mark]')
      .evaluateAll((marks) =>
        marks
          .filter((m) => !m.querySelector('[data-label]'))
          .map((m) => m.getAttribute('data-event-id')),
      );
    expect(bare).toEqual([]);
  });

  test(`${at}: milestone labels use the room their row leaves them, over no mark`, async ({
    page,
  }) => {
    await open(page, size);
    // Past 80 milestones every label was capped at a tenth of the plot: "Ankara sent the…" with
    // half its row empty. Median characters shown before: 15, 14, 10 (1920, 1280, 1024).
    const least = { 1920: 20, 1280: 18, 1024: 14 }[size.width]!;
    const labels = await boxes(page, '[data-view="timeline"] [data-label]', 'data-event-id');
    const shown = labels.map((l) => l.text.replace(/…$/, '').length).sort((a, b) => a - b);
    expect(shown[shown.length >> 1]).toBeGreaterThanOrEqual(least);
    // No label over another milestone's point, span, line or arrow.
    const shapes = await page
      .locator('[data-view="timeline"] [data-mark] :is(.shape, .tail)')
      .evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          const id = e.closest('[data-event-id]')?.getAttribute('data-event-id') ?? '';
          return { x: r.x, y: r.y, width: r.width, height: r.height, text: id, id };
        }),
      );
    const over = labels.flatMap((l) =>
      shapes.filter((m) => m.id !== l.id && overlap(l, m)).map((m) => `${l.text} / ${m.id}`),
    );
    expect(over).toEqual([]);
  });

  test(`${at}: a shortened milestone label shows its whole title while focused or hovered`, async ({
    page,
  }) => {
    await open(page, size);
    const view = page.locator('[data-view="timeline"]');
    const cut = view
      .locator('[data-mark]')
      .filter({ has: page.locator('[data-label]', { hasText: '…' }) });
    const id = (await cut.first().getAttribute('data-event-id'))!;
    const callout = view.locator('[data-callout]');
    await expect(callout).toHaveCount(0);
    // By keyboard: the focus ring alone does not say what the milestone is.
    await view.locator(`[data-hit][data-event-id="${id}"]`).focus();
    await expect(callout).toHaveText(eventTitle.get(id)!);
    const v = (await view.boundingBox())!;
    const c = (await callout.boundingBox())!;
    expect(c.x).toBeGreaterThanOrEqual(v.x - 1);
    expect(c.x + c.width).toBeLessThanOrEqual(v.x + v.width + 1);
    await view.locator(`[data-hit][data-event-id="${id}"]`).blur();
    await expect(callout).toHaveCount(0);
    // By pointer, the same.
    await view.locator(`[data-hit][data-event-id="${id}"] rect.hit`).hover({ force: true });
    await expect(callout).toHaveText(eventTitle.get(id)!);
  });

  test(`${at}: a relation's details open by mouse and by keyboard, beside the views`, async ({
    page,
  }) => {
    await open(page, size);
    const panel = page.getByTestId('detail-panel');
    // Mouse first, on the network as first drawn: a point on an edge that no node covers (an
    // open panel narrows the network, and its layout comes back from the worker a moment later).
    const point = await page
      .locator('[data-view="network"] [data-relation-hit]')
      .evaluateAll((paths) => {
        for (const path of paths as SVGPathElement[]) {
          const len = path.getTotalLength();
          for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
            const q = path.getPointAtLength(len * t);
            const m = path.getScreenCTM()!;
            const x = q.x * m.a + q.y * m.c + m.e;
            const y = q.x * m.b + q.y * m.d + m.f;
            if (document.elementFromPoint(x, y) === path)
              return { x, y, id: path.getAttribute('data-relation-hit')! };
          }
        }
        return null;
      });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    const clicked = dataset.relations.find((r) => r.id === point!.id)!;
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(
      actorName.get(clicked.target)!,
    );
    await expect(panel.locator('[data-evidence-article]')).toHaveCount(
      new Set(clicked.evidence.map((e) => e.doc)).size,
    );
    await page.keyboard.press('Escape');
    // Keyboard: Tab reaches the relations after the actors; Enter opens one.
    const hit = page.locator('[data-view="network"] [data-relation-hit]').first();
    const id = (await hit.getAttribute('data-relation-hit'))!;
    const relation = dataset.relations.find((r) => r.id === id)!;
    await hit.focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(
      actorName.get(relation.source)!,
    );
    await expect(panel.locator('blockquote')).toHaveCount(relation.evidence.length);
    // The panel never covers the network: the views are pushed aside.
    const p = (await panel.boundingBox())!;
    const n = (await page.locator('[data-view="network"]').boundingBox())!;
    expect(n.x + n.width).toBeLessThanOrEqual(p.x + 1);
  });
}

/** The corpus at 1024x768 with Japan selected and its details open; the network view. */
async function openJapanAt1024(page: Page) {
  const japan = dataset.actors.find((a) => a.name === 'Japan')!;
  await open(page, SIZES[2], `?sel=actor:${japan.id}`);
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  return page.locator('[data-view="network"]');
}

test('1280x720: a network exported with its legend folded has the legend beside the picture, over no actor', async ({
  page,
}) => {
  await open(page, SIZES[1]);
  // Folded behind a button at this size, the legend is drawn over the plot while the Export
  // menu is open; the file put that card over the actors in the picture's top right.
  await expect(
    page.locator('[data-view="network"]').getByRole('button', { name: 'Legend' }),
  ).toBeVisible();
  const menu = page.locator('[data-export="network"]');
  await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'SVG' }).click(),
  ]);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await page.setContent(readFileSync(path, 'utf8'));
  const legend = (await page.locator('svg #legend').boundingBox())!;
  expect(await page.locator('svg #legend text').count()).toBeGreaterThan(10);
  const nodes = await page
    .locator('svg #nodes path')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  expect(nodes.length).toBeGreaterThan(20);
  const under = nodes.filter(
    (n) =>
      n.right > legend.x &&
      n.left < legend.x + legend.width &&
      n.bottom > legend.y &&
      n.top < legend.y + legend.height,
  );
  expect(under, 'actors under the legend').toEqual([]);
  const svg = (await page.locator('svg').first().boundingBox())!;
  expect(legend.x + legend.width, 'legend cut off').toBeLessThanOrEqual(svg.x + svg.width + 1);
});

test('1024x768 with the details open: the plot keeps most of the network panel, the legend a button away', async ({
  page,
}) => {
  const view = await openJapanAt1024(page);
  // The legend took half the width: a plot of about 290x170 px in a 630x270 panel.
  await expect
    .poll(async () => {
      const v = (await view.boundingBox())!;
      const p = (await view.locator('svg.hits').boundingBox())!;
      return (p.width * p.height) / (v.width * v.height);
    })
    .toBeGreaterThanOrEqual(0.6);
  // The legend is still there, by keyboard too: a button that says whether it is shown.
  const toggle = view.getByRole('button', { name: 'Legend' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const closedLook = await toggle.evaluate((el) => getComputedStyle(el).backgroundColor);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // Open looks open: a briefer sees at a glance that the button shows the legend.
  await expect
    .poll(() => toggle.evaluate((el) => getComputedStyle(el).backgroundColor))
    .not.toBe(closedLook);
  const rows = view.locator('svg.drawing .legend text');
  expect(await rows.count()).toBeGreaterThan(10);
  const v = (await view.boundingBox())!;
  for (const r of await rows.all()) {
    const b = (await r.boundingBox())!;
    expect(b.x + b.width, 'legend row cut off').toBeLessThanOrEqual(v.x + v.width + 1);
    expect(b.y + b.height, 'legend row cut off').toBeLessThanOrEqual(v.y + v.height + 1);
  }
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(rows).toHaveCount(0);
});

test('1024x768 with the details open: the network toolbar reads whole, each button on one line', async ({
  page,
}) => {
  const view = await openJapanAt1024(page);
  // "Reset view" wrapped onto two lines and the note was cut to "150 most-mentioned act…".
  const reset = view.getByRole('button', { name: 'Reset view' });
  const lines = await reset.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
  const note = view.getByRole('note');
  await expect(note).toContainText('more in the Actors tab');
  const cut = await note.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(cut, 'the note is cut off').toBe(false);
  const v = (await view.boundingBox())!;
  const n = (await note.boundingBox())!;
  expect(n.x + n.width).toBeLessThanOrEqual(v.x + v.width + 1);
});

test('Country means involving: every relation drawn has an end in it, and the switch keeps only those between', async ({
  page,
}) => {
  // The country with the most relations, and the one it relates to most.
  const tally = new Map<string, number>();
  for (const r of dataset.relations)
    for (const c of new Set([countryOf.get(r.source), countryOf.get(r.target)]))
      if (c) tally.set(c, (tally.get(c) ?? 0) + 1);
  const [country] = [...tally].sort((a, b) => b[1] - a[1])[0];
  await open(page, SIZES[0], `?country=${country}`);
  const edges = page.locator('[data-view="network"] svg.hits [data-relation-hit]');
  const drawn = await edges.evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-relation-hit')!),
  );
  const involving = applyFilters(dataset, { ...EMPTY_FILTERS, countries: [country] });
  expect(drawn.length).toBeGreaterThan(0);
  for (const id of drawn) {
    expect(involving.relations.has(id)).toBe(true);
    const r = dataset.relations.find((x) => x.id === id)!;
    expect([countryOf.get(r.source), countryOf.get(r.target)]).toContain(country);
  }
  // The other side is drawn too: some relation joins the country to another one.
  expect(
    drawn.some((id) => {
      const r = dataset.relations.find((x) => x.id === id)!;
      return countryOf.get(r.source) !== countryOf.get(r.target);
    }),
  ).toBe(true);
  await page.locator('details[data-facet="Country"] > summary').click();
  await page.getByLabel('Between the chosen countries only').check();
  await expect(page).toHaveURL(/between=1/);
  await expect
    .poll(async () =>
      (
        await edges.evaluateAll((els) => els.map((e) => e.getAttribute('data-relation-hit')!))
      ).every((id) => {
        const r = dataset.relations.find((x) => x.id === id)!;
        return countryOf.get(r.source) === country && countryOf.get(r.target) === country;
      }),
    )
    .toBe(true);
});

for (const size of SIZES) {
  const at = `${size.width}x${size.height}`;
  test(`the corpus looks as reviewed at ${at} (visual baseline)`, async ({ page }) => {
    await open(page, size);
    await page.waitForTimeout(300);
    await expect(page).toHaveScreenshot(`corpus-${at}.png`, { maxDiffPixelRatio: 0.01 });
  });
}

test('briefing the corpus: stepping lights actors and never moves one, caption or not', async ({
  page,
}) => {
  await open(page, { width: 1280, height: 720 });
  await page.keyboard.press('p');
  const stage = page.getByTestId('briefing');
  const nodes = stage.locator('[data-view="stage-network"] [data-node-id]');
  await expect(nodes.first()).toBeVisible();
  const where = async () =>
    new Map(
      await nodes.evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-node-id')!, e.getAttribute('transform')!] as const),
      ),
    );
  const first = await where();
  const counter = page.getByTestId('step-counter');
  const total = Number((await counter.textContent())!.match(/\/\s*(\d+)/)![1]);
  let captioned = 0;
  for (let i = 2; i <= Math.min(total, 30); i++) {
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(new RegExp(`^Step ${i} /`));
    // Two frames: the picture's size, and a layout that follows it, have settled.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    if (await stage.getByTestId('stage-missing').count()) captioned++;
    const now = await where();
    const moved = [...now].filter(([id, at]) => first.has(id) && first.get(id) !== at);
    expect(
      moved.map(([id]) => id),
      `step ${i}: actors that moved`,
    ).toEqual([]);
  }
  // The corpus's steps name actors the stage has no room for: the caption comes and goes.
  expect(captioned, 'steps with a caption under the picture').toBeGreaterThan(0);
});
