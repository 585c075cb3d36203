/**
 * d3-force's many-body and collision forces with the same arithmetic, in the same order, on a
 * quadtree kept in typed arrays: the layout's numbers are d3's to the last bit, at a fraction
 * of the cost. d3 builds each tick's quadtrees from objects and closures (a leaf object per
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

/** d3-force's jiggle: a tiny random nudge for points that coincide. */
const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

/** A quadtree over n points, rebuilt in place (its arrays grow, never shrink). */
class Tree {
  /** Per quad: the children (-1: none) of an internal quad; -1 for a leaf. */
  child = new Int32Array(0);
  /** Per quad: the first point of a leaf (the newest of coincident ones), -1 for an internal quad. */
  head = new Int32Array(0);
  /** Per point: the next coincident point in its leaf, -1 at the end. */
  next = new Int32Array(0);
  /** Per quad: what a force sums over it (strength or radius) and its centre of strength. */
  value = new Float64Array(0);
  cx = new Float64Array(0);
  cy = new Float64Array(0);
  quads = 0;
  root = -1;
  x0 = 0;
  y0 = 0;
  x1 = 0;
  y1 = 0;
  /** Quads in visit order (depth first, children 0-3), for sums from the leaves up. */
  order = new Int32Array(0);
  /** A visit's stack: quads, and their bounds (x0, y0, x1, y1 each). */
  sq = new Int32Array(0);
  sb = new Float64Array(0);

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
    if (!(x0 <= x1 && y0 <= y1)) return;
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

  /** Room for `cap` quads (a visit's stack holds each quad at most once). */
  #grow(cap: number): void {
    const copy = <T extends Int32Array | Float64Array>(a: T, size: number): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.child = copy(this.child, 4 * cap);
    this.head = copy(this.head, cap);
    this.value = new Float64Array(cap);
    this.cx = new Float64Array(cap);
    this.cy = new Float64Array(cap);
    this.order = new Int32Array(cap);
    this.sq = new Int32Array(cap);
    this.sb = new Float64Array(4 * cap);
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

  /** Fills `order` with the quads depth first (d3's visit order, nothing pruned); their count. */
  listQuads(): number {
    if (this.root < 0) return 0;
    const stack = this.sq;
    let top = 0;
    let k = 0;
    stack[top++] = this.root;
    while (top > 0) {
      const q = stack[--top];
      this.order[k++] = q;
      if (this.head[q] >= 0) continue;
      for (let c = 3; c >= 0; c--) {
        const child = this.child[4 * q + c];
        if (child >= 0) stack[top++] = child;
      }
    }
    return k;
  }

  /** Starts a visit (d3-quadtree's visit: depth first, children 0-3): the root on the stack. */
  start(): number {
    if (this.root < 0) return 0;
    this.sq[0] = this.root;
    this.sb[0] = this.x0;
    this.sb[1] = this.y0;
    this.sb[2] = this.x1;
    this.sb[3] = this.y1;
    return 1;
  }

  /** Pushes quad q's children (its bounds at stack slot b) 3, 2, 1, 0, so 0 is visited first. */
  descend(top: number, q: number, b: number): number {
    const sb = this.sb;
    const x0 = sb[b];
    const y0 = sb[b + 1];
    const x1 = sb[b + 2];
    const y1 = sb[b + 3];
    const xm = (x0 + x1) / 2;
    const ym = (y0 + y1) / 2;
    const c = 4 * q;
    top = this.#push(top, this.child[c + 3], xm, ym, x1, y1);
    top = this.#push(top, this.child[c + 2], x0, ym, xm, y1);
    top = this.#push(top, this.child[c + 1], xm, y0, x1, ym);
    return this.#push(top, this.child[c], x0, y0, xm, ym);
  }

  #push(top: number, q: number, x0: number, y0: number, x1: number, y1: number): number {
    if (q < 0) return top;
    this.sq[top] = q;
    const b = 4 * top;
    this.sb[b] = x0;
    this.sb[b + 1] = y0;
    this.sb[b + 2] = x1;
    this.sb[b + 3] = y1;
    return top + 1;
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
 * d3's forceManyBody().strength(strength).distanceMax(distanceMax) (theta 0.9, distanceMin 1),
 * number for number. Nodes must be in index order (d3's simulation numbers them so).
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
    tree.build(xs, ys, n);
    const { head, next, child, value, cx, cy, order } = tree;
    // visitAfter(accumulate): children before their parent.
    for (let k = tree.listQuads() - 1; k >= 0; k--) {
      const q = order[k];
      let s = 0;
      if (head[q] < 0) {
        let x = 0;
        let y = 0;
        let weight = 0;
        for (let c = 0; c < 4; c++) {
          const ch = child[4 * q + c];
          let w: number;
          if (ch >= 0 && (w = Math.abs(value[ch]))) {
            s += value[ch];
            weight += w;
            x += w * cx[ch];
            y += w * cy[ch];
          }
        }
        cx[q] = x / weight;
        cy[q] = y / weight;
      } else {
        cx[q] = xs[head[q]];
        cy[q] = ys[head[q]];
        for (let d = head[q]; d >= 0; d = next[d]) s += strengths[d];
      }
      value[q] = s;
    }
    for (let i = 0; i < n; i++) {
      const nx = xs[i];
      const ny = ys[i];
      let fx = vx[i];
      let fy = vy[i];
      const { sq, sb } = tree;
      for (let top = tree.start(); top > 0;) {
        const q = sq[--top];
        const b = 4 * top;
        if (!value[q]) continue;
        let x = cx[q] - nx;
        let y = cy[q] - ny;
        let w = sb[b + 2] - sb[b];
        let l = x * x + y * y;
        // Far enough: the quad as one body (Barnes-Hut).
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
            fx += (x * value[q] * alpha) / l;
            fy += (y * value[q] * alpha) / l;
          }
          continue;
        }
        if (head[q] < 0) {
          top = tree.descend(top, q, b);
          continue;
        }
        if (l >= distanceMax2) continue;
        if (head[q] !== i || next[head[q]] >= 0) {
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
        for (let d = head[q]; d >= 0; d = next[d])
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
 * d3's forceCollide(radius).iterations(iterations) (strength 1), number for number.
 * @example forceSimulation(nodes).force('collide', flatCollide((d) => d.r + 4, 2))
 */
export function flatCollide<N extends Node>(radius: (node: N) => number, iterations = 1) {
  const tree = new Tree();
  const p = new Points();
  const px = { x: new Float64Array(0), y: new Float64Array(0) };
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let radii = new Float64Array(0);

  const force = (() => {
    const n = nodes.length;
    p.read(nodes);
    const { x: xs, y: ys, vx, vy } = p;
    if (px.x.length < n) px.x = new Float64Array(n);
    if (px.y.length < n) px.y = new Float64Array(n);
    for (let it = 0; it < iterations; it++) {
      // The tree holds where each node is headed (x + vx), as d3's does.
      for (let i = 0; i < n; i++) {
        px.x[i] = xs[i] + vx[i];
        px.y[i] = ys[i] + vy[i];
      }
      tree.build(px.x, px.y, n);
      const { head, child, value, order } = tree;
      // visitAfter(prepare): a quad's radius is its largest point's (a leaf's first point).
      for (let k = tree.listQuads() - 1; k >= 0; k--) {
        const q = order[k];
        if (head[q] >= 0) {
          value[q] = radii[head[q]];
          continue;
        }
        let r = 0;
        for (let c = 0; c < 4; c++) {
          const ch = child[4 * q + c];
          if (ch >= 0 && value[ch] > r) r = value[ch];
        }
        value[q] = r;
      }
      for (let i = 0; i < n; i++) {
        const ri = radii[i];
        const ri2 = ri * ri;
        const xi = xs[i] + vx[i];
        const yi = ys[i] + vy[i];
        const { sq, sb } = tree;
        for (let top = tree.start(); top > 0;) {
          const q = sq[--top];
          let rj = value[q];
          let r = ri + rj;
          const d = head[q];
          if (d < 0) {
            const b = 4 * top;
            if (sb[b] > xi + r || sb[b + 2] < xi - r || sb[b + 1] > yi + r || sb[b + 3] < yi - r)
              continue;
            top = tree.descend(top, q, b);
            continue;
          }
          if (d <= i) continue;
          let x = xi - xs[d] - vx[d];
          let y = yi - ys[d] - vy[d];
          let l = x * x + y * y;
          if (!(l < r * r)) continue;
          if (x === 0) {
            x = jiggle(random);
            l += x * x;
          }
          if (y === 0) {
            y = jiggle(random);
            l += y * y;
          }
          l = (r - (l = Math.sqrt(l))) / l;
          vx[i] += (x *= l) * (r = (rj *= rj) / (ri2 + rj));
          vy[i] += (y *= l) * r;
          vx[d] -= x * (r = 1 - r);
          vy[d] -= y * r;
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
