/**
 * Measures text in the browser with a canvas, so layouts (pure functions) can be given real
 * label sizes. Falls back to an estimate where there is no canvas (tests in Node).
 */
let ctx: CanvasRenderingContext2D | null | undefined;

/**
 * Width in px of `text` drawn in the CSS `font`.
 * @example measureText('Japan', '600 16px system-ui') // -> 47.2
 */
export function measureText(text: string, font: string): number {
  if (ctx === undefined) {
    ctx =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  if (!ctx) return text.length * (parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '16') * 0.62);
  ctx.font = font;
  return ctx.measureText(text).width;
}
