/**
 * Whether the first picture is on screen: both views drawn (markDrawn.ts) and painted. What is
 * not in it (the views' click and Tab targets, the empty details panel) waits for this, so its
 * code is fetched and run after the picture, never in its way.
 */
import { afterPaint } from './afterPaint.ts';
import { whenDrawn } from './markDrawn.ts';

let drawn = $state(false);
const waiting: (() => void)[] = [];
whenDrawn(['network', 'timeline'], () =>
  afterPaint(() => {
    drawn = true;
    for (const run of waiting.splice(0)) run();
  }),
);

/** Runs `run` once the first picture is on screen (at once if it is). */
export function afterFirstPicture(run: () => void): void {
  if (drawn) run();
  else waiting.push(run);
}

export const picture = {
  get drawn() {
    return drawn;
  },
};
