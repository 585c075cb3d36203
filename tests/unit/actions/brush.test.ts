import { describe, expect, it } from 'vitest';
import { brushMoved, brushUpdate, type BrushXParams } from '../../../src/actions/brush.ts';

const at = (
  extent: [[number, number], [number, number]],
  selection: [number, number] | null,
): BrushXParams => ({ extent, selection, onbrush: () => {} });

describe('brushMoved', () => {
  it.each([
    {
      what: 'a new array, the same band and no selection',
      to: at(
        [
          [10, 40],
          [900, 70],
        ],
        null,
      ),
      moved: false,
    },
    {
      what: 'the same selection within half a pixel',
      to: at(
        [
          [10, 40],
          [900, 70],
        ],
        [100.2, 199.8],
      ),
      moved: false,
      from: [100, 200] as [number, number],
    },
    {
      what: 'a wider band (the panel resized)',
      to: at(
        [
          [10, 40],
          [1200, 70],
        ],
        null,
      ),
      moved: true,
    },
    {
      what: 'the band lower (a taller plot)',
      to: at(
        [
          [10, 60],
          [900, 90],
        ],
        null,
      ),
      moved: true,
    },
    {
      what: 'a period chosen',
      to: at(
        [
          [10, 40],
          [900, 70],
        ],
        [100, 200],
      ),
      moved: true,
    },
    {
      what: 'the period cleared',
      to: at(
        [
          [10, 40],
          [900, 70],
        ],
        null,
      ),
      moved: true,
      from: [100, 200] as [number, number],
    },
  ])('$what: $moved', ({ to, moved, from }) => {
    expect(
      brushMoved(
        at(
          [
            [10, 40],
            [900, 70],
          ],
          from ?? null,
        ),
        to,
      ),
    ).toBe(moved);
  });
});

describe('brushUpdate', () => {
  const band: [[number, number], [number, number]] = [
    [10, 40],
    [900, 70],
  ];
  const lower: [[number, number], [number, number]] = [
    [10, 60],
    [900, 90],
  ];
  it.each([
    { what: 'nothing moved', from: at(band, null), to: at(band, null), shown: false, when: 'none' },
    {
      what: 'the band moved, no period shown or asked for: after the picture',
      from: at(band, null),
      to: at(lower, null),
      shown: false,
      when: 'later',
    },
    {
      what: 'the band moved under a period on screen: with the picture',
      from: at(band, [100, 200]),
      to: at(lower, [100, 200]),
      shown: true,
      when: 'now',
    },
    {
      what: 'a period asked for: with the picture',
      from: at(band, null),
      to: at(band, [100, 200]),
      shown: false,
      when: 'now',
    },
    {
      what: 'the period cleared while it shows: with the picture',
      from: at(band, [100, 200]),
      to: at(lower, null),
      shown: true,
      when: 'now',
    },
  ])('$what: $when', ({ from, to, shown, when }) => {
    expect(brushUpdate(from, to, shown)).toBe(when);
  });
});
