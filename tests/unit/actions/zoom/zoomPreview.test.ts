import { describe, expect, it } from 'vitest';
import type { Zoom } from '../../../../src/lib/state/viewState.ts';
import { cssTransform, previewTransform } from '../../../../src/actions/zoom/zoomPreview.ts';

/** Where a layout point lands on screen under a transform. */
const place = (t: Zoom, [x, y]: [number, number]): [number, number] => [
  t.k * x + t.x,
  t.k * y + t.y,
];

describe('previewTransform', () => {
  const cases: { name: string; committed: Zoom; live: Zoom }[] = [
    {
      name: 'from the whole picture',
      committed: { x: 0, y: 0, k: 1 },
      live: { x: -40, y: 12, k: 2.5 },
    },
    {
      name: 'zooming out of a zoom',
      committed: { x: -300, y: -90, k: 3 },
      live: { x: -20, y: 5, k: 1.2 },
    },
    { name: 'a pan only', committed: { x: 15, y: -7, k: 1.7 }, live: { x: 95, y: 33, k: 1.7 } },
  ];
  for (const { name, committed, live } of cases) {
    it(`moves every point drawn at the committed zoom to where the live one puts it: ${name}`, () => {
      const screen = previewTransform(committed, live);
      for (const p of [
        [0, 0],
        [120, 45],
        [-60, 300],
      ] as [number, number][]) {
        const [x, y] = place(screen, place(committed, p));
        const [wx, wy] = place(live, p);
        expect(x).toBeCloseTo(wx, 9);
        expect(y).toBeCloseTo(wy, 9);
      }
    });
  }

  it('is the identity when nothing moved', () => {
    expect(previewTransform({ x: 10, y: 20, k: 2 }, { x: 10, y: 20, k: 2 })).toEqual({
      x: 0,
      y: 0,
      k: 1,
    });
  });

  it('does not mutate its inputs', () => {
    const committed = { x: 1, y: 2, k: 3 };
    const live = { x: 4, y: 5, k: 6 };
    previewTransform(committed, live);
    expect(committed).toEqual({ x: 1, y: 2, k: 3 });
    expect(live).toEqual({ x: 4, y: 5, k: 6 });
  });
});

describe('cssTransform', () => {
  it('writes translate in px, then scale', () => {
    expect(cssTransform({ x: 10, y: -5.5, k: 2 })).toBe('translate(10px, -5.5px) scale(2)');
  });
});
