import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Zoom } from '../../../../src/lib/state/viewState.ts';
import {
  WHEEL_SETTLE_MS,
  ZoomGesture,
  zoomOrNull,
} from '../../../../src/actions/zoom/zoomGesture.ts';

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
