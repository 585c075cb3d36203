/**
 * A piecewise-linear map of numbers with its inverse: the same arithmetic as d3-scale's
 * `scaleLinear` (normalise, then interpolate; several knots bisected; clamped on request), so
 * the pictures it positions are unchanged, without d3-scale in the page's first load. d3-scale
 * is one module holding its time scales too, and with them d3-interpolate, d3-color and the
 * date formats: a fifth of the first-load JavaScript for two multiplications.
 */

export interface LinearMap {
  (x: number): number;
  /** The x that maps to `y`. */
  invert(y: number): number;
}

type Map1 = (x: number) => number;

/** d3's normalize: 0 at a, 1 at b; a constant 0.5 (or NaN) when a and b are the same. */
function normalize(a: number, b: number): Map1 {
  const span = b - a;
  return span ? (x) => (x - a) / span : () => (isNaN(span) ? NaN : 0.5);
}

/** d3's interpolateNumber. */
const interpolate =
  (a: number, b: number): Map1 =>
  (t) =>
    a * (1 - t) + b * t;

/** The index of the piece holding x (d3's bisectRight over domain[1..j], minus one). */
function piece(domain: readonly number[], x: number, j: number): number {
  let lo = 1;
  let hi = j;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (domain[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** d3-scale's bimap / polymap: from `domain` knots to `range` knots. */
function piecewise(domain: readonly number[], range: readonly number[]): Map1 {
  const j = Math.min(domain.length, range.length) - 1;
  if (j <= 1) {
    let [d0, d1] = domain;
    let [r0, r1] = range;
    if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
    const t = normalize(d0, d1);
    const v = interpolate(r0, r1);
    return (x) => v(t(x));
  }
  let d = domain.slice(0, j + 1);
  let r = range.slice(0, j + 1);
  if (d[j] < d[0]) {
    d = d.reverse();
    r = r.reverse();
  }
  const ts = Array.from({ length: j }, (_, i) => normalize(d[i], d[i + 1]));
  const vs = Array.from({ length: j }, (_, i) => interpolate(r[i], r[i + 1]));
  return (x) => {
    const i = piece(d, x, j);
    return vs[i](ts[i](x));
  };
}

/**
 * Maps `domain` onto `range` (as many knots in each; two for a straight line), clamped to the
 * domain when `clamp` is set.
 * @example linearMap([0, 10], [0, 100])(2.5) // -> 25
 */
export function linearMap(
  domain: readonly number[],
  range: readonly number[],
  clamp = false,
): LinearMap {
  const n = Math.min(domain.length, range.length);
  const lo = Math.min(domain[0], domain[n - 1]);
  const hi = Math.max(domain[0], domain[n - 1]);
  const bound = (x: number) => (clamp ? Math.max(lo, Math.min(hi, x)) : x);
  const forward = piecewise(domain, range);
  const backward = piecewise(range, domain);
  const map = ((x: number) => (isNaN(x) ? NaN : forward(bound(x)))) as LinearMap;
  map.invert = (y) => bound(backward(y));
  return map;
}
