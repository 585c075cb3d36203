// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keyedValues } from '../../../src/lib/state/keyedValues.svelte.ts';

/** Lets the effects that a change scheduled run (a microtask later, as in a page). */
const settle = () => new Promise((resolve) => setTimeout(resolve));

/** A highlight over three marks, each reader counting its runs, as a component's markup would. */
function marks() {
  const state = $state({ lit: new Set<string>(['a']), ids: ['a', 'b', 'c'] });
  const runs: Record<string, number> = {};
  const seen: Record<string, boolean | undefined> = {};
  let on: (id: string) => boolean | undefined = () => undefined;
  const stop = $effect.root(() => {
    on = keyedValues<boolean>((put) => {
      for (const id of state.ids) put(id, state.lit.has(id));
    });
    for (const id of ['a', 'b', 'c']) {
      $effect.pre(() => {
        seen[id] = on(id);
        runs[id] = (runs[id] ?? 0) + 1;
      });
    }
  });
  return { state, runs, seen, stop, on: (id: string) => on(id) };
}

describe('keyedValues', () => {
  it('gives each id its value as soon as it is made', async () => {
    const { seen, stop } = marks();
    expect(seen).toEqual({ a: true, b: false, c: false });
    stop();
  });

  it('re-runs the readers whose value changed, and no other', async () => {
    const { state, runs, seen, stop } = marks();
    state.lit = new Set(['b']);
    await settle();
    expect(seen).toEqual({ a: false, b: true, c: false });
    expect(runs).toEqual({ a: 2, b: 2, c: 1 });
    stop();
  });

  it('forgets an id no longer computed, and knows one added', async () => {
    const { state, stop, on } = marks();
    state.ids = ['a', 'b', 'd'];
    state.lit = new Set(['d']);
    await settle();
    expect(['a', 'b', 'c', 'd'].map(on)).toEqual([false, false, undefined, true]);
    stop();
  });

  it('keeps a value its comparison finds the same, so its reader does not re-run', async () => {
    const box = $state({ n: 1 });
    let runs = 0;
    let last: { n: number } | undefined;
    const stop = $effect.root(() => {
      const read = keyedValues<{ n: number }>(
        (put) => put('x', { n: box.n }),
        (a, b) => a.n === b.n,
      );
      $effect.pre(() => {
        last = read('x');
        runs++;
      });
    });
    await settle();
    const first = last;
    box.n = 1;
    await settle();
    box.n = 2;
    await settle();
    expect([runs, first?.n, last?.n]).toEqual([2, 1, 2]);
    stop();
  });
});
