/**
 * d3-force's many-body and collision forces with the same arithmetic in typed arrays. Up to
 * PAIRWISE nodes they sum over every pair, exactly; past it, in the same order on a quadtree,
 * the numbers are d3's to the last bit, at a fraction of the cost. d3 builds each tick's quadtrees from objects and closures (a leaf object per
 * point, an array per quad, a Quad object per visit); with about 20 actors those allocations
 * and calls, three trees a tick, 120 ticks an attempt, were nearly all of a layout's time, and
 * a cold worker at load ran them in its interpreter. The tree is d3-quadtree's: the same cover
 * (a square from the floor of the smallest point, doubled), the same splits, coincident points
 * chained newest first, visited depth first in quadrant order 0-3.
 */
import type { SimulationNodeDatum } from 'd3';

interface Node extends SimulationNodeDatum {
  index?: number;
  x?: number;
  y?: number;
  vx?: number;
  vy?: number;
}

/** A force as d3's simulation calls it. */
export interface FlatForce<N extends Node> {
  (alpha: number): void;
  initialize(nodes: N[], random: () => number): void;
}

/**
 * Up to this many nodes, a force sums over every pair instead of a quadtree. With 20 actors the
 * tree (built three times a tick) cost more than the pairs it spares, and a cold worker at load
 * runs it in its interpreter, where every step counts: one seeds attempt took 29 ms there, 12
 * with pairs. Warm, pairs stay cheaper up to about 150 nodes (8.7 against 16.9 us a tick at 40,
 * 49 against 62 at 100).
 */
export const PAIRWISE = 100;

/** d3-force's jiggle: a tiny random nudge for points that coincide. */
const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

/**
 * A quadtree over n points, rebuilt in place (its arrays grow, never shrink). Once built, its
 * quads are laid out in d3's visit order (depth first, children 0-3) with their bounds and the
 * position past each one's subtree: a visit is then a walk along an array, skipping a subtree
 * by a jump, with no stack and no bounds worked out again for every point.
 */
class Tree {
  /** Per quad: the children (-1: none) of an internal quad. */
  child = new Int32Array(0);
  /** Per quad: the first point of a leaf (the newest of coincident ones), -1 for an internal quad. */
  head = new Int32Array(0);
  /** Per point: the next coincident point in its leaf, -1 at the end. */
  next = new Int32Array(0);
  quads = 0;
  root = -1;
  x0 = 0;
  y0 = 0;
  x1 = 0;
  y1 = 0;
  /** How many quads the visit order holds (`order()`). */
  count = 0;
  // Per position in visit order: the quad, its first point (-1: internal), the position past
  // its subtree, its bounds; and what a force sums over it (strength or radius) and its centre.
  at = new Int32Array(0);
  first = new Int32Array(0);
  skip = new Int32Array(0);
  bx0 = new Float64Array(0);
  by0 = new Float64Array(0);
  bx1 = new Float64Array(0);
  by1 = new Float64Array(0);
  value = new Float64Array(0);
  cx = new Float64Array(0);
  cy = new Float64Array(0);
  /** Per quad: its position in visit order, and its bounds until it gets one. */
  #pos = new Int32Array(0);
  #qx0 = new Float64Array(0);
  #qy0 = new Float64Array(0);
  #qx1 = new Float64Array(0);
  #qy1 = new Float64Array(0);

  /** Builds the tree over points (xs[i], ys[i]), as d3's quadtree().addAll(nodes) does. */
  build(xs: Float64Array, ys: Float64Array, n: number): void {
    // A point adds a leaf, and a split as many quads as the levels it goes down: room for
    // four per point to start with, more if close points split deeper (#quad grows it).
    if (this.head.length < 4 * n + 1) this.#grow(4 * n + 1);
    if (this.next.length < n) this.next = new Int32Array(n);
    this.quads = 0;
    this.root = -1;
    let x0 = Infinity;
    let y0 = x0;
    let x1 = -x0;
    let y1 = x1;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const y = ys[i];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    if (x0 <= x1 && y0 <= y1) {
      // cover(x0, y0) then cover(x1, y1): a unit square at the floor, doubled until it holds both.
      this.x0 = Math.floor(x0);
      this.y0 = Math.floor(y0);
      this.x1 = this.x0 + 1;
      this.y1 = this.y0 + 1;
      let z = this.x1 - this.x0 || 1;
      while (this.x0 > x1 || x1 >= this.x1 || this.y0 > y1 || y1 >= this.y1) {
        z *= 2;
        this.x1 = this.x0 + z;
        this.y1 = this.y0 + z;
      }
      for (let i = 0; i < n; i++) this.#add(i, xs, ys);
    }
    this.#order();
  }

  /** Room for `cap` quads. */
  #grow(cap: number): void {
    const child = new Int32Array(4 * cap);
    child.set(this.child);
    const head = new Int32Array(cap);
    head.set(this.head);
    this.child = child;
    this.head = head;
    this.#pos = new Int32Array(cap);
    this.#qx0 = new Float64Array(cap);
    this.#qy0 = new Float64Array(cap);
    this.#qx1 = new Float64Array(cap);
    this.#qy1 = new Float64Array(cap);
    this.at = new Int32Array(cap);
    this.first = new Int32Array(cap);
    this.skip = new Int32Array(cap);
    this.bx0 = new Float64Array(cap);
    this.by0 = new Float64Array(cap);
    this.bx1 = new Float64Array(cap);
    this.by1 = new Float64Array(cap);
    this.value = new Float64Array(cap);
    this.cx = new Float64Array(cap);
    this.cy = new Float64Array(cap);
  }

  #quad(point: number): number {
    if (this.quads === this.head.length) this.#grow(2 * this.quads);
    const q = this.quads++;
    this.head[q] = point;
    const c = 4 * q;
    this.child[c] = this.child[c + 1] = this.child[c + 2] = this.child[c + 3] = -1;
    return q;
  }

  /** d3-quadtree's add. */
  #add(p: number, xs: Float64Array, ys: Float64Array): void {
    const x = xs[p];
    const y = ys[p];
    this.next[p] = -1;
    if (isNaN(x) || isNaN(y)) return;
    if (this.root < 0) {
      this.root = this.#quad(p);
      return;
    }
    let { x0, y0, x1, y1 } = this;
    let node = this.root;
    let parent = -1;
    let i = 0;
    while (this.head[node] < 0) {
      const xm = (x0 + x1) / 2;
      const right = x >= xm;
      if (right) x0 = xm;
      else x1 = xm;
      const ym = (y0 + y1) / 2;
      const bottom = y >= ym;
      if (bottom) y0 = ym;
      else y1 = ym;
      parent = node;
      i = ((bottom ? 1 : 0) << 1) | (right ? 1 : 0);
      node = this.child[4 * parent + i];
      if (node < 0) {
        // The quad first: it may grow (replace) the child array.
        const leaf = this.#quad(p);
        this.child[4 * parent + i] = leaf;
        return;
      }
    }
    const xp = xs[this.head[node]];
    const yp = ys[this.head[node]];
    if (x === xp && y === yp) {
      this.next[p] = this.head[node];
      this.head[node] = p;
      return;
    }
    let j: number;
    let xm: number;
    let ym: number;
    do {
      const split = this.#quad(-1);
      if (parent >= 0) this.child[4 * parent + i] = split;
      else this.root = split;
      parent = split;
      xm = (x0 + x1) / 2;
      const right = x >= xm;
      if (right) x0 = xm;
      else x1 = xm;
      ym = (y0 + y1) / 2;
      const bottom = y >= ym;
      if (bottom) y0 = ym;
      else y1 = ym;
      i = ((bottom ? 1 : 0) << 1) | (right ? 1 : 0);
      j = ((yp >= ym ? 1 : 0) << 1) | (xp >= xm ? 1 : 0);
    } while (i === j);
    const leaf = this.#quad(p);
    this.child[4 * parent + j] = node;
    this.child[4 * parent + i] = leaf;
  }

  /**
   * Lays the quads out in visit order with their bounds, worked out as d3's visit does (the
   * midpoints of the parent's), and each one's skip: the position past its subtree.
   */
  #order(): void {
    this.count = 0;
    if (this.root < 0) return;
    const { at, first, skip, bx0, by0, bx1, by1, child, head } = this;
    const pos = this.#pos;
    const qx0 = this.#qx0;
    const qy0 = this.#qy0;
    const qx1 = this.#qx1;
    const qy1 = this.#qy1;
    // Pre-order: a quad's children go on a stack (3, 2, 1, 0; kept in `skip`, filled in after)
    // with their bounds, halves of the parent's as d3's visit makes them.
    let k = 0;
    let top = 0;
    const stack = skip;
    stack[top++] = this.root;
    qx0[this.root] = this.x0;
    qy0[this.root] = this.y0;
    qx1[this.root] = this.x1;
    qy1[this.root] = this.y1;
    while (top > 0) {
      const q = stack[--top];
      at[k] = q;
      pos[q] = k;
      first[k] = head[q];
      const x0 = (bx0[k] = qx0[q]);
      const y0 = (by0[k] = qy0[q]);
      const x1 = (bx1[k] = qx1[q]);
      const y1 = (by1[k] = qy1[q]);
      k++;
      if (head[q] >= 0) continue;
      const xm = (x0 + x1) / 2;
      const ym = (y0 + y1) / 2;
      const c = 4 * q;
      for (let i = 3; i >= 0; i--) {
        const ch = child[c + i];
        if (ch < 0) continue;
        qx0[ch] = i & 1 ? xm : x0;
        qy0[ch] = i & 2 ? ym : y0;
        qx1[ch] = i & 1 ? x1 : xm;
        qy1[ch] = i & 2 ? y1 : ym;
        stack[top++] = ch;
      }
    }
    this.count = k;
    // A subtree is contiguous in pre-order: its end is the end of its last child's subtree.
    for (let p = k - 1; p >= 0; p--) {
      let end = p + 1;
      if (first[p] < 0) {
        const c = 4 * at[p];
        for (let i = 3; i >= 0; i--)
          if (child[c + i] >= 0) {
            end = skip[pos[child[c + i]]];
            break;
          }
      }
      skip[p] = end;
    }
  }

  /** The position of quad q's child i (-1: none). */
  childAt(p: number, i: number): number {
    const ch = this.child[4 * this.at[p] + i];
    return ch < 0 ? -1 : this.#pos[ch];
  }
}

/** The nodes' positions and velocities as typed arrays, filled for one call of a force. */
class Points {
  x = new Float64Array(0);
  y = new Float64Array(0);
  vx = new Float64Array(0);
  vy = new Float64Array(0);

  read(nodes: Node[]): void {
    const n = nodes.length;
    if (this.x.length < n) {
      this.x = new Float64Array(n);
      this.y = new Float64Array(n);
      this.vx = new Float64Array(n);
      this.vy = new Float64Array(n);
    }
    for (let i = 0; i < n; i++) {
      const d = nodes[i];
      this.x[i] = d.x!;
      this.y[i] = d.y!;
      this.vx[i] = d.vx!;
      this.vy[i] = d.vy!;
    }
  }

  writeVelocities(nodes: Node[]): void {
    for (let i = 0; i < nodes.length; i++) {
      nodes[i].vx = this.vx[i];
      nodes[i].vy = this.vy[i];
    }
  }
}

/**
 * Many-body over every pair, once each (i < d), each node pushed by the other's strength: d3's
 * forceManyBody with no Barnes-Hut approximation (theta 0), in another order of sums.
 */
function manyBodyPairs(
  p: Points,
  n: number,
  strengths: Float64Array,
  alpha: number,
  distanceMax2: number,
  random: () => number,
): void {
  const { x: xs, y: ys, vx, vy } = p;
  for (let i = 0; i < n; i++) {
    const xi = xs[i];
    const yi = ys[i];
    const si = strengths[i] * alpha;
    let fx = vx[i];
    let fy = vy[i];
    for (let d = i + 1; d < n; d++) {
      let x = xs[d] - xi;
      let y = ys[d] - yi;
      let l = x * x + y * y;
      if (l >= distanceMax2) continue;
      if (x === 0) {
        x = jiggle(random);
        l += x * x;
      }
      if (y === 0) {
        y = jiggle(random);
        l += y * y;
      }
      // d3's distanceMin of 1.
      if (l < 1) l = Math.sqrt(l);
      const wd = (strengths[d] * alpha) / l;
      fx += x * wd;
      fy += y * wd;
      const wi = si / l;
      vx[d] -= x * wi;
      vy[d] -= y * wi;
    }
    vx[i] = fx;
    vy[i] = fy;
  }
}

/**
 * One collision pass over every pair (i < d, in index order): d3's forceCollide (strength 1)
 * with its arithmetic, each overlap resolved as it is found.
 */
function collidePairs(p: Points, n: number, radii: Float64Array, random: () => number): void {
  const { x: xs, y: ys, vx, vy } = p;
  for (let i = 0; i < n; i++) {
    const ri = radii[i];
    const ri2 = ri * ri;
    const xi = xs[i] + vx[i];
    const yi = ys[i] + vy[i];
    for (let d = i + 1; d < n; d++) {
      const rj = radii[d];
      const r = ri + rj;
      const x = xi - xs[d] - vx[d];
      const y = yi - ys[d] - vy[d];
      const l = x * x + y * y;
      if (l < r * r) part(p, i, d, x, y, l, r, ri2, rj, random);
    }
  }
}

/**
 * Pushes two overlapping nodes apart as d3's forceCollide does (strength 1): i by rj²/(ri²+rj²)
 * of the overlap, d by the rest; nodes level with each other are first jiggled apart.
 * (x, y) runs from d to i where they are headed, l is its length squared, r the radii's sum.
 */
function part(
  p: Points,
  i: number,
  d: number,
  x: number,
  y: number,
  l: number,
  r: number,
  ri2: number,
  rj: number,
  random: () => number,
): void {
  if (x === 0) {
    x = jiggle(random);
    l += x * x;
  }
  if (y === 0) {
    y = jiggle(random);
    l += y * y;
  }
  l = (r - (l = Math.sqrt(l))) / l;
  p.vx[i] += (x *= l) * (r = (rj *= rj) / (ri2 + rj));
  p.vy[i] += (y *= l) * r;
  p.vx[d] -= x * (r = 1 - r);
  p.vy[d] -= y * r;
}

/**
 * d3's forceManyBody().strength(strength).distanceMax(distanceMax) (theta 0.9, distanceMin 1),
 * number for number past PAIRWISE nodes; up to it, exact over every pair. Nodes must be in
 * index order (d3's simulation numbers them so).
 * @example forceSimulation(nodes).force('charge', flatManyBody(-300, 400))
 */
export function flatManyBody<N extends Node>(strength: number, distanceMax = Infinity) {
  const theta2 = 0.81;
  const distanceMin2 = 1;
  const distanceMax2 = distanceMax * distanceMax;
  const tree = new Tree();
  const p = new Points();
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let strengths = new Float64Array(0);

  const force = ((alpha: number) => {
    const n = nodes.length;
    p.read(nodes);
    const { x: xs, y: ys, vx, vy } = p;
    if (n <= PAIRWISE) {
      manyBodyPairs(p, n, strengths, alpha, distanceMax2, random);
      p.writeVelocities(nodes);
      return;
    }
    tree.build(xs, ys, n);
    const { next, first, skip, bx0, bx1, value, cx, cy, count } = tree;
    // visitAfter(accumulate): children (later in visit order) before their parent.
    for (let k = count - 1; k >= 0; k--) {
      let s = 0;
      if (first[k] < 0) {
        let x = 0;
        let y = 0;
        let weight = 0;
        for (let c = 0; c < 4; c++) {
          const ch = tree.childAt(k, c);
          let w: number;
          if (ch >= 0 && (w = Math.abs(value[ch]))) {
            s += value[ch];
            weight += w;
            x += w * cx[ch];
            y += w * cy[ch];
          }
        }
        cx[k] = x / weight;
        cy[k] = y / weight;
      } else {
        cx[k] = xs[first[k]];
        cy[k] = ys[first[k]];
        for (let d = first[k]; d >= 0; d = next[d]) s += strengths[d];
      }
      value[k] = s;
    }
    for (let i = 0; i < n; i++) {
      const nx = xs[i];
      const ny = ys[i];
      let fx = vx[i];
      let fy = vy[i];
      for (let k = 0; k < count;) {
        // No strength in it: the quad and what it holds are passed over.
        if (!value[k]) {
          k = skip[k];
          continue;
        }
        let x = cx[k] - nx;
        let y = cy[k] - ny;
        let w = bx1[k] - bx0[k];
        let l = x * x + y * y;
        // Far enough: the quad as one body (Barnes-Hut), its subtree passed over.
        if ((w * w) / theta2 < l) {
          if (l < distanceMax2) {
            if (x === 0) {
              x = jiggle(random);
              l += x * x;
            }
            if (y === 0) {
              y = jiggle(random);
              l += y * y;
            }
            if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
            fx += (x * value[k] * alpha) / l;
            fy += (y * value[k] * alpha) / l;
          }
          k = skip[k];
          continue;
        }
        const d0 = first[k];
        k++;
        // An internal quad: on into its children, next in visit order.
        if (d0 < 0 || l >= distanceMax2) continue;
        if (d0 !== i || next[d0] >= 0) {
          if (x === 0) {
            x = jiggle(random);
            l += x * x;
          }
          if (y === 0) {
            y = jiggle(random);
            l += y * y;
          }
          if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
        }
        for (let d = d0; d >= 0; d = next[d])
          if (d !== i) {
            w = (strengths[d] * alpha) / l;
            fx += x * w;
            fy += y * w;
          }
      }
      vx[i] = fx;
      vy[i] = fy;
    }
    p.writeVelocities(nodes);
  }) as FlatForce<N>;
  force.initialize = (all, source) => {
    nodes = all;
    random = source;
    strengths = new Float64Array(all.length).fill(strength);
  };
  return force;
}

/**
 * d3's forceCollide(radius).iterations(iterations) (strength 1), number for number past
 * PAIRWISE nodes; up to it, over every pair in index order rather than the tree's.
 * @example forceSimulation(nodes).force('collide', flatCollide((d) => d.r + 4, 2))
 */
export function flatCollide<N extends Node>(radius: (node: N) => number, iterations = 1) {
  const tree = new Tree();
  const p = new Points();
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let radii = new Float64Array(0);

  const force = (() => {
    const n = nodes.length;
    p.read(nodes);
    const { x: xs, y: ys, vx, vy } = p;
    if (px.length < n) {
      px = new Float64Array(n);
      py = new Float64Array(n);
    }
    if (n <= PAIRWISE) {
      for (let it = 0; it < iterations; it++) collidePairs(p, n, radii, random);
      p.writeVelocities(nodes);
      return;
    }
    for (let it = 0; it < iterations; it++) {
      // The tree holds where each node is headed (x + vx), as d3's does.
      for (let i = 0; i < n; i++) {
        px[i] = xs[i] + vx[i];
        py[i] = ys[i] + vy[i];
      }
      tree.build(px, py, n);
      const { first, skip, bx0, by0, bx1, by1, value, count } = tree;
      // visitAfter(prepare): a quad's radius is its largest point's (a leaf's first point).
      for (let k = count - 1; k >= 0; k--) {
        if (first[k] >= 0) {
          value[k] = radii[first[k]];
          continue;
        }
        let r = 0;
        for (let c = 0; c < 4; c++) {
          const ch = tree.childAt(k, c);
          if (ch >= 0 && value[ch] > r) r = value[ch];
        }
        value[k] = r;
      }
      for (let i = 0; i < n; i++) {
        const ri = radii[i];
        const ri2 = ri * ri;
        const xi = xs[i] + vx[i];
        const yi = ys[i] + vy[i];
        for (let k = 0; k < count;) {
          const d = first[k];
          if (d < 0) {
            // An internal quad: passed over with its subtree when no point in it can reach.
            const r = ri + value[k];
            k =
              bx0[k] > xi + r || bx1[k] < xi - r || by0[k] > yi + r || by1[k] < yi - r
                ? skip[k]
                : k + 1;
            continue;
          }
          const rj = value[k];
          k++;
          if (d <= i) continue;
          const r = ri + rj;
          const x = xi - xs[d] - vx[d];
          const y = yi - ys[d] - vy[d];
          const l = x * x + y * y;
          if (l < r * r) part(p, i, d, x, y, l, r, ri2, rj, random);
        }
      }
    }
    p.writeVelocities(nodes);
  }) as unknown as FlatForce<N>;
  force.initialize = (all, source) => {
    nodes = all;
    random = source;
    radii = new Float64Array(all.map((d) => +radius(d)));
  };
  return force;
}
