/**
 * Editing briefs: pure operations on the list and on one brief's steps. Each returns a new
 * value and never mutates its input; storage.ts keeps the result with the saved views.
 */
import { checkViewName, uniqueName } from '../state/savedViews.ts';
import { cloneViewState, type SavedView } from '../state/viewState.ts';
import { MAX_NOTES_LENGTH, MAX_STEPS, MAX_TITLE_LENGTH } from './briefSchema.ts';
import type { Brief, BriefStep } from './types.ts';

export type BriefsChange = { ok: true; briefs: Brief[] } | { ok: false; notice: string };

/**
 * A new, empty brief at the end of the list (its name made unique).
 * @example createBrief([], 'Galwan', NOW, 'b1').briefs[0].name // -> 'Galwan'
 */
export function createBrief(
  list: readonly Brief[],
  name: string,
  now: string,
  id: string,
): BriefsChange {
  const checked = checkViewName(name);
  if (!checked.ok) return { ok: false, notice: checked.notice.replace('saved view', 'brief') };
  const ids = new Set(list.map((b) => b.id));
  let unique = id;
  for (let n = 2; ids.has(unique); n++) unique = `${id}-${n}`;
  const brief: Brief = {
    id: unique,
    name: uniqueName(
      checked.name,
      list.map((b) => b.name),
    ),
    created: now,
    steps: [],
  };
  return { ok: true, briefs: [...list, brief] };
}

/** @example renameBrief(briefs, 'b1', 'Border').briefs // -> [{ id: 'b1', name: 'Border', ... }] */
export function renameBrief(list: readonly Brief[], id: string, name: string): BriefsChange {
  const checked = checkViewName(name);
  if (!checked.ok) return { ok: false, notice: checked.notice.replace('saved view', 'brief') };
  const others = list.filter((b) => b.id !== id).map((b) => b.name);
  const unique = uniqueName(checked.name, others);
  return { ok: true, briefs: list.map((b) => (b.id === id ? { ...b, name: unique } : b)) };
}

/** @example deleteBrief(briefs, 'b1') // -> the briefs without b1 */
export const deleteBrief = (list: readonly Brief[], id: string): Brief[] =>
  list.filter((b) => b.id !== id);

/** Replaces one brief in the list. */
export const replaceBrief = (list: readonly Brief[], brief: Brief): Brief[] =>
  list.map((b) => (b.id === brief.id ? brief : b));

/**
 * A step for a milestone.
 * @example eventStep('galwan-clash') // -> { kind: 'event', event: 'galwan-clash', title: '', notes: '' }
 */
export const eventStep = (event: string): BriefStep => ({
  kind: 'event',
  event,
  title: '',
  notes: '',
});

/** A step for a saved view: its state is copied, so deleting the view later keeps the brief. */
export const viewStep = (view: SavedView): BriefStep => ({
  kind: 'view',
  name: view.name,
  state: cloneViewState(view.state),
  title: '',
  notes: '',
});

/**
 * The brief with a step added at the end (refused past MAX_STEPS).
 * @example addStep(brief, eventStep('x')).steps.length // -> brief.steps.length + 1
 */
export function addStep(brief: Brief, step: BriefStep): Brief {
  if (brief.steps.length >= MAX_STEPS) return brief;
  return { ...brief, steps: [...brief.steps, step] };
}

/**
 * The brief with step `index` moved by `delta` places (clamped to the list).
 * @example moveStep(brief, 0, 1).steps[1] // -> brief.steps[0]
 */
export function moveStep(brief: Brief, index: number, delta: number): Brief {
  const to = Math.max(0, Math.min(brief.steps.length - 1, index + delta));
  if (index < 0 || index >= brief.steps.length || to === index) return brief;
  const steps = [...brief.steps];
  const [step] = steps.splice(index, 1);
  steps.splice(to, 0, step);
  return { ...brief, steps };
}

/** @example removeStep(brief, 0).steps // -> brief.steps.slice(1) */
export const removeStep = (brief: Brief, index: number): Brief => ({
  ...brief,
  steps: brief.steps.filter((_, i) => i !== index),
});

/**
 * The brief with a step's title or speaker notes changed (cut to their limits).
 * @example editStep(brief, 0, { notes: 'Pause here' }).steps[0].notes // -> 'Pause here'
 */
export function editStep(
  brief: Brief,
  index: number,
  change: { title?: string; notes?: string },
): Brief {
  const steps = brief.steps.map((s, i) =>
    i === index
      ? {
          ...s,
          ...(change.title !== undefined
            ? { title: [...change.title].slice(0, MAX_TITLE_LENGTH).join('') }
            : {}),
          ...(change.notes !== undefined
            ? { notes: [...change.notes].slice(0, MAX_NOTES_LENGTH).join('') }
            : {}),
        }
      : s,
  );
  return { ...brief, steps };
}
