/**
 * Export: each view and the slide download as standalone SVG that renders the same outside the
 * app (in Chromium from a file, and in resvg), PNG at the scale asked for, and the data behind
 * the view as CSV and JSON matching what the filters keep.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3';
import { parseDataset } from '../../src/lib/model/schema.ts';
import { loadDatasetFromDir } from '../../src/lib/load/loadDataset.ts';

const { dataset } = loadDatasetFromDir(fileURLToPath(new URL('../../seeds', import.meta.url)));
const DAY = /\d{4}-\d{2}-\d{2}/;

async function download(page: Page, scope: 'network' | 'timeline' | 'slide', item: string) {
  const menu = page.locator(`[data-export="${scope}"]`);
  await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: item, exact: false }).first().click(),
  ]);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** Checks made with the browser's own XML parser, independent of the app's audit. */
const inspect = (page: Page, svg: string) =>
  page.evaluate(`(() => {
    const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
    const root = doc.documentElement;
    const all = [...doc.querySelectorAll('*')];
    const attrs = all.flatMap((el) => [...el.attributes].map((a) => [el.localName, a.name, a.value]));
    const ids = new Set(all.map((el) => el.id).filter(Boolean));
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      ns: root.namespaceURI,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      viewBox: root.getAttribute('viewBox'),
      font: root.getAttribute('font-family'),
      title: doc.querySelector('svg > title')?.textContent ?? '',
      desc: doc.querySelector('svg > desc')?.textContent ?? '',
      background: doc.querySelector('svg > rect#background')?.getAttribute('fill') ?? null,
      ids: [...ids],
      texts: all.filter((el) => el.localName === 'text').map((el) => el.textContent),
      forbiddenElements: all.map((el) => el.localName).filter((n) => ['script', 'foreignObject', 'style', 'image', 'a'].includes(n)),
      styleAttrs: attrs.filter(([, n]) => n === 'style' || n === 'class' || n.startsWith('on')).length,
      badPaint: attrs.filter(([, n, v]) => (n === 'fill' || n === 'stroke') && !/^(#[0-9a-f]{6}|none|url\\(#[^)]+\\))$/.test(v)),
      badRefs: attrs.filter(([, n, v]) => /url\\(|href/.test(n + v)).filter(([, n, v]) => {
        const m = /url\\(#([^)]+)\\)/.exec(v) ?? (n.endsWith('href') ? /^#(.+)$/.exec(v) : null);
        return !m || !ids.has(m[1]);
      }),
      vars: attrs.filter(([, , v]) => /var\\(|currentcolor|rgba?\\(/i.test(v)).length,
    };
  })()`) as Promise<{
    parseError: string | null;
    ns: string;
    width: string;
    height: string;
    viewBox: string;
    font: string;
    title: string;
    desc: string;
    background: string | null;
    ids: string[];
    texts: string[];
    forbiddenElements: string[];
    styleAttrs: number;
    badPaint: string[][];
    badRefs: string[][];
    vars: number;
  }>;

/**
 * Share of pixels that differ clearly (a channel off by more than 64 of 255, and no neighbour
 * closer) between two PNGs over a region, compared in a canvas, at the best alignment within
 * one pixel.
 */
async function difference(
  page: Page,
  a: Buffer,
  b: Buffer,
  regionA: { x: number; y: number },
  regionB: { x: number; y: number },
  size: { width: number; height: number },
): Promise<number> {
  const data = (buf: Buffer) => `data:image/png;base64,${buf.toString('base64')}`;
  return page.evaluate(`(async () => {
    const load = async (src) => { const i = new Image(); i.src = src; await i.decode(); return i; };
    const [ia, ib] = await Promise.all([load(${JSON.stringify(data(a))}), load(${JSON.stringify(data(b))})]);
    const w = ${Math.floor(size.width)}, h = ${Math.floor(size.height)};
    const pixels = (img, x, y) => {
      const c = document.createElement('canvas'); c.width = w; c.height = h;
      const g = c.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, w, h);
      g.drawImage(img, -x, -y); return g.getImageData(0, 0, w, h).data;
    };
    const pa = pixels(ia, ${regionA.x}, ${regionA.y});
    // The view may sit at a fractional page position: register within a pixel each way.
    // Two renderers smooth glyph edges differently: a pixel counts as different only when no
    // pixel next to it (in the other picture) is close, as pixel-diff tools do for anti-aliasing.
    const close = (pb, i, j) => Math.max(Math.abs(pa[i] - pb[j]), Math.abs(pa[i + 1] - pb[j + 1]), Math.abs(pa[i + 2] - pb[j + 2])) <= 64;
    let best = 1;
    for (const dx of [-1, 0, 1]) for (const dy of [-1, 0, 1]) {
      const pb = pixels(ib, ${regionB.x} + dx, ${regionB.y} + dy);
      let differ = 0;
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 4;
        if (close(pb, i, i)) continue;
        let near = false;
        for (let v = -1; v <= 1 && !near; v++) for (let u = -1; u <= 1 && !near; u++) {
          const xx = x + u, yy = y + v;
          if (xx >= 0 && yy >= 0 && xx < w && yy < h) near = close(pb, i, (yy * w + xx) * 4);
        }
        if (!near) differ++;
      }
      best = Math.min(best, differ / (w * h));
    }
    return best;
  })()`) as Promise<number>;
}

/** The chart's place in the exported file: the frame's translate plus the cut's offset. */
function placement(svg: string, id: string) {
  const m = new RegExp(
    `<g id="${id}" transform="translate\\(([-\\d.]+),([-\\d.]+)\\)">` +
      // The cut's clip, then the cut itself.
      `<clipPath id="[^"]+"><rect [^>]+/></clipPath><g clip-path="[^"]+">` +
      `<g transform="translate\\(([-\\d.]+),([-\\d.]+)\\)"`,
  ).exec(svg);
  expect(m, `the ${id} group`).not.toBeNull();
  const [fx, fy, cx, cy] = m!.slice(1).map(Number);
  return { frame: { x: fx, y: fy }, cut: { x: -cx, y: -cy } };
}

const HIDE_OVERLAYS =
  '[data-view] .hits, [data-view] .controls, [data-view] .more, [data-view] .toolbar, [data-view] .hit-layer';

let pageErrors: Error[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e));
});
test.afterEach(() => expect(pageErrors, 'uncaught errors in the page').toEqual([]));

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    for (const view of ['network', 'timeline'] as const) {
      test(`the ${view} exports as a standalone SVG that looks like the screen`, async ({
        page,
        browser,
      }) => {
        await page.goto('/');
        const picture = page.locator(
          view === 'network'
            ? '[data-view="network"] svg.drawing'
            : '[data-view="timeline"] svg.chart',
        );
        await expect(picture).toBeVisible();
        const file = await download(page, view, 'SVG');
        expect(file.name).toMatch(new RegExp(`^tieline-${view}-all-${DAY.source}\\.svg$`));
        const svg = file.bytes.toString('utf8');
        const facts = await inspect(page, svg);
        expect(facts.parseError).toBeNull();
        expect(facts.ns).toBe('http://www.w3.org/2000/svg');
        expect(facts.viewBox).toBe(`0 0 ${facts.width} ${facts.height}`);
        expect(facts.font).toMatch(/^Arial,/);
        expect(facts.background).toBe('#ffffff');
        expect(facts.forbiddenElements).toEqual([]);
        expect(facts.styleAttrs).toBe(0);
        expect(facts.vars).toBe(0);
        expect(facts.badPaint).toEqual([]);
        expect(facts.badRefs).toEqual([]);
        const layers =
          view === 'network'
            ? ['legend', 'nodes', 'links', 'labels']
            : ['legend', 'axis', 'lanes', 'marks'];
        for (const id of [view, 'header', 'footer', ...layers]) expect(facts.ids).toContain(id);
        // Context inside the picture: title, what is shown, the articles, the day.
        expect(facts.title).toMatch(/security relations/);
        expect(facts.texts).toContain(facts.title);
        expect(facts.texts.join(' ')).toMatch(/Showing: everything in the articles/);
        for (const d of dataset.documents) expect(facts.texts.join(' ')).toContain(d.file);
        expect(facts.texts.join(' ')).toMatch(new RegExp(`Exported ${DAY.source} from Tieline`));
        // Text stays text: every actor name (network) or the axis years (timeline) are <text>.
        if (view === 'network')
          for (const a of dataset.actors) expect(facts.texts).toContain(a.name);

        // Rendered on its own, it matches the view on screen.
        // The page's CSP allows no inline style sheet: hide them through the CSSOM instead.
        await page.evaluate(
          `document.querySelectorAll(${JSON.stringify(HIDE_OVERLAYS)}).forEach((el) => el.style.setProperty('visibility', 'hidden', 'important'))`,
        );
        const screen = await picture.screenshot();
        const width = Number(facts.width);
        const height = Number(facts.height);
        const where = placement(svg, view);
        const region = {
          width: Math.min(
            width - where.frame.x - 24,
            (await picture.boundingBox())!.width - where.cut.x,
          ),
          height: Math.min(
            height - where.frame.y,
            (await picture.boundingBox())!.height - where.cut.y,
          ),
        };
        const alone = await browser.newPage({ viewport: { width, height } });
        await alone.goto(pathToFileURL(file.path).href);
        const fromFile = await alone.screenshot();
        await alone.close();
        const byChromium = await difference(page, fromFile, screen, where.frame, where.cut, region);
        expect(byChromium, 'Chromium, file opened on its own').toBeLessThan(0.005);
        const byResvg = await difference(
          page,
          new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' } })
            .render()
            .asPng(),
          screen,
          where.frame,
          where.cut,
          region,
        );
        expect(byResvg, 'resvg, a standalone renderer').toBeLessThan(0.01);
        // The comparison can tell pictures apart: the view shifted by 40 px does not pass.
        const shifted = await difference(
          page,
          fromFile,
          screen,
          where.frame,
          { x: where.cut.x + 40, y: where.cut.y },
          region,
        );
        expect(shifted).toBeGreaterThan(0.03);
      });
    }
  });
}

test('PNG exports are the SVG size times the scale asked for', async ({ page }) => {
  await page.goto('/');
  const svg = (await download(page, 'network', 'SVG')).bytes.toString('utf8');
  const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number);
  for (const scale of [1, 2, 3]) {
    const png = await download(page, 'network', `PNG ${scale}x`);
    expect(png.name).toMatch(new RegExp(`^tieline-network-all-${DAY.source}@${scale}x\\.png$`));
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([
      Math.round(w * scale),
      Math.round(h * scale),
    ]);
  }
});

test('the slide is 16:9 with both views, named for its filters', async ({ page }) => {
  await page.goto('/?domain=military-exercises');
  const file = await download(page, 'slide', 'SVG');
  expect(file.name).toMatch(new RegExp(`^tieline-slide-military-exercises-${DAY.source}\\.svg$`));
  const svg = file.bytes.toString('utf8');
  const facts = await inspect(page, svg);
  expect([facts.width, facts.height]).toEqual(['1920', '1080']);
  for (const id of ['network', 'timeline', 'legend', 'nodes', 'labels', 'axis'])
    expect(facts.ids).toContain(id);
  expect(facts.badRefs).toEqual([]);
  expect(facts.texts.join(' ')).toMatch(/Showing: .*military exercises/i);
  const png = await download(page, 'slide', 'PNG 2x');
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([3840, 2160]);
});

test('the slide is titled from the filters, and the title can be edited before exporting; PNG 1x and 3x are the same picture', async ({
  page,
}) => {
  const china = dataset.actors.find((a) => a.kind === 'country' && a.country === 'CN')!;
  await page.goto(`/?country=${china.country}`);
  const menu = page.locator('[data-export="slide"]');
  await menu.locator('summary').click();
  const title = menu.getByTestId('slide-title');
  await expect(title).toHaveValue(new RegExp(`^${china.name}: security relations`));
  await title.fill('For the minister');
  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'SVG' }).click(),
  ]);
  const svg = readFileSync((await svgFile.path())!, 'utf8');
  expect(svg).toContain('<title>For the minister</title>');
  for (const scale of [1, 3]) {
    const png = await download(page, 'slide', `PNG ${scale}x`);
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([
      1920 * scale,
      1080 * scale,
    ]);
  }
});

test('the data behind the view: CSV rows and JSON match what the filters keep', async ({
  page,
}) => {
  await page.goto('/?domain=maritime');
  const tabs = page.getByRole('tab');
  const count = async (name: string) =>
    Number((await tabs.filter({ hasText: name }).textContent())!.match(/\d+/)![0]);
  const expected = {
    actors: await count('Actors'),
    relations: await count('Relations'),
    events: await count('Events'),
  };
  expect(expected.events).toBeLessThan(dataset.events.length);
  for (const table of ['actors', 'relations', 'events'] as const) {
    const file = await download(page, 'slide', `${table[0].toUpperCase()}${table.slice(1)} (CSV)`);
    expect(file.name).toMatch(new RegExp(`^tieline-${table}-maritime-${DAY.source}\\.csv$`));
    const rows = csvParse(file.bytes.toString('utf8').replace(/^\ufeff/, ''));
    expect(rows, table).toHaveLength(expected[table]);
    for (const row of rows) {
      expect(row.evidence, `${table} ${row.id} evidence`).not.toBe('');
      expect(dataset.documents.map((d) => d.file)).toContain(row.article_file);
    }
  }
  const json = await download(page, 'slide', 'All (JSON)');
  const parsed = parseDataset(JSON.parse(json.bytes.toString('utf8')));
  expect(parsed.ok).toBe(true);
  if (parsed.ok) {
    expect(parsed.dataset.actors).toHaveLength(expected.actors);
    expect(parsed.dataset.relations).toHaveLength(expected.relations);
    expect(parsed.dataset.events).toHaveLength(expected.events);
  }
});

test('export works from the keyboard and says what it saved', async ({ page }) => {
  await page.goto('/');
  const summary = page.locator('[data-export="network"] summary');
  await expect(summary).toHaveAccessibleName('Export network');
  await summary.focus();
  await page.keyboard.press('Enter');
  const svgButton = page.locator('[data-export="network"]').getByRole('button', { name: 'SVG' });
  await expect(svgButton).toBeVisible();
  await svgButton.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  await expect(page.locator('[data-export="network"] [role="status"]')).toHaveText(
    `Saved ${file.suggestedFilename()}`,
  );
});

test('exporting the slide from a table tab brings the views back and saves both', async ({
  page,
}) => {
  await page.goto('/?tab=events');
  await expect(page.locator('#panel-events')).toBeVisible();
  const file = await download(page, 'slide', 'SVG');
  const facts = await inspect(page, file.bytes.toString('utf8'));
  expect(facts.ids).toEqual(expect.arrayContaining(['nodes', 'milestones']));
  await expect(page.locator('#panel-overview')).toBeVisible();
});

test('a zoomed-in network exports what the view shows: nothing of it over the title or the sources', async ({
  page,
}) => {
  // Zoomed in three times on the seeds: most of the picture lies outside the view.
  await page.goto('/?zoom=-900,-400,3');
  await expect(
    page.locator('[data-view="network"] svg.drawing [data-node-id]').first(),
  ).toBeVisible();
  const svg = (await download(page, 'network', 'SVG')).bytes.toString('utf8');
  const top = Number(/<g id="network" transform="translate\([^,]+,([^)]+)\)"/.exec(svg)![1]);
  const footer = Number(/<g id="footer"><text x="[^"]+" y="([^"]+)"/.exec(svg)![1]);
  const render = (markup: string) => {
    const image = new Resvg(markup, {
      font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
    }).render();
    return { pixels: image.pixels, width: image.width, height: image.height };
  };
  const whole = render(svg);
  // The same file with the network left out: the title, the legend's frame and the sources.
  const without = render(svg.replace('<g id="network" ', '<g id="network" display="none" '));
  const rowsDiffer = (from: number, to: number) => {
    let n = 0;
    for (let y = Math.max(0, Math.floor(from)); y < Math.min(whole.height, to); y++)
      for (let x = 0; x < whole.width; x++) {
        const i = (y * whole.width + x) * 4;
        if (whole.pixels[i] !== without.pixels[i] || whole.pixels[i + 1] !== without.pixels[i + 1])
          n++;
      }
    return n;
  };
  expect(rowsDiffer(0, top), 'pixels of the network above its frame').toBe(0);
  expect(rowsDiffer(footer - 16, whole.height), 'pixels of the network over the sources').toBe(0);
  // The check can fail: the network itself is drawn between the two.
  expect(rowsDiffer(top, footer - 16)).toBeGreaterThan(1000);
});
