/**
 * WCAG contrast from CSS colours as getComputedStyle gives them ("rgb(17, 24, 39)",
 * "rgba(0, 0, 0, 0.5)"), for the projector theme's measured check.
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** @example parseColor('rgb(255, 255, 255)') // -> { r: 255, g: 255, b: 255, a: 1 } */
export function parseColor(css: string): Rgba {
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) throw new Error(`parseColor: not an rgb() colour: ${css}`);
  const [r, g, b, a = 1] = m[1]
    .split(/[,\s/]+/)
    .filter(Boolean)
    .map(Number);
  return { r, g, b, a };
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = (c: Rgba) =>
  0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);

/** @example contrastRatio(black, white) // -> 21 */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
