import { describe, expect, it } from 'vitest';
import { briefingAction, move, stepCounter } from '../../../src/lib/briefing/keyMap.ts';

describe('briefingAction', () => {
  it.each([
    ...['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].map((key) => ({
      key,
      action: 'next',
    })),
    ...['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].map((key) => ({ key, action: 'previous' })),
    { key: 'Home', action: 'first' },
    { key: 'End', action: 'last' },
    { key: 'b', action: 'blank' },
    { key: 'B', action: 'blank' },
    { key: '.', action: 'blank' },
    { key: 'Escape', action: 'leave' },
    { key: 's', action: 'presenter' },
    { key: 'x', action: null },
  ])('$key -> $action', ({ key, action }) => {
    expect(briefingAction({ key })).toBe(action);
  });

  it('leaves modifier combinations to the browser (Ctrl+R, Alt+Left)', () => {
    expect(briefingAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(briefingAction({ key: 'b', ctrlKey: true })).toBeNull();
    expect(briefingAction({ key: 'End', metaKey: true })).toBeNull();
  });
});

describe('move', () => {
  it.each([
    {
      name: 'next',
      from: { step: 3, blank: false },
      action: 'next',
      to: { step: 4, blank: false },
    },
    {
      name: 'next at the end stays',
      from: { step: 10, blank: false },
      action: 'next',
      to: { step: 10, blank: false },
    },
    {
      name: 'previous at the start stays',
      from: { step: 0, blank: false },
      action: 'previous',
      to: { step: 0, blank: false },
    },
    {
      name: 'first',
      from: { step: 5, blank: true },
      action: 'first',
      to: { step: 0, blank: false },
    },
    {
      name: 'last',
      from: { step: 5, blank: false },
      action: 'last',
      to: { step: 10, blank: false },
    },
    {
      name: 'blank toggles on',
      from: { step: 5, blank: false },
      action: 'blank',
      to: { step: 5, blank: true },
    },
    {
      name: 'blank toggles off',
      from: { step: 5, blank: true },
      action: 'blank',
      to: { step: 5, blank: false },
    },
    {
      name: 'next while blank only unblanks',
      from: { step: 5, blank: true },
      action: 'next',
      to: { step: 5, blank: false },
    },
    {
      name: 'previous while blank only unblanks',
      from: { step: 5, blank: true },
      action: 'previous',
      to: { step: 5, blank: false },
    },
    {
      name: 'leave is not a move',
      from: { step: 5, blank: false },
      action: 'leave',
      to: { step: 5, blank: false },
    },
  ] as const)('$name', ({ from, action, to }) => {
    const before = { ...from };
    expect(move(from, action, 11)).toEqual(to);
    expect(from).toEqual(before);
  });

  it('an empty brief stays at 0', () => {
    expect(move({ step: 0, blank: false }, 'next', 0)).toEqual({ step: 0, blank: false });
  });
});

describe('stepCounter', () => {
  it('is 1-based: "4 / 11"', () => {
    expect(stepCounter(3, 11)).toBe('4 / 11');
    expect(stepCounter(0, 0)).toBe('0 / 0');
  });
});
