/**
 * Measures text in the browser with a canvas, so layouts (pure functions) can be given real
 * label sizes. Falls back to an estimate where there is no canvas (tests in Node).
 *
 * Widths are remembered per font: the views ask for the same labels on every layout (and the
 * legend on every render), and each canvas query costs far more than a lookup.
 *
 * Each text is measured once per weight and family, at 16px, and scaled to the size asked for:
 * canvas text widths are the glyphs' advances, linear in the size (in Chromium, Arial and
 * Liberation Sans give the same number to the last bit at every whole size from 10 to 36 px,
 * for every label of the seeds; not at 23.4px, which is measured as asked). The first measure in a
 * font size Chromium has not yet used costs 2-5 ms (it sets up the font at that size), and the
 * timeline tries its labels at every size from 20 px down until they fit: a 1920 load set up 24
 * fonts, 40-55 ms of its mount and first-layout tasks. Now it sets up one per weight.
 */
let ctx: CanvasRenderingContext2D | null | undefined;
/** The size every text is measured at on a canvas, px. */
const REFERENCE_PX = 16;

/** The canvas context (made on first use), or null where there is none (Node). */
function canvas(): CanvasRenderingContext2D | null {
  if (ctx === undefined)
    ctx =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  return ctx;
}
let ctxFont = '';
/** Per font asked for: the same font at 16px and the size asked, or null (16px, or no px size). */
const references = new Map<string, { font: string; size: number } | null>();

function atReference(font: string): { font: string; size: number } | null {
  let found = references.get(font);
  if (found === undefined) {
    const sized = /^(.*?)(\d+(?:\.\d+)?)px(.*)$/.exec(font);
    const size = sized ? Number(sized[2]) : REFERENCE_PX;
    // Whole sizes only: at 23.4px Chromium's widths are off the scaled ones by up to 0.24px.
    found =
      sized && size !== REFERENCE_PX && Number.isInteger(size)
        ? { font: `${sized[1]}${REFERENCE_PX}px${sized[3]}`, size }
        : null;
    if (references.size > 1000) references.clear();
    references.set(font, found);
  }
  return found;
}
const widths = new Map<string, Map<string, number>>();
/** Enough for every label of a big network in a few fonts; past it the cache starts afresh. */
const MAX_REMEMBERED = 20_000;
let remembered = 0;

/**
 * Width in px of `text` drawn in the CSS `font`.
 * @example measureText('Japan', '600 16px system-ui') // -> 47.2
 */
export function measureText(text: string, font: string): number {
  // A canvas measures at 16px, and the width is scaled (see above); without one, as asked.
  const scaled = canvas() === null ? null : atReference(font);
  if (scaled) return (measureText(text, scaled.font) * scaled.size) / REFERENCE_PX;
  const known = widths.get(font)?.get(text);
  if (known !== undefined) return known;
  const ctx = canvas();
  let width: number;
  if (!ctx) width = text.length * (parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '16') * 0.62);
  else {
    // Setting the font makes the canvas parse it again, even when it is the same.
    if (ctxFont !== font) ctx.font = ctxFont = font;
    width = ctx.measureText(text).width;
  }
  if (remembered >= MAX_REMEMBERED) {
    widths.clear();
    remembered = 0;
  }
  let byText = widths.get(font);
  if (!byText) widths.set(font, (byText = new Map()));
  byText.set(text, width);
  remembered++;
  return width;
}
