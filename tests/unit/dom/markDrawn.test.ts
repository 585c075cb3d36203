import { beforeEach, describe, expect, it, vi } from 'vitest';

let markDrawn: typeof import('../../../src/lib/dom/markDrawn.ts').markDrawn;
let whenDrawn: typeof import('../../../src/lib/dom/markDrawn.ts').whenDrawn;

describe('whenDrawn', () => {
  beforeEach(async () => {
    vi.resetModules();
    ({ markDrawn, whenDrawn } = await import('../../../src/lib/dom/markDrawn.ts'));
  });

  it('waits for every view, then runs once', () => {
    const run = vi.fn();
    whenDrawn(['network', 'timeline'], run);
    markDrawn('timeline');
    expect(run).not.toHaveBeenCalled();
    markDrawn('network');
    markDrawn('network');
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the views have already drawn', () => {
    markDrawn('network');
    markDrawn('timeline');
    const run = vi.fn();
    whenDrawn(['network', 'timeline'], run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('marks each view once for the benchmark', () => {
    const mark = vi.spyOn(performance, 'mark');
    markDrawn('network');
    markDrawn('network');
    expect(mark.mock.calls.filter(([name]) => name === 'tieline:network-drawn')).toHaveLength(1);
    mark.mockRestore();
  });
});
