/**
 * Briefing mode in Chromium at both screen sizes: entering, every key, blanking and leaving; at
 * every step the lit actors and milestone are the step's (from the dataset); projector type and
 * contrast measured from the DOM in both themes; the presenter window in sync both ways; the
 * step in the link; custom briefs; visual baselines of three steps.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { buildDefaultSteps } from '../../src/lib/briefing/buildSteps.ts';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';
import { computeHighlight } from '../../src/lib/state/selection.ts';
import { contrastRatio, parseColor, type Rgba } from './colorContrast.ts';

const { dataset } = loadDatasetFromDir(fileURLToPath(new URL('../../seeds', import.meta.url)));
const steps = buildDefaultSteps(dataset);
const N = steps.length;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

const stage = (page: Page) => page.getByTestId('briefing');

let pageErrors: Error[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e));
});
test.afterEach(() => expect(pageErrors, 'uncaught errors in the page').toEqual([]));

async function openDashboard(page: Page) {
  await page.goto('/');
  await expect(page.locator('[data-view="network"] svg.drawing [data-node-id]')).toHaveCount(
    dataset.actors.length,
  );
}

/** The step shown is step i: counter, card, link, and what the two views light up. */
async function expectStep(page: Page, i: number, url = true) {
  const step = steps[i];
  await expect(page.getByTestId('step-counter')).toHaveText(`Step ${i + 1} / ${N}`);
  await expect(page.getByTestId('step-card').getByRole('heading')).toHaveText(step.title);
  // A junk step in the link stays there until the first move.
  if (url) await expect(page).toHaveURL(new RegExp(`[?&]step=${i + 1}(&|$)`));
  const lit = computeHighlight(dataset, { kind: 'event', id: step.event! })!;
  const network = stage(page).locator('[data-view="network"] svg.drawing');
  await expect
    .poll(() =>
      network
        .locator('[data-node-id][opacity="1"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')).sort()),
    )
    .toEqual([...lit.actors].sort());
  const litMarks = stage(page).locator('[data-view="timeline"] svg.chart .lit');
  await expect
    .poll(() => litMarks.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id'))))
    .toEqual([step.event]);
}

for (const size of SIZES) {
  test(`P enters, each key steps, B and . blank, Escape leaves (${size.width}x${size.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openDashboard(page);
    await page.keyboard.press('p');
    await expect(stage(page)).toBeVisible();
    // The app's chrome is gone: no header, filters or tabs.
    await expect(page.locator('.page')).toBeHidden();
    await expect(page.getByRole('banner').filter({ hasText: 'Tieline' })).toBeHidden();
    let at = 0;
    await expectStep(page, at);
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter']) {
      await page.keyboard.press(key);
      await expectStep(page, ++at);
    }
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) {
      await page.keyboard.press(key);
      await expectStep(page, --at);
    }
    await page.keyboard.press('End');
    await expectStep(page, N - 1);
    await page.keyboard.press('PageDown'); // past the end: stays
    await expectStep(page, N - 1);
    await page.keyboard.press('Home');
    await expectStep(page, 0);
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      await expect(page.getByTestId('blank')).toBeVisible();
      const box = await page.getByTestId('blank').boundingBox();
      expect(box).toEqual({ x: 0, y: 0, ...size });
      await page.keyboard.press(key);
      await expect(page.getByTestId('blank')).toHaveCount(0);
      await expectStep(page, 0);
    }
    await page.keyboard.press('Escape');
    await expect(stage(page)).toHaveCount(0);
    await expect(page.locator('.page')).toBeVisible();
    await expect(page).not.toHaveURL(/step=/);
    // The view from before the briefing is back: nothing selected.
    await expect(page.getByTestId('detail-panel')).toBeHidden();
  });
}

test('the Present control starts at step 1; at every step the lit actors and milestone match the step (clicker)', async ({
  page,
}) => {
  await openDashboard(page);
  await page.locator('details[data-facet="Present"] > summary').click();
  await page.getByRole('button', { name: 'Start briefing (P)' }).click();
  for (let i = 0; i < N; i++) {
    await expectStep(page, i);
    const card = page.getByTestId('step-card');
    const step = steps[i];
    if (step.date) await expect(card.getByTestId('step-date')).toHaveText(step.date);
    // The quote is a link to its sentence in the Sources reader.
    if (step.quote)
      await expect(card.locator('blockquote p [data-evidence-link]')).toContainText(
        `“${step.quote}”`,
      );
    await expect(card.getByTestId('analyst')).toHaveCount(
      new Set(step.analyst.map((n) => n.field)).size,
    );
    // Nothing on the card is cut off, and the timeline names the step's milestone in full.
    const overflow = await page
      .locator('.card-area')
      .evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(overflow, `step ${i + 1}: the card is clipped`).toBeLessThanOrEqual(0);
    await expect(
      stage(page).locator(`svg.chart [data-event-id="${step.event}"] [data-label]`),
    ).toHaveText(step.title);
    await page.keyboard.press('PageDown');
  }
});

test('the link keeps the step: reopen at step 5; a junk step is a notice', async ({ page }) => {
  await page.goto('/?step=5');
  await expectStep(page, 4);
  await page.reload();
  await expectStep(page, 4);
  await page.goto('/?step=99');
  await expectStep(page, 0, false);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('notices')).toContainText(
    `Ignored step "99": not a step number (1–${N})`,
  );
  await page.goto('/?step=abc&brief=nope');
  await expectStep(page, 0, false);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('notices')).toContainText('Ignored step "abc"');
  await expect(page.getByTestId('notices')).toContainText('Ignored brief "nope"');
});

/** Every visible piece of text in the stage: size on screen, colours, opacity. */
const MEASURE = `(() => {
  const root = document.querySelector('[data-testid="briefing"]');
  const out = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  const visible = (el, r) => {
    if (r.width < 2 || r.height < 2) return false;
    if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return false;
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.display === 'none' || s.visibility === 'hidden' || a.hasAttribute('hidden')) return false;
      if (a !== el && s.overflowY !== 'visible') {
        const b = a.getBoundingClientRect();
        if (r.bottom <= b.top || r.top >= b.bottom || r.right <= b.left || r.left >= b.right) return false;
      }
    }
    return true;
  };
  const background = (el) => {
    for (let a = el; a; a = a.parentElement) {
      if (a instanceof SVGElement) continue;
      const bg = getComputedStyle(a).backgroundColor;
      if (bg && bg !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(bg)) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  while (walker.nextNode()) {
    const t = walker.currentNode;
    if (!t.textContent.trim()) continue;
    const el = t.parentElement;
    if (seen.has(el)) continue;
    seen.add(el);
    const r = el.getBoundingClientRect();
    if (!visible(el, r)) continue;
    const cs = getComputedStyle(el);
    const svg = el instanceof SVGElement;
    const scale = svg && el.getScreenCTM ? el.getScreenCTM().a : 1;
    let opacity = 1;
    for (let a = el; a; a = a.parentElement) opacity *= parseFloat(getComputedStyle(a).opacity);
    const halo = svg && cs.stroke !== 'none' && parseFloat(cs.strokeWidth) >= 3 && cs.paintOrder.startsWith('stroke');
    out.push({
      text: t.textContent.trim().slice(0, 40),
      size: parseFloat(cs.fontSize) * scale,
      fg: svg ? cs.fill : cs.color,
      bg: halo ? cs.stroke : background(el),
      opacity,
    });
  }
  return out;
})()`;

const over = (fg: Rgba, bg: Rgba, opacity: number): Rgba => {
  const a = fg.a * opacity;
  return {
    r: fg.r * a + bg.r * (1 - a),
    g: fg.g * a + bg.g * (1 - a),
    b: fg.b * a + bg.b * (1 - a),
    a: 1,
  };
};

for (const theme of ['light', 'dark']) {
  test(`projector theme (${theme}): no text under 18px at 1280x720, contrast at least 7:1`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    // Every step: dated and undated, analyst-supplied, long and short titles.
    for (let i = 0; i < N; i++) {
      await page.goto(`/?step=${i + 1}${theme === 'dark' ? '&theme=dark' : ''}`);
      await expectStep(page, i);
      await page.waitForTimeout(400); // the card's arrival
      const texts = (await page.evaluate(MEASURE)) as {
        text: string;
        size: number;
        fg: string;
        bg: string;
        opacity: number;
      }[];
      expect(texts.length, `step ${i + 1}: texts measured`).toBeGreaterThan(20);
      const small = texts.filter((t) => t.size < 17.99).map((t) => `${t.text} (${t.size}px)`);
      expect(small, `step ${i + 1}: text under 18px`).toEqual([]);
      const faint = texts
        .map((t) => {
          const bg = parseColor(t.bg);
          return { ...t, ratio: contrastRatio(over(parseColor(t.fg), bg, t.opacity), bg) };
        })
        .filter((t) => t.ratio < 7)
        .map((t) => `${t.text}: ${t.ratio.toFixed(2)} (${t.fg} on ${t.bg}, opacity ${t.opacity})`);
      expect(faint, `step ${i + 1}: text under 7:1`).toEqual([]);
    }
  });
}

test('the presenter window follows the main one, and the other way round', async ({
  page,
  context,
}) => {
  await openDashboard(page);
  await page.keyboard.press('p');
  await expectStep(page, 0);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`1 / ${N}`);
  await expect(presenter.getByTestId('presenter-title')).toHaveText(steps[0].title);
  await expect(presenter.getByTestId('presenter-next')).toHaveText(steps[1].title);
  await expect(presenter.getByTestId('clock')).toHaveText(/^\d\d:\d\d:\d\d$/);

  await page.keyboard.press('ArrowRight');
  await expectStep(page, 1);
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`2 / ${N}`);
  await expect(presenter.getByTestId('presenter-title')).toHaveText(steps[1].title);

  await presenter.keyboard.press('PageDown');
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`3 / ${N}`);
  await expectStep(page, 2);
  await presenter.getByRole('button', { name: 'Previous' }).click();
  await expectStep(page, 1);
  await presenter.keyboard.press('b');
  await expect(page.getByTestId('blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank')).toHaveCount(0);
  await expect(presenter.getByText('The screen is blanked')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(presenter.getByText('The briefing has ended')).toBeVisible();
});

test('a custom brief: milestones and a saved view, reordered, titled, with notes; saved, exported and reopened', async ({
  page,
  context,
}) => {
  await openDashboard(page);
  // A saved view to build from: the space domain.
  await page.locator('details[data-facet="Domain"] > summary').click();
  await page.getByRole('checkbox', { name: /Space/ }).check();
  await page.keyboard.press('Escape');
  await page.locator('details[data-facet="Saved views"] > summary').click();
  await page.locator('#view-name').fill('Space only');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.keyboard.press('Escape');

  await page.locator('details[data-facet="Present"] > summary').click();
  await page.getByRole('button', { name: 'Edit briefs…' }).click();
  const editor = page.getByTestId('brief-editor');
  await editor.getByLabel('New brief').fill('Border');
  await editor.getByRole('button', { name: 'Create' }).click();
  const galwan = dataset.events.find((e) => e.kind === 'armed-clash')!;
  const first = steps[0];
  for (const event of [first, steps.find((s) => s.event === galwan.id)!]) {
    await editor.getByLabel('Milestone', { exact: true }).selectOption(event.event!);
    await editor.getByRole('button', { name: 'Add milestone' }).click();
  }
  await editor.getByLabel('Saved view', { exact: true }).selectOption({ label: 'Space only' });
  await editor.getByRole('button', { name: 'Add saved view' }).click();
  await expect(editor.getByTestId('brief-step')).toHaveCount(3);
  await editor.getByRole('button', { name: 'Move step 2 up' }).click();
  await editor.getByLabel('Step title').first().fill('Where it turned');
  await editor.getByLabel('Speaker notes').first().fill('Pause: 20 soldiers died.');
  await editor.getByLabel('Speaker notes').first().blur();
  await editor.getByRole('button', { name: 'Remove step 3' }).click();
  await expect(editor.getByTestId('brief-step')).toHaveCount(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    editor.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const file = JSON.parse(
    await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString()),
  );
  expect(file).toMatchObject({ format: 'tieline-saved-views', version: 3, views: [] });
  expect(file.briefs[0].steps).toEqual([
    {
      kind: 'event',
      event: galwan.id,
      title: 'Where it turned',
      notes: 'Pause: 20 soldiers died.',
    },
    { kind: 'event', event: first.event, title: '', notes: '' },
  ]);
  await editor.getByRole('button', { name: 'Close' }).click();

  await page.locator('details[data-facet="Present"] > summary').click();
  await page.getByRole('radio', { name: /Border \(2 steps\)/ }).check();
  await page.getByRole('button', { name: 'Start briefing (P)' }).click();
  await expect(page.getByTestId('step-counter')).toHaveText('Step 1 / 2');
  await expect(page.getByTestId('step-card').getByRole('heading')).toHaveText('Where it turned');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(presenter.getByTestId('presenter-notes')).toHaveText('Pause: 20 soldiers died.');
  await expect(presenter.getByTestId('presenter-next')).toHaveText(first.title);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=2&brief=brief-/);
  // Saved with the views: a reload reopens the brief at step 2.
  await page.reload();
  await expect(page.getByTestId('step-counter')).toHaveText('Step 2 / 2');
  await expect(page.getByTestId('step-card').getByRole('heading')).toHaveText(first.title);
});

test('prefers-reduced-motion: the card arrives without animation', async ({ page }) => {
  const duration = () =>
    page
      .getByTestId('step-card')
      .evaluate((el) => parseFloat(getComputedStyle(el).animationDuration));
  await page.goto('/?step=1');
  expect(await duration()).toBeGreaterThan(0.1);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('ArrowRight');
  expect(await duration()).toBeLessThan(0.01);
});

for (const [n, theme] of [
  [1, 'light'],
  [5, 'light'],
  [9, 'dark'],
] as const) {
  test(`step ${n} (${theme}) looks as reviewed at 1280x720 (visual baseline)`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/?step=${n}${theme === 'dark' ? '&theme=dark' : ''}`);
    await expectStep(page, n - 1);
    await page.waitForTimeout(300);
    await expect(page).toHaveScreenshot(`briefing-step-${n}-${theme}-1280x720.png`, {
      maxDiffPixelRatio: 0.01,
    });
  });
}
