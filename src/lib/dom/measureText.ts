/**
 * Measures text in the browser with a canvas, so layouts (pure functions) can be given real
 * label sizes. Falls back to an estimate where there is no canvas (tests in Node).
 *
 * Widths are remembered per font: the views ask for the same labels on every layout (and the
 * legend on every render), and each canvas query costs far more than a lookup.
 */
let ctx: CanvasRenderingContext2D | null | undefined;
let ctxFont = '';
const widths = new Map<string, Map<string, number>>();
/** Enough for every label of a big network in a few fonts; past it the cache starts afresh. */
const MAX_REMEMBERED = 20_000;
let remembered = 0;

/**
 * Width in px of `text` drawn in the CSS `font`.
 * @example measureText('Japan', '600 16px system-ui') // -> 47.2
 */
export function measureText(text: string, font: string): number {
  const known = widths.get(font)?.get(text);
  if (known !== undefined) return known;
  if (ctx === undefined) {
    ctx =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
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
