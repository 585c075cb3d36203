import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPictureQueue } from '../../../src/lib/dom/afterPicture.svelte.ts';

/** A queue applying to `applied`, and the frames the page would paint. */
function setup() {
  vi.useFakeTimers();
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  const applied: string[] = [];
  const offer = afterPictureQueue<string>((v) => applied.push(v));
  const paint = () => {
    frames.splice(0).forEach((cb) => cb(0));
    vi.advanceTimersByTime(0);
  };
  return { offer, applied, paint };
}

describe('afterPictureQueue', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('applies a change only after the frame that shows it', () => {
    const { offer, applied, paint } = setup();
    offer('maritime');
    expect(applied).toEqual([]);
    paint();
    expect(applied).toEqual(['maritime']);
  });

  it('coalesces changes before the frame into one update, to the latest', () => {
    const { offer, applied, paint } = setup();
    offer('maritime');
    offer('space');
    offer('cyber');
    paint();
    expect(applied).toEqual(['cyber']);
    offer('all');
    paint();
    expect(applied).toEqual(['cyber', 'all']);
  });
});
