import { describe, expect, it } from 'vitest';
import { lazyCode } from '../../../src/lib/dom/lazyCode.ts';

describe('lazyCode', () => {
  it('imports once, however often it is asked, and holds the module once it has come', async () => {
    let imports = 0;
    const code = lazyCode(async () => ({ n: ++imports }));
    expect(code.loaded).toBeNull();
    const [a, b] = await Promise.all([code.load(), code.load()]);
    expect(a).toBe(b);
    expect(imports).toBe(1);
    expect(code.loaded).toBe(a);
  });

  it('tries again after a failed import', async () => {
    let attempts = 0;
    const code = lazyCode(async () => {
      if (++attempts === 1) throw new Error('offline');
      return { ok: true };
    });
    await expect(code.load()).rejects.toThrow('offline');
    expect(code.loaded).toBeNull();
    await expect(code.load()).resolves.toEqual({ ok: true });
    expect(attempts).toBe(2);
  });
});
