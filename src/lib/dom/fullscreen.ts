/**
 * The Fullscreen API, with its refusals swallowed: a headless browser, an iframe without
 * permission or a call outside a user gesture says no, and the briefing goes on in the window.
 */

/** True when this document may go full screen. */
export const fullscreenAvailable = () =>
  typeof document !== 'undefined' && document.fullscreenEnabled === true;

/** Asks for full screen; resolves to whether it was granted. */
export async function requestFullscreen(): Promise<boolean> {
  try {
    if (!fullscreenAvailable() || document.fullscreenElement) return !!document.fullscreenElement;
    await document.documentElement.requestFullscreen();
    return true;
  } catch {
    return false;
  }
}

export async function exitFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
  } catch {
    // Already left, or never entered: nothing to undo.
  }
}
