/**
 * A flag that turns on one task after `ready()` first holds, and stays on: to split a view's
 * first draw over two tasks (what it computes, then what it builds from that), so neither is a
 * long task at load. Must be called while a component initialises.
 * @example const hits = oneTaskAfter(() => model !== null); // {#if hits.on}<NetworkHitLayer />{/if}
 */
import { yieldToPage } from './yieldToPage.ts';

export function oneTaskAfter(ready: () => boolean): { readonly on: boolean } {
  let on = $state(false);
  $effect(() => {
    if (on || !ready()) return;
    let live = true;
    void yieldToPage().then(() => live && (on = true));
    return () => {
      live = false;
    };
  });
  return {
    get on() {
      return on;
    },
  };
}
