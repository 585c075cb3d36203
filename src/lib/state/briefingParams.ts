/**
 * The briefing's part of a link (`step`, 1-based; `brief`; `theme`; `presenter`), apart from
 * the view's (urlState.ts), which only needs to know these names to leave them alone. Parsing
 * never throws: a value that does not fit is dropped with a notice naming it.
 */
import { encode, quote } from './linkText.ts';

// Their names are all the first load needs (briefingLink.ts).
export { BRIEFING_PARAMS, linkHasBriefing } from './briefingLink.ts';

/** Where a briefing is, as a link keeps it: `step` (1-based), `brief`, `theme`, `presenter`. */
export interface BriefingParams {
  /** 0-based step, or null when the link is not a briefing. */
  step: number | null;
  /** A custom brief's id; null is the default one (every milestone). */
  brief: string | null;
  theme: 'light' | 'dark';
  /** This window is the presenter view. */
  presenter: boolean;
}

export const NO_BRIEFING: BriefingParams = {
  step: null,
  brief: null,
  theme: 'light',
  presenter: false,
};

/**
 * The briefing part of a link as a query string (no '?'); empty when not briefing.
 * @example serializeBriefingParams({ step: 4, brief: null, theme: 'light', presenter: false }) // -> 'step=5'
 */
export function serializeBriefingParams(p: BriefingParams): string {
  if (p.step === null) return '';
  return [
    `step=${p.step + 1}`,
    p.brief ? `brief=${encode(p.brief)}` : '',
    p.theme === 'dark' ? 'theme=dark' : '',
    p.presenter ? 'presenter=1' : '',
  ]
    .filter(Boolean)
    .join('&');
}

/**
 * Reads the briefing part of a link: a brief must exist and a step must be a whole number within
 * that brief's steps; anything else is dropped with a notice naming it (a bad step: no briefing).
 * @example parseBriefingParams('step=5', { briefs: new Set(), steps: () => 12 }).params.step // -> 4
 */
export function parseBriefingParams(
  query: string,
  known: { briefs: Pick<Set<string>, 'has'>; steps: (brief: string | null) => number },
): { params: BriefingParams; notices: string[] } {
  const notices: string[] = [];
  const search = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const params: BriefingParams = { ...NO_BRIEFING };
  const brief = search.get('brief');
  if (brief !== null) {
    if (known.briefs.has(brief)) params.brief = brief;
    else notices.push(`Ignored brief ${quote(brief)}: no saved brief has this id`);
  }
  const theme = search.get('theme');
  if (theme === 'dark') params.theme = 'dark';
  else if (theme !== null && theme !== 'light')
    notices.push(`Ignored theme ${quote(theme)}: not a theme (light, dark)`);
  const step = search.get('step');
  if (step === null) {
    if (brief !== null || search.has('presenter'))
      notices.push('Ignored brief and presenter: a briefing link needs a step');
    return { params: { ...NO_BRIEFING, theme: params.theme }, notices };
  }
  const total = known.steps(params.brief);
  const n = /^\d{1,6}$/.test(step) ? Number(step) : NaN;
  // A step that is not one of the brief's is a notice, not a briefing: the link opens the
  // dashboard, and the notice is read there (nothing covers it).
  if (total === 0 || !Number.isInteger(n) || n < 1 || n > total) {
    notices.push(
      total === 0
        ? `Ignored step ${quote(step)}: this brief has no steps`
        : `Ignored step ${quote(step)}: not a step number (1–${total}); no briefing started`,
    );
    return { params: { ...NO_BRIEFING, theme: params.theme }, notices };
  }
  params.step = n - 1;
  params.presenter = search.get('presenter') === '1';
  return { params, notices };
}
