/**
 * The seven d3-shape symbols the network draws (circle, star, diamond, square, triangle, cross,
 * wye) as the same SVG path strings d3's `symbol(type, size)()` gives, to the same three
 * decimals: d3-shape is one module with every curve in it, and the first load needs only these.
 * tests/unit/encoding/symbols.test.ts holds them equal to d3's.
 */

export type SymbolName = 'circle' | 'star' | 'diamond' | 'square' | 'triangle' | 'cross' | 'wye';

const { sqrt, sin, cos, PI: pi } = Math;
const tau = 2 * pi;

/** A number as d3-path writes it with three digits. */
const n = (v: number) => Math.round(v * 1000) / 1000;
/** Points joined as `M x,y L x,y ... Z`. */
const polygon = (points: [number, number][]) =>
  points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)},${n(y)}`).join('') + 'Z';

const tan30 = sqrt(1 / 3);
const tan30x2 = tan30 * 2;
const ka = 0.8908130915292852;
const kr = sin(pi / 10) / sin((7 * pi) / 10);
const kx = sin(tau / 10) * kr;
const ky = -cos(tau / 10) * kr;
const sqrt3 = sqrt(3);
const wc = -0.5;
const ws = sqrt(3) / 2;
const wk = 1 / sqrt(12);
const wa = (wk / 2 + 1) * 3;

const DRAW: Record<SymbolName, (size: number) => string> = {
  circle(size) {
    const r = sqrt(size / pi);
    // d3-path's arc of a full turn: two half arcs (none for a radius of 0).
    if (!r) return `M${n(r)},0`;
    return `M${n(r)},0A${n(r)},${n(r)},0,1,1,${n(-r)},${n(-0)}A${n(r)},${n(r)},0,1,1,${n(r)},${n(0)}`;
  },
  cross(size) {
    const r = sqrt(size / 5) / 2;
    return polygon([
      [-3 * r, -r],
      [-r, -r],
      [-r, -3 * r],
      [r, -3 * r],
      [r, -r],
      [3 * r, -r],
      [3 * r, r],
      [r, r],
      [r, 3 * r],
      [-r, 3 * r],
      [-r, r],
      [-3 * r, r],
    ]);
  },
  diamond(size) {
    const y = sqrt(size / tan30x2);
    const x = y * tan30;
    return polygon([
      [0, -y],
      [x, 0],
      [0, y],
      [-x, 0],
    ]);
  },
  square(size) {
    const w = sqrt(size);
    const x = -w / 2;
    return `M${n(x)},${n(x)}h${n(w)}v${n(w)}h${n(-w)}Z`;
  },
  star(size) {
    const r = sqrt(size * ka);
    const x = kx * r;
    const y = ky * r;
    const points: [number, number][] = [
      [0, -r],
      [x, y],
    ];
    for (let i = 1; i < 5; ++i) {
      const a = (tau * i) / 5;
      const c = cos(a);
      const s = sin(a);
      points.push([s * r, -c * r], [c * x - s * y, s * x + c * y]);
    }
    return polygon(points);
  },
  triangle(size) {
    const y = -sqrt(size / (sqrt3 * 3));
    return polygon([
      [0, y * 2],
      [-sqrt3 * y, -y],
      [sqrt3 * y, -y],
    ]);
  },
  wye(size) {
    const r = sqrt(size / wa);
    const [x0, y0] = [r / 2, r * wk];
    const [x1, y1] = [x0, r * wk + r];
    const [x2, y2] = [-x1, y1];
    return polygon([
      [x0, y0],
      [x1, y1],
      [x2, y2],
      [wc * x0 - ws * y0, ws * x0 + wc * y0],
      [wc * x1 - ws * y1, ws * x1 + wc * y1],
      [wc * x2 - ws * y2, ws * x2 + wc * y2],
      [wc * x0 + ws * y0, wc * y0 - ws * x0],
      [wc * x1 + ws * y1, wc * y1 - ws * x1],
      [wc * x2 + ws * y2, wc * y2 - ws * x2],
    ]);
  },
};

/**
 * The SVG path of a symbol of `size` px² centred on 0,0, as d3's `symbol(type, size)()`.
 * @example symbolPath('square', 100) // -> 'M-5,-5h10v10h-10Z'
 */
export function symbolPath(name: SymbolName, size: number): string {
  return DRAW[name](+size);
}
