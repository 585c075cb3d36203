/**
 * Whether the first picture is on screen: both views drawn (markDrawn.ts) and painted. What is
 * not in it (the views' click and Tab targets, the empty details panel) waits for this, so its
 * code is fetched and run after the picture, never in its way.
 */
import { afterPaint } from './afterPaint.ts';
import { whenDrawn } from './markDrawn.ts';

let drawn = $state(false);
whenDrawn(['network', 'timeline'], () => afterPaint(() => (drawn = true)));

export const picture = {
  get drawn() {
    return drawn;
  },
};
