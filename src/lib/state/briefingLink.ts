/**
 * The names of the briefing's link parameters: all the first load needs of the briefing's part
 * of a link (reading and writing it, briefingParams.ts, loads with the briefing's code).
 */

/** The briefing's own parameters (urlState.ts does not flag them as unknown). */
export const BRIEFING_PARAMS = ['step', 'brief', 'theme', 'presenter'];

/**
 * True when a link names a briefing parameter (the page then loads the briefing's code before
 * it mounts: briefing/lazyBriefing.svelte.ts).
 * @example linkHasBriefing('?step=3') // -> true
 */
export function linkHasBriefing(search: string): boolean {
  const params = new URLSearchParams(search);
  return BRIEFING_PARAMS.some((name) => params.has(name));
}
