import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/lib/model/compareNames';

const sign = (n: number) => Math.sign(n);
// Names as a dataset holds them, plain ones and ones the collator must order.
const plain = fc.string({ unit: fc.constantFrom(...'aAbBzZ09 .-'.split('')), maxLength: 8 });
const any = fc.string({ unit: fc.constantFrom(..."aAbBzZ09 .-'(),_éÉ".split('')), maxLength: 8 });

describe('compareNames', () => {
  it('orders plain names as the English collator does', () =>
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        expect(sign(compareNames(a, b))).toBe(sign(a.localeCompare(b, 'en')));
      }),
      { numRuns: 20_000 },
    ));
  it('orders any names as the English collator does', () =>
    fc.assert(
      fc.property(any, any, (a, b) => {
        expect(sign(compareNames(a, b))).toBe(sign(a.localeCompare(b, 'en')));
      }),
      { numRuns: 5_000 },
    ));
  it('puts a name before its longer forms and lower case first', () =>
    expect(['United States', 'US', 'us', 'United', 'Japan'].sort(compareNames)).toEqual([
      'Japan',
      'United',
      'United States',
      'us',
      'US',
    ]));
});
