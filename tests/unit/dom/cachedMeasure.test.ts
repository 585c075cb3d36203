import { afterEach, describe, expect, it, vi } from 'vitest';

describe('cachedMeasure', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('measures in the family at each size and weight asked for, as the CSS font would', async () => {
    // A canvas that records the fonts it is given; text is 1 px a character per px of size.
    const fonts: string[] = [];
    const ctx = {
      set font(f: string) {
        fonts.push(f);
      },
      measureText: (text: string) => ({
        width: text.length * parseFloat(/(\d+)px/.exec(fonts.at(-1) ?? '')?.[1] ?? '0'),
      }),
    };
    vi.stubGlobal('document', { createElement: () => ({ getContext: () => ctx }) });
    vi.resetModules();
    const { cachedMeasure } = await import('../../../src/lib/dom/cachedMeasure.ts');
    const measure = cachedMeasure('Inter, sans-serif');
    expect(measure('Japan', 16)).toBe(80);
    expect(measure('Japan', 12, 700)).toBe(60);
    expect(measure('India', 20, 700)).toBe(100);
    expect(measure('Japan', 16, 600)).toBe(80);
    // Measured at the reference size, once per weight, in the family given.
    expect(fonts).toEqual([
      '400 16px Inter, sans-serif',
      '700 16px Inter, sans-serif',
      '600 16px Inter, sans-serif',
    ]);
  });
});
