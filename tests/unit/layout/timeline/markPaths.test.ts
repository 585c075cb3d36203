/**
 * A milestone's parts as path data: the same outline as the <circle>, <rect rx> and <line>s they
 * replace (SVG 2 gives each shape's equivalent path), so the picture and a dashed ring's dashes
 * are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { linesPath, pointPath, spanPath } from '../../../../src/lib/layout/timeline/markPaths.ts';

describe('pointPath', () => {
  it.each([
    // From the right-hand point, clockwise (down first on screen), four quarter arcs.
    [10, 20, 5, 'M15,20A5,5,0,0,1,10,25A5,5,0,0,1,5,20A5,5,0,0,1,10,15A5,5,0,0,1,15,20Z'],
    [
      0.1234,
      7.5,
      2.00049,
      'M2.124,7.5A2,2,0,0,1,0.123,9.5A2,2,0,0,1,-1.877,7.5A2,2,0,0,1,0.123,5.5A2,2,0,0,1,2.124,7.5Z',
    ],
  ])('circle at %s,%s of radius %s', (cx, cy, r, path) => {
    expect(pointPath(cx, cy, r)).toBe(path);
  });
});

describe('spanPath', () => {
  it.each([
    // Corners as asked when the bar has room for them.
    [0, 0, 20, 10, 4, 'M4,0H16A4,4,0,0,1,20,4V6A4,4,0,0,1,16,10H4A4,4,0,0,1,0,6V4A4,4,0,0,1,4,0Z'],
    // A 3 px month span: its corners at most half its width (as <rect rx> clamps them), and as
    // tall as that, which leaves a straight part on each side.
    [
      100,
      50,
      3,
      8,
      1.5,
      'M101.5,50H101.5A1.5,1.5,0,0,1,103,51.5V56.5A1.5,1.5,0,0,1,101.5,58H101.5A1.5,1.5,0,0,1,100,56.5V51.5A1.5,1.5,0,0,1,101.5,50Z',
    ],
    // A ring's corner wider than half a short bar's height: each radius clamped on its own axis.
    [0, 0, 40, 6, 6, 'M6,0H34A6,3,0,0,1,40,3V3A6,3,0,0,1,34,6H6A6,3,0,0,1,0,3V3A6,3,0,0,1,6,0Z'],
    // No rounding: a plain rectangle.
    [1, 2, 3, 4, 0, 'M1,2H4A0,0,0,0,1,4,2V6A0,0,0,0,1,4,6H1A0,0,0,0,1,1,6V2A0,0,0,0,1,1,2Z'],
  ])('%s,%s %sx%s rounded %s', (x, y, w, h, r, path) => {
    expect(spanPath(x, y, w, h, r)).toBe(path);
  });
});

describe('linesPath', () => {
  it.each([
    [[[0, 10]] as [number, number][], 5, 'M0,5H10'],
    // An ongoing milestone's line, broken where the axis skips years: one subpath a piece.
    [
      [
        [0, 10],
        [14.25, 30.0004],
      ] as [number, number][],
      5.5,
      'M0,5.5H10M14.25,5.5H30',
    ],
    [[] as [number, number][], 5, ''],
  ])('%j at %s', (segments, y, path) => {
    expect(linesPath(segments, y)).toBe(path);
  });
});
