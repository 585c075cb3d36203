import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../../src/lib/dom/lazyModule.svelte.ts';

describe('lazyModule', () => {
  it('is null until the module has come, asking starts loading it once, then it is the module', async () => {
    let imports = 0;
    const code = lazyModule(async () => (imports++, { answer: 42 }));
    expect(code.now).toBeNull();
    expect(code.now).toBeNull();
    await new Promise((resolve) => setTimeout(resolve));
    expect(code.now).toEqual({ answer: 42 });
    await code.load();
    expect(imports).toBe(1);
  });

  it('tries a failed import again at the next ask', async () => {
    let tries = 0;
    const code = lazyModule(async () => {
      if (++tries === 1) throw new Error('offline');
      return { ok: true };
    });
    await expect(code.load()).rejects.toThrow('offline');
    expect(code.now).toBeNull();
    await code.load();
    expect(code.now).toEqual({ ok: true });
    expect(tries).toBe(2);
  });
});
