/** The relations as the edge canvas paints them, and as export writes them. */
import { describe, expect, it } from 'vitest';
import { edgeStyle } from '../../../src/lib/encoding/marks.ts';
import type { RelationType } from '../../../src/lib/model/vocabulary.ts';
import type { Relation } from '../../../src/lib/model/schema.ts';
import { edgesSvg } from '../../../src/lib/views/edgesSvg.ts';
import { DIMMED, MINOR, strengthOf, type Emphasis } from '../../../src/lib/views/markStrength.ts';
import { CROWDED, type DrawnEdge } from '../../../src/lib/views/networkModel.ts';
import {
  arrowHead,
  edgeMarks,
  fadeMarks,
  fades,
  paintEdges,
  pathCache,
  type EdgeContext,
} from '../../../src/lib/views/paintEdges.ts';

function edge(id: string, type: RelationType, minor = false): DrawnEdge {
  return {
    id,
    d: 'M0,0L100,0',
    mid: { x: 50, y: 0 },
    tip: { x: 100, y: 0, dx: 1, dy: 0 },
    relation: { id, type } as Relation,
    style: edgeStyle(type),
    width: 2,
    minor,
  };
}
const plain: Emphasis = { highlight: null, keep: null, dimmed: DIMMED };
const lit = (...relations: string[]): Emphasis => ({
  ...plain,
  highlight: { actors: new Set(), relations: new Set(relations), events: new Set() },
});
const many = (n: number) => new Set(Array.from({ length: n }, (_, i) => `a${i}`));

describe('strengthOf', () => {
  it.each([
    ['nothing highlighted, a major mark', plain, false, 1],
    ['nothing highlighted, a minor mark in a crowded frame', plain, true, MINOR],
    ['a highlight that lights the mark', lit('r'), true, 1],
    ['a highlight that leaves it out', lit('other'), false, DIMMED],
    ['a highlight that leaves a minor mark out', lit('other'), true, Math.min(MINOR, DIMMED)],
    [
      'filters that keep few actors: no crowd, nothing fades',
      { ...plain, keep: { actors: many(3), relations: new Set(['r']) } },
      true,
      1,
    ],
    [
      'filters that keep a crowd',
      { ...plain, keep: { actors: many(CROWDED + 1), relations: new Set(['r']) } },
      true,
      MINOR,
    ],
  ])('%s', (_, emphasis, minor, expected) => {
    expect(strengthOf(emphasis, minor, emphasis.highlight?.relations, 'r')).toBe(expected);
  });
});

describe('edgeMarks', () => {
  const edges = [edge('a', 'cooperation'), edge('b', 'sanctions'), edge('c', 'tension', true)];

  it('keeps what the filters keep, in drawing order', () => {
    const keep = { actors: many(3), relations: new Set(['c', 'a']) };
    expect(edgeMarks(edges, { ...plain, keep }).map((m) => m.id)).toEqual(['a', 'c']);
    expect(edgeMarks(edges, plain).map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it("draws each type's dashes, and arrowheads on directed relations only", () => {
    const [coop, sanctions, tension] = edgeMarks(edges, plain);
    expect(coop.dash).toEqual([]);
    expect(sanctions.dash).toEqual([3, 3]);
    expect(tension.dash).toEqual([10, 5]);
    expect(coop.arrow).toBeNull();
    expect(sanctions.arrow).not.toBeNull();
  });

  it('dims what a highlight leaves out and fades minor relations', () => {
    expect(edgeMarks(edges, lit('b')).map((m) => m.alpha)).toEqual([DIMMED, 1, DIMMED]);
    expect(edgeMarks(edges, plain).map((m) => m.alpha)).toEqual([1, 1, MINOR]);
  });
});

describe('arrowHead', () => {
  it('puts a 9 px triangle on the end, pointing the way the path arrives', () => {
    const east = arrowHead({ x: 10, y: 0, dx: 1, dy: 0 });
    expect(east.map(([x, y]) => [+x.toFixed(2), +y.toFixed(2)])).toEqual([
      [9.1, -4.5],
      [18.1, 0],
      [9.1, 4.5],
    ]);
    const south = arrowHead({ x: 0, y: 10, dx: 0, dy: 1 });
    expect(south[1].map((v) => +v.toFixed(2))).toEqual([0, 18.1]);
  });
});

describe('paintEdges', () => {
  function recorder() {
    const calls: string[] = [];
    const ctx = new Proxy({} as Record<string, unknown>, {
      get: (t, k: string) =>
        k in t ? t[k] : (...a: unknown[]) => calls.push(`${k}(${a.map(String).join(',')})`),
      set: (t, k: string, v) => {
        calls.push(`${k}=${v}`);
        t[k] = v;
        return true;
      },
    });
    return { ctx: ctx as unknown as EdgeContext, calls };
  }

  it('clears the canvas, then paints at the view zoom below the controls, in device pixels', () => {
    const { ctx, calls } = recorder();
    const marks = edgeMarks([edge('a', 'cooperation')], plain);
    paintEdges(
      ctx,
      marks,
      { width: 300, height: 200, ratio: 2, top: 40, zoom: { x: 10, y: 5, k: 1.5 } },
      (d) => d as unknown as Path2D,
    );
    expect(calls.slice(0, 3)).toEqual([
      'setTransform(1,0,0,1,0,0)',
      'clearRect(0,0,600,400)',
      'setTransform(3,0,0,3,20,90)',
    ]);
    expect(calls).toContain('stroke(M0,0L100,0)');
    expect(calls).toContain('strokeStyle=#1F4E79');
    expect(calls).not.toContain('fill()');
  });

  it('fills an arrowhead after a directed relation, in its colour and opacity', () => {
    const { ctx, calls } = recorder();
    paintEdges(
      ctx,
      edgeMarks([edge('b', 'sanctions')], lit('x')),
      { width: 10, height: 10, ratio: 1, top: 0, zoom: { x: 0, y: 0, k: 1 } },
      (d) => d as unknown as Path2D,
    );
    const stroke = calls.indexOf('stroke(M0,0L100,0)');
    expect(calls.indexOf('fill()')).toBeGreaterThan(stroke);
    expect(calls).toContain(`globalAlpha=${DIMMED}`);
    expect(calls).toContain('fillStyle=#5B21B6');
    expect(calls).toContain('setLineDash(3,3)');
  });
});

describe('fadeMarks', () => {
  const edges = [edge('a', 'cooperation'), edge('b', 'tension')];
  const lit = edgeMarks(edges, {
    ...plain,
    highlight: { actors: new Set(), relations: new Set(['b']), events: new Set() },
  });

  it('moves each opacity from what is on screen toward its new one', () => {
    const from = new Map([
      ['a', 1],
      ['b', 1],
    ]);
    expect(fades(from, lit)).toBe(true);
    expect(fadeMarks(from, lit, 0).map((m) => m.alpha)).toEqual([1, 1]);
    expect(fadeMarks(from, lit, 0.5).map((m) => +m.alpha.toFixed(2))).toEqual([0.59, 1]);
    expect(fadeMarks(from, lit, 1)).toEqual(lit);
  });

  it('shows a relation that was not on screen at once, and has nothing to fade when nothing changed', () => {
    expect(fadeMarks(new Map(), lit, 0.2)).toEqual(lit);
    expect(fades(new Map(), lit)).toBe(false);
    expect(fades(new Map(lit.map((m) => [m.id, m.alpha])), lit)).toBe(false);
  });
});

describe('pathCache', () => {
  it('parses each path once, and forgets them when far more are kept than painted', () => {
    let parsed = 0;
    const paths = pathCache((d) => ({ d, n: ++parsed }) as unknown as Path2D);
    expect(paths.get('M0,0L1,1')).toBe(paths.get('M0,0L1,1'));
    expect(parsed).toBe(1);
    paths.forget(1);
    paths.get('M0,0L1,1');
    expect(parsed).toBe(1);
    for (let i = 0; i < 80; i++) paths.get(`M${i},9L1,1`);
    paths.forget(1);
    paths.get('M0,0L1,1');
    expect(parsed).toBe(82);
  });
});

describe('edgesSvg', () => {
  it('writes each relation as the canvas paints it, colours in lowercase hex', () => {
    const svg = edgesSvg(edgeMarks([edge('a', 'cooperation'), edge('b', 'sanctions')], plain));
    expect(svg).toBe(
      '<path d="M0,0L100,0" fill="none" stroke="#1f4e79" stroke-width="2"/>' +
        '<path d="M0,0L100,0" fill="none" stroke="#5b21b6" stroke-width="2" stroke-dasharray="3 3"/>' +
        '<path d="M99.1,-4.5L108.1,0L99.1,4.5Z" fill="#5b21b6"/>',
    );
  });

  it('fades a directed relation and its arrowhead together', () => {
    const svg = edgesSvg(edgeMarks([edge('b', 'sanctions')], lit('x')));
    expect(svg).toMatch(new RegExp(`^<g opacity="${DIMMED}"><path [^>]+/><path [^>]+/></g>$`));
  });
});
