import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, painted } from '../../../src/lib/dom/afterPaint.ts';

describe('afterPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs after the next frame, not during the change, and only once', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const run = vi.fn();
    afterPaint(run);
    expect(run).not.toHaveBeenCalled();
    frames.forEach((cb) => cb(0));
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('still runs where no frame comes (a hidden tab)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const run = vi.fn();
    afterPaint(run, 100);
    vi.advanceTimersByTime(99);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('as a promise, resolves in a later task, after the frame', async () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    let done = false;
    void painted().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    frames.forEach((cb) => cb(0));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });
});
