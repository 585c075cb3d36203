import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The page's frames, painted when the test says so. */
let frames: FrameRequestCallback[] = [];
const paint = async () => {
  for (const frame of frames.splice(0)) frame(0);
  await vi.advanceTimersByTimeAsync(0);
};

describe('lazyAction', () => {
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.resetModules();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks for its code once its element is painted, then starts with the latest parameters', async () => {
    const { lazyAction } = await import('../../../src/actions/lazyAction.ts');
    const setup = vi.fn(() => ({}));
    const node = {} as Element;
    lazyAction(setup)(node, 1).update?.(2);
    // Long enough for its code to have come, had it been asked for (the same module).
    await import('../../../src/actions/d3Interaction.ts');
    await vi.advanceTimersByTimeAsync(0);
    expect(setup).not.toHaveBeenCalled();
    await paint();
    await vi.waitFor(() => expect(setup).toHaveBeenCalledWith(expect.anything(), node, 2));
  });

  it('starts without waiting for a paint once the code has been asked for', async () => {
    const { lazyAction, loadD3Interaction } = await import('../../../src/actions/lazyAction.ts');
    await loadD3Interaction();
    const setup = vi.fn(() => ({}));
    lazyAction(setup)({} as Element, 1);
    await vi.waitFor(() => expect(setup).toHaveBeenCalledOnce());
    expect(frames).toHaveLength(0);
  });

  it('never starts when its element is gone before the code came', async () => {
    const { lazyAction, loadD3Interaction } = await import('../../../src/actions/lazyAction.ts');
    const setup = vi.fn(() => ({}));
    lazyAction(setup)({} as Element, 1).destroy?.();
    await paint();
    await loadD3Interaction();
    await vi.advanceTimersByTimeAsync(200);
    expect(setup).not.toHaveBeenCalled();
  });
});
