import { afterEach, describe, expect, it, vi } from 'vitest';

/** A canvas whose text is 10px a character in a 10px font, 20px in a 20px one; counts queries. */
function fakeCanvas() {
  const calls = { fontSets: 0, measures: 0 };
  const ctx = {
    _font: '',
    set font(f: string) {
      calls.fontSets++;
      this._font = f;
    },
    get font() {
      return this._font;
    },
    measureText(text: string) {
      calls.measures++;
      return { width: text.length * parseFloat(/(\d+)px/.exec(this._font)?.[1] ?? '0') };
    },
  };
  vi.stubGlobal('document', { createElement: () => ({ getContext: () => ctx }) });
  return calls;
}

async function freshMeasure() {
  vi.resetModules();
  return (await import('../../../src/lib/dom/measureText.ts')).measureText;
}

describe('measureText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('measures in the font asked for', async () => {
    fakeCanvas();
    const measureText = await freshMeasure();
    expect(measureText('Japan', '700 10px Arial')).toBe(50);
    expect(measureText('Japan', '700 20px Arial')).toBe(100);
    expect(measureText('India', '700 10px Arial')).toBe(50);
  });

  it('asks the canvas once per label and font, and sets the font only when it changes', async () => {
    const calls = fakeCanvas();
    const measureText = await freshMeasure();
    for (let i = 0; i < 5; i++) {
      measureText('Japan', '700 16px Arial');
      measureText('India', '700 16px Arial');
    }
    expect(calls.measures).toBe(2);
    expect(calls.fontSets).toBe(1);
    measureText('Japan', '500 14px Arial');
    expect(calls.fontSets).toBe(2);
  });

  it('measures a label once per weight and family, at 16px, and scales it to every size', async () => {
    const calls = fakeCanvas();
    const measureText = await freshMeasure();
    const sizes = [20, 19, 18, 17, 16, 15, 14, 13, 12];
    for (const size of sizes) expect(measureText('Japan', `600 ${size}px Arial`)).toBe(5 * size);
    expect(calls.measures).toBe(1);
    expect(calls.fontSets).toBe(1);
    measureText('Japan', '400 18px Arial');
    expect(calls.measures).toBe(2);
  });

  it('measures a font whose size is not a whole number of px as it is', async () => {
    const calls = fakeCanvas();
    const measureText = await freshMeasure();
    measureText('Japan', '700 1em Arial');
    measureText('Japan', '700 23.4px Arial');
    expect(calls.measures).toBe(2);
  });

  it('estimates from the font size where there is no canvas (Node)', async () => {
    const measureText = await freshMeasure();
    expect(measureText('abcd', '16px Arial')).toBeCloseTo(4 * 16 * 0.62);
  });
});
