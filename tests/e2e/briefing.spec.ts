/**
 * Briefing mode in Chromium: entering, every key, blanking and leaving; at every step the lit
 * actors and milestone are the step's (from the dataset); at 1920x1080, 1280x720 and 1024x768 in
 * both themes, every step measured from the DOM: type, contrast, nothing clipped, overlapping or
 * crossed by a line, the analyst mark only where the step's own fact is the overlay's; the
 * presenter window in sync both ways; the step in the link; custom briefs; visual baselines.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { buildDefaultSteps } from '../../src/lib/briefing/buildSteps.ts';
import { describeAnalystNote } from '../../src/lib/briefing/provenance.ts';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';
import { contrastRatio, parseColor, type Rgba } from './colorContrast.ts';

const { dataset } = loadDatasetFromDir(fileURLToPath(new URL('../../seeds', import.meta.url)));
const steps = buildDefaultSteps(dataset);
const N = steps.length;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const PROJECTORS = [...SIZES, { width: 1024, height: 768 }];

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
  // The network lights the step's actors (all of them on the opening step), the strip its milestone.
  const network = stage(page).locator('[data-view="stage-network"] [data-node-id]');
  await expect
    .poll(async () => {
      const nodes = await network.evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-node-id'), e.getAttribute('data-lit')]),
      );
      const shown = nodes.map(([id]) => id);
      const lit = nodes.filter(([, l]) => l === 'true').map(([id]) => id);
      const focus = step.focus.filter((id) => shown.includes(id));
      return lit.sort().join() === (focus.length ? focus : shown).sort().join();
    })
    .toBe(true);
  const litMarks = stage(page).locator('[data-view="stage-timeline"] [data-lit="true"]');
  await expect
    .poll(() => litMarks.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id'))))
    .toEqual(step.event ? [step.event] : []);
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
    // The analyst mark only where this step's own fact came from the overlay, in words.
    await expect(card.getByTestId('analyst')).toHaveText([
      ...new Set(step.analyst.map(describeAnalystNote)),
    ]);
    // Nothing on the card is cut off, and the strip labels the step's milestone.
    const overflow = await page
      .locator('.card-area')
      .evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(overflow, `step ${i + 1}: the card is clipped`).toBeLessThanOrEqual(0);
    if (step.event)
      await expect(
        stage(page).locator(`[data-milestone-label="${step.event}"]`).first(),
      ).toBeVisible();
    await page.keyboard.press('PageDown');
  }
});

test('the link keeps the step: reopen at step 5; a junk step is a notice, not a briefing', async ({
  page,
}) => {
  await page.goto('/?step=5');
  await expectStep(page, 4);
  await page.reload();
  await expectStep(page, 4);
  for (const junk of ['99', 'abc']) {
    await page.goto(`/?step=${junk}&brief=nope`);
    await expect(page.getByTestId('notices')).toContainText(`Ignored step "${junk}"`);
    await expect(page.getByTestId('notices')).toContainText('Ignored brief "nope"');
    await expect(stage(page)).toHaveCount(0);
    await expect(page.locator('.page')).toBeVisible();
  }
});

test('a notice during a briefing is shown above the stage, not behind it', async ({ page }) => {
  await page.goto('/?step=2&theme=pink');
  await expectStep(page, 1, false);
  const notices = stage(page).getByTestId('notices');
  await expect(notices).toContainText('Ignored theme "pink"');
  // The notice is what is on top where it is drawn.
  const onTop = await notices.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  });
  expect(onTop).toBe(true);
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

/**
 * The stage's pictures, measured: each text's box (2 px in from its glyph box) and size, each
 * line; which texts overlap, which lines cross a text, which texts leave their picture or come
 * within 4 px of the screen's edge.
 */
const GEOMETRY = `(() => {
  const svgs = [...document.querySelectorAll('[data-testid="briefing"] [data-view^="stage-"] svg')];
  const texts = [];
  const lines = [];
  const problems = [];
  for (const svg of svgs) {
    const frame = svg.getBoundingClientRect();
    const ctm = svg.getScreenCTM();
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      const box = { x: r.left + 2, y: r.top + 2, w: r.width - 4, h: r.height - 4, text: t.textContent };
      texts.push({ ...box, size: parseFloat(getComputedStyle(t).fontSize) * ctm.a, network: t.hasAttribute('data-label-id') });
      if (r.left < frame.left || r.right > frame.right || r.top < frame.top || r.bottom > frame.bottom)
        problems.push('clipped: ' + t.textContent);
      if (r.left < 4 || r.top < 4 || r.right > innerWidth - 4 || r.bottom > innerHeight - 4)
        problems.push('touches the edge: ' + t.textContent);
    }
    for (const l of svg.querySelectorAll('line')) {
      const n = (a) => Number(l.getAttribute(a));
      lines.push({ x1: ctm.e + n('x1'), y1: ctm.f + n('y1'), x2: ctm.e + n('x2'), y2: ctm.f + n('y2'), what: l.getAttribute('data-relation-id') || 'line' });
    }
  }
  const crosses = (s, b) => {
    let t0 = 0, t1 = 1;
    const dx = s.x2 - s.x1, dy = s.y2 - s.y1;
    const ps = [-dx, dx, -dy, dy], qs = [s.x1 - b.x, b.x + b.w - s.x1, s.y1 - b.y, b.y + b.h - s.y1];
    for (let i = 0; i < 4; i++) {
      if (ps[i] === 0) { if (qs[i] < 0) return false; continue; }
      const t = qs[i] / ps[i];
      if (ps[i] < 0) { if (t > t1) return false; if (t > t0) t0 = t; }
      else { if (t < t0) return false; if (t < t1) t1 = t; }
    }
    return t0 <= t1;
  };
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i], b = texts[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        problems.push('overlap: ' + a.text + ' / ' + b.text);
    }
  for (const l of lines) for (const t of texts) if (crosses(l, t)) problems.push(l.what + ' crosses ' + t.text);
  return { texts: texts.map(({ text, size, network }) => ({ text, size, network })), problems };
})()`;

for (const size of PROJECTORS)
  for (const theme of ['light', 'dark']) {
    test(`every step at ${size.width}x${size.height} (${theme}): type, contrast, nothing clipped, overlapping or crossed; the analyst mark only on overlay facts`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize(size);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/?step=1${theme === 'dark' ? '&theme=dark' : ''}`);
      for (let i = 0; i < N; i++) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        await expectStep(page, i);
        const at = `step ${i + 1}`;
        const texts = (await page.evaluate(MEASURE)) as {
          text: string;
          size: number;
          fg: string;
          bg: string;
          opacity: number;
        }[];
        expect(texts.length, `${at}: texts measured`).toBeGreaterThan(20);
        const small = texts.filter((t) => t.size < 17.99).map((t) => `${t.text} (${t.size}px)`);
        expect(small, `${at}: text under 18px`).toEqual([]);
        const faint = texts
          .map((t) => {
            const bg = parseColor(t.bg);
            return { ...t, ratio: contrastRatio(over(parseColor(t.fg), bg, t.opacity), bg) };
          })
          .filter((t) => t.ratio < 7)
          .map((t) => `${t.text}: ${t.ratio.toFixed(2)} (${t.fg} on ${t.bg})`);
        expect(faint, `${at}: text under 7:1`).toEqual([]);
        const geometry = (await page.evaluate(GEOMETRY)) as {
          texts: { text: string; size: number; network: boolean }[];
          problems: string[];
        };
        expect(geometry.problems, `${at}: the pictures`).toEqual([]);
        const labels = geometry.texts.filter((t) => t.network);
        expect(labels.length, `${at}: network labels`).toBeGreaterThan(5);
        if (size.width === 1920)
          expect(
            Math.min(...labels.map((t) => t.size)),
            `${at}: network labels`,
          ).toBeGreaterThanOrEqual(24);
        const overflow = await page
          .locator('.card-area')
          .evaluate((el) => el.scrollHeight - el.clientHeight);
        expect(overflow, `${at}: the card is clipped`).toBeLessThanOrEqual(0);
        // Every actor the step is about is in the picture, or named under it.
        const named = new Set(geometry.texts.filter((t) => t.network).map((t) => t.text));
        const caption = (await stage(page).getByTestId('stage-missing').count())
          ? await stage(page).getByTestId('stage-missing').textContent()
          : '';
        for (const id of steps[i].focus) {
          const name = dataset.actors.find((a) => a.id === id)!.name;
          expect(named.has(name) || caption!.includes(name), `${at}: ${name} shown`).toBe(true);
        }
        const own = dataset.events.find((e) => e.id === steps[i].event)?.analyst ?? [];
        await expect(page.getByTestId('analyst')).toHaveCount(own.length ? 1 : 0);
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
  await expect(presenter.getByTestId('timer')).toHaveText(/^\d+:\d\d$/);
  await expect(
    presenter.getByTestId('presenter-thumbnail').locator('svg text').first(),
  ).toBeVisible();
  // Fixed-size controls, whatever the window's height.
  for (const button of await presenter.getByRole('navigation').getByRole('button').all())
    expect((await button.boundingBox())!.height).toBeLessThan(80);

  await page.keyboard.press('ArrowRight');
  await expectStep(page, 1);
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`2 / ${N}`);
  await expect(presenter.getByTestId('presenter-title')).toHaveText(steps[1].title);
  // The quote the room sees, and the presenter's address follows the step.
  await expect(presenter.getByTestId('presenter-quote')).toContainText(steps[1].quote!);
  await expect(presenter).toHaveURL(/[?&]step=2(&|$)/);
  await expect(
    presenter
      .getByTestId('presenter-thumbnail')
      .locator(`[data-event-id="${steps[1].event}"][data-lit="true"]`),
  ).toHaveCount(1);

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
  const first = steps.find((s) => s.kind === 'event')!;
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

test('prefers-reduced-motion: the card arrives without animation, at the same size', async ({
  page,
}) => {
  const card = page.getByTestId('step-card');
  const duration = () => card.evaluate((el) => parseFloat(getComputedStyle(el).animationDuration));
  const titleSize = () =>
    card.getByRole('heading').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.goto('/?step=1');
  expect(await duration()).toBeGreaterThan(0.1);
  await page.waitForTimeout(400);
  const size = await titleSize();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await page.waitForTimeout(400);
  expect(await duration()).toBeLessThan(0.01);
  // The card is fitted to its column the same way (a transition must not hold its type small).
  expect(await titleSize()).toBe(size);
});

test('each card has the type size it has when the briefing opens at its step, stepped to either way', async ({
  page,
}) => {
  // The cards around the shown one are fitted ahead (fitAhead.ts); that only starts each card's
  // own search, so stepping to a card must give it the size it gets on its own.
  const card = page.getByTestId('step-card');
  const look = () =>
    card.evaluate((el) => ({
      fit: getComputedStyle(el).getPropertyValue('--fit'),
      title: getComputedStyle(el.querySelector('h2')!).fontSize,
    }));
  const alone: { fit: string; title: string }[] = [];
  for (let i = 0; i < Math.min(N, 6); i++) {
    await page.goto(`/?step=${i + 1}`);
    await expectStep(page, i);
    alone.push(await look());
  }
  await page.goto('/?step=1');
  await expectStep(page, 0);
  for (let i = 1; i < alone.length; i++) {
    await page.waitForTimeout(150); // the next card is fitted ahead once this one is painted
    await page.keyboard.press('PageDown');
    await expectStep(page, i);
    expect(await look(), `step ${i + 1}, stepped forward`).toEqual(alone[i]);
  }
  for (let i = alone.length - 2; i >= 0; i--) {
    await page.waitForTimeout(150);
    await page.keyboard.press('PageUp');
    await expectStep(page, i);
    expect(await look(), `step ${i + 1}, stepped back`).toEqual(alone[i]);
  }
});

for (const [n, theme, width, height] of [
  [1, 'light', 1280, 720],
  [5, 'light', 1920, 1080],
  [9, 'dark', 1024, 768],
] as const) {
  test(`step ${n} (${theme}) looks as reviewed at ${width}x${height} (visual baseline)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/?step=${n}${theme === 'dark' ? '&theme=dark' : ''}`);
    await expectStep(page, n - 1);
    await page.waitForTimeout(300);
    await expect(page).toHaveScreenshot(`briefing-step-${n}-${theme}-${width}x${height}.png`, {
      maxDiffPixelRatio: 0.01,
    });
  });
}
