/**
 * A value that follows another once the change is on screen: what the user does not see (the
 * views' click and Tab targets, hundreds of invisible shapes) catches up in the task after the
 * frame that shows a filter's picture, instead of holding that frame up. At the corpus's size a
 * filter removed 424 network targets and 129 timeline targets with the 340 marks a user sees.
 * Changes in between are coalesced: at most one update a frame, always to the latest value.
 */
import { untrack } from 'svelte';
import { afterPaint } from './afterPaint.ts';

/**
 * The scheduling: values offered while an update waits for the picture replace each other;
 * `apply` gets the latest once the frame has been painted.
 * @example const offer = afterPictureQueue(apply); offer(a); offer(b); // later: apply(b)
 */
export function afterPictureQueue<T>(apply: (value: T) => void): (next: T) => void {
  let latest: T;
  let pending = false;
  return (next) => {
    latest = next;
    if (pending) return;
    pending = true;
    afterPaint(() => {
      pending = false;
      apply(latest);
    });
  };
}

/** Must be created while a component initialises (it runs an effect). */
export class AfterPicture<T> {
  #value = $state.raw<T>() as T;

  constructor(source: () => T) {
    // The first value at once: a view's first picture and its targets come together.
    this.#value = untrack(source);
    const offer = afterPictureQueue<T>((value) => (this.#value = value));
    $effect(() => {
      const next = source();
      if (next !== untrack(() => this.#value)) offer(next);
    });
  }

  get current(): T {
    return this.#value;
  }
}
