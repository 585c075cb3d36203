import { describe, expect, it } from 'vitest';
import {
  sameSelection,
  toggleSelection,
  type Selection,
} from '../../../src/lib/state/selection.ts';

describe('toggleSelection', () => {
  it.each([
    {
      name: 'select',
      current: null,
      next: { kind: 'actor' as const, id: 'japan' },
      expected: { kind: 'actor', id: 'japan' },
    },
    {
      name: 'same again clears',
      current: { kind: 'actor' as const, id: 'japan' },
      next: { kind: 'actor' as const, id: 'japan' },
      expected: null,
    },
    {
      name: 'another replaces',
      current: { kind: 'actor' as const, id: 'japan' },
      next: { kind: 'event' as const, id: 'x' },
      expected: { kind: 'event', id: 'x' },
    },
  ])('$name', ({ current, next, expected }) => {
    expect(toggleSelection(current, next)).toEqual(expected);
  });
});

describe('sameSelection', () => {
  it.each([
    [null, null, true],
    [{ kind: 'actor', id: 'japan' }, { kind: 'actor', id: 'japan' }, true],
    [{ kind: 'actor', id: 'japan' }, { kind: 'actor', id: 'india' }, false],
    [{ kind: 'actor', id: 'x' }, { kind: 'event', id: 'x' }, false],
    [{ kind: 'relation', id: 'r' }, null, false],
  ] as [Selection, Selection, boolean][])('%o and %o: %s', (a, b, same) => {
    expect(sameSelection(a, b)).toBe(same);
    expect(sameSelection(b, a)).toBe(same);
  });
});
