/**
 * A Svelte action whose d3 code loads on demand (d3Interaction.ts): the action starts once the
 * chunk is in, with the latest parameters; an update before then is kept, a destroy before
 * then means it never starts.
 */
import type { ActionReturn } from 'svelte/action';
import { afterPaint } from '../lib/dom/afterPaint.ts';

export type D3Interaction = typeof import('./d3Interaction.ts');

let loading: Promise<D3Interaction> | null = null;

/** Starts loading the interaction chunk (once) and resolves with it. */
export function loadD3Interaction(): Promise<D3Interaction> {
  loading ??= import('./d3Interaction.ts');
  return loading;
}

export function lazyAction<N extends Element, P>(
  setup: (d3: D3Interaction, node: N, params: P) => ActionReturn<P>,
): (node: N, initial: P) => ActionReturn<P> {
  return (node, initial) => {
    let params = initial;
    let inner: ActionReturn<P> | null = null;
    let destroyed = false;
    const start = () =>
      void loadD3Interaction().then((d3) => {
        if (!destroyed) inner = setup(d3, node, params);
      });
    // The chunk's first request waits until the element is painted: Vite asks for it and its
    // imports with <link rel=modulepreload> elements, 1-5 ms in the task that draws the view.
    if (loading) start();
    else afterPaint(start);
    return {
      update(next: P) {
        params = next;
        inner?.update?.(next);
      },
      destroy() {
        destroyed = true;
        inner?.destroy?.();
      },
    };
  };
}
