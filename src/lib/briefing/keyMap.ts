/**
 * The briefing's keys, clicker included (presenter clickers send PageUp and PageDown), and what
 * each does to the position. Pure: the component only forwards key presses. (The key that
 * enters briefing mode from the dashboard, P, is PresentMenu's: this loads with the briefing.)
 */
import type { Position } from './types.ts';

export type BriefingAction =
  'next' | 'previous' | 'first' | 'last' | 'blank' | 'leave' | 'presenter';

const KEYS: Record<string, BriefingAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'leave',
  s: 'presenter',
  S: 'presenter',
};

/**
 * What a key press does in briefing mode, or null (modifier combinations are the browser's).
 * @example briefingAction({ key: 'PageDown' }) // -> 'next'
 */
export function briefingAction(event: {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}): BriefingAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return KEYS[event.key] ?? null;
}

/**
 * The position after a move. While the screen is blank, next and previous only bring the
 * picture back (as a slide show does), so a clicker press never skips a step unseen.
 * @example move({ step: 0, blank: false }, 'next', 11) // -> { step: 1, blank: false }
 */
export function move(position: Position, action: BriefingAction, total: number): Position {
  const last = Math.max(0, total - 1);
  const { step, blank } = position;
  switch (action) {
    case 'blank':
      return { step, blank: !blank };
    case 'next':
      return blank ? { step, blank: false } : { step: Math.min(last, step + 1), blank };
    case 'previous':
      return blank ? { step, blank: false } : { step: Math.max(0, step - 1), blank };
    case 'first':
      return { step: 0, blank: false };
    case 'last':
      return { step: last, blank: false };
    default:
      return position;
  }
}

/**
 * The step counter: 1-based.
 * @example stepCounter(3, 11) // -> '4 / 11'
 */
export const stepCounter = (step: number, total: number) =>
  total === 0 ? '0 / 0' : `${step + 1} / ${total}`;
