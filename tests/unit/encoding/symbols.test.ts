/** symbolPath draws each symbol exactly as d3-shape's symbol() does, at any size. */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symbolPath, type SymbolName } from '../../../src/lib/encoding/symbols.ts';

const D3 = {
  circle: symbolCircle,
  cross: symbolCross,
  diamond: symbolDiamond,
  square: symbolSquare,
  star: symbolStar,
  triangle: symbolTriangle,
  wye: symbolWye,
} as const;

describe('symbolPath', () => {
  for (const name of Object.keys(D3) as SymbolName[]) {
    it(`draws the ${name} as d3 does`, () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1e5, noNaN: true }), (size) => {
          expect(symbolPath(name, size)).toBe(symbol(D3[name], size)());
        }),
      );
      for (const size of [0, 1, 9, 64, 100, 153.93804002589985, 2025])
        expect(symbolPath(name, size)).toBe(symbol(D3[name], size)());
    });
  }
});
