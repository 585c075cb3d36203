import { describe, expect, it } from 'vitest';
import { hello, leave, parseMessage, position } from '../../../src/lib/briefing/channel.ts';

describe('parseMessage', () => {
  it.each([
    { name: 'hello', message: hello('w1') },
    { name: 'position', message: position('w1', 'brief-1', { step: 4, blank: true }) },
    { name: 'position, default brief', message: position('w1', null, { step: 0, blank: false }) },
    { name: 'leave', message: leave('w1') },
  ])('accepts $name as sent', ({ message }) => {
    expect(parseMessage(structuredClone(message))).toEqual(message);
  });

  it.each([
    { name: 'nothing', data: undefined },
    { name: 'a string', data: 'next' },
    { name: 'another version', data: { ...hello('w1'), v: 2 } },
    { name: 'an unknown type', data: { v: 1, type: 'jump', from: 'w1' } },
    { name: 'no sender', data: { v: 1, type: 'hello' } },
    {
      name: 'a negative step',
      data: { ...position('w1', null, { step: 0, blank: false }), step: -1 },
    },
    {
      name: 'a fractional step',
      data: { ...position('w1', null, { step: 0, blank: false }), step: 1.5 },
    },
    {
      name: 'a step as text',
      data: { ...position('w1', null, { step: 0, blank: false }), step: '3' },
    },
    {
      name: 'blank not a boolean',
      data: { ...position('w1', null, { step: 0, blank: false }), blank: 1 },
    },
  ])('ignores $name', ({ data }) => {
    expect(parseMessage(data)).toBeNull();
  });

  it('keeps only the keys it knows: __proto__ stays inert', () => {
    const data = JSON.parse('{"v":1,"type":"hello","from":"w1","__proto__":{"polluted":true}}');
    const message = parseMessage(data);
    expect(message).toEqual(hello('w1'));
    expect(Object.getPrototypeOf(message)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
