/**
 * Whether the first picture is on screen: both views drawn (markDrawn.ts) and painted. What is
 * not in it (the views' click and Tab targets, the empty details panel) waits for this, so its
 * code is fetched and run after the picture, never in its way.
 */
import { afterPaint } from './afterPaint.ts';
import { whenDrawn } from './markDrawn.ts';

/** The views the first picture holds. */
const VIEWS = ['network', 'timeline'];

let drawn = $state(false);
whenDrawn(VIEWS, () => afterPaint(() => (drawn = true)));

/** Runs `run` once the first picture is on screen (after the next paint if it already is). */
export function afterFirstPicture(run: () => void): void {
  whenDrawn(VIEWS, () => afterPaint(run));
}

export const picture = {
  get drawn() {
    return drawn;
  },
};
