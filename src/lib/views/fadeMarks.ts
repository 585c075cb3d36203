/**
 * Whether a view's dimming fades. A highlight or a filter changes the opacity of every mark, and
 * a fade (a CSS transition) restyles and repaints the whole picture on every frame it runs:
 * SVG marks are not layers of their own, so the browser paints the view again and rasters it
 * whole, each frame. With the seeds' few dozen marks that is cheap; with the corpus's network
 * (150 actors, 327 relations) each frame of the fade costs more than a frame, and the next
 * click or filter restyles every mark's running transition again. Past FADE_LIMIT marks the
 * dimming applies at once: the same picture, without the motion.
 */

/** Marks in a view up to which its dimming fades (the network counts 2 per actor: shape, label). */
export const FADE_LIMIT = 200;

/**
 * The `--fade` duration for a view of `marks` marks: null (the stylesheet's 150 ms) up to
 * FADE_LIMIT, else '0s'.
 * @example fadeDuration(49) // -> null
 * @example fadeDuration(730) // -> '0s'
 */
export function fadeDuration(marks: number): string | null {
  return marks > FADE_LIMIT ? '0s' : null;
}
