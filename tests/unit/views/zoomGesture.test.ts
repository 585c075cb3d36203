import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Zoom } from '../../../src/lib/state/urlState.ts';
import {
  cssTransform,
  previewTransform,
  WHEEL_SETTLE_MS,
  ZoomGesture,
  zoomOrNull,
} from '../../../src/lib/views/zoomGesture.ts';

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

describe('zoomOrNull', () => {
  it('keeps the identity as null and any other zoom as it is', () => {
    expect(zoomOrNull({ x: 0, y: 0, k: 1 })).toBeNull();
    expect(zoomOrNull({ x: 0, y: 0, k: 1.5 })).toEqual({ x: 0, y: 0, k: 1.5 });
  });
});

describe('ZoomGesture', () => {
  let previews: Zoom[];
  let commits: (Zoom | null)[];
  let gesture: ZoomGesture;
  const a = { x: 10, y: 0, k: 1.2 };
  const b = { x: 25, y: -8, k: 1.5 };
  const c = { x: 60, y: 20, k: 1.5 };

  beforeEach(() => {
    vi.useFakeTimers();
    previews = [];
    commits = [];
    gesture = new ZoomGesture({
      preview: (t) => previews.push(t),
      commit: (t) => commits.push(t),
    });
  });
  afterEach(() => {
    gesture.dispose();
    vi.useRealTimers();
  });

  it('previews each step of a drag and commits once, when it ends', () => {
    gesture.start(true);
    gesture.zoom(a);
    gesture.zoom(b);
    expect(previews).toEqual([a, b]);
    expect(commits).toEqual([]);
    gesture.end(b);
    expect(commits).toEqual([b]);
  });

  it('commits a wheel zoom only after it has settled, and not if the wheel turns again', () => {
    gesture.start(true);
    gesture.zoom(a);
    gesture.end(a, true);
    vi.advanceTimersByTime(WHEEL_SETTLE_MS - 1);
    expect(commits).toEqual([]);
    gesture.start(true);
    gesture.zoom(b);
    gesture.end(b, true);
    vi.advanceTimersByTime(WHEEL_SETTLE_MS - 1);
    expect(commits).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(commits).toEqual([b]);
    expect(previews).toEqual([a, b]);
  });

  it('waits for the last of overlapping gestures (a drag started while the wheel settles)', () => {
    gesture.start(true); // wheel
    gesture.zoom(a);
    gesture.start(true); // mousedown: d3-zoom starts a second gesture
    gesture.end(a, true); // the wheel's idle end arrives mid-drag
    vi.advanceTimersByTime(WHEEL_SETTLE_MS * 2);
    expect(commits).toEqual([]);
    gesture.zoom(c);
    gesture.end(c); // mouseup
    expect(commits).toEqual([c]);
  });

  it('applies a change from outside at once when no gesture runs, as null for the identity', () => {
    gesture.start(false);
    gesture.zoom({ x: 0, y: 0, k: 1 });
    gesture.end({ x: 0, y: 0, k: 1 });
    gesture.start(false);
    gesture.zoom(a);
    gesture.end(a);
    expect(commits).toEqual([null, a]);
    expect(previews).toEqual([]);
  });

  it('lets a change from outside replace a wheel zoom that is still settling', () => {
    gesture.start(true);
    gesture.zoom(a);
    gesture.end(a, true);
    gesture.start(false); // Reset view
    gesture.zoom({ x: 0, y: 0, k: 1 });
    gesture.end({ x: 0, y: 0, k: 1 });
    vi.advanceTimersByTime(WHEEL_SETTLE_MS * 2);
    expect(commits).toEqual([null]);
  });

  it('does not commit a click on the background that moved nothing', () => {
    gesture.start(true);
    gesture.end({ x: 0, y: 0, k: 1 });
    vi.advanceTimersByTime(WHEEL_SETTLE_MS * 2);
    expect(commits).toEqual([]);
  });

  it('drops a settling commit when disposed', () => {
    gesture.start(true);
    gesture.zoom(a);
    gesture.end(a, true);
    gesture.dispose();
    vi.advanceTimersByTime(WHEEL_SETTLE_MS * 2);
    expect(commits).toEqual([]);
  });
});
