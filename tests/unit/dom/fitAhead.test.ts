// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fitAhead, fittedAhead } from '../../../src/lib/dom/fitAhead.ts';

const SIZES = ['1.60', '1.50', '1.40', '1.30', '1.20'];

/** An area of a given size (jsdom lays nothing out: the sizes are given). */
function makeArea(width: number, height: number): HTMLElement {
  const area = document.createElement('div');
  area.style.padding = '10px';
  Object.defineProperty(area, 'clientWidth', { value: width });
  Object.defineProperty(area, 'clientHeight', { value: height });
  document.body.append(area);
  return area;
}

/** A card whose height is `perFit` px per unit of its --fit (its type). */
function makeCard(perFit: number): HTMLElement {
  const card = document.createElement('article');
  Object.defineProperty(card, 'offsetHeight', {
    get: () => Number(card.style.getPropertyValue('--fit')) * perFit,
  });
  return card;
}

describe('fitAhead', () => {
  it.each([
    { name: 'a short card: the largest size', perFit: 100, expected: 0 },
    { name: 'a longer one: the largest that fits the content box', perFit: 270, expected: 2 },
    { name: 'one that never fits: the smallest', perFit: 1000, expected: 4 },
  ])('$name', ({ perFit, expected }) => {
    // Room: 400 - 2 x 10 px of padding = 380 px.
    const area = makeArea(300, 400);
    fitAhead(makeCard(perFit), area, `step-${perFit}`, SIZES, '--fit');
    expect(fittedAhead(`step-${perFit}`, area)).toBe(expected);
  });

  it('leaves the page as it was: the card is out of the area again', () => {
    const area = makeArea(300, 400);
    const card = makeCard(100);
    fitAhead(card, area, 'gone', SIZES, '--fit');
    expect(card.isConnected).toBe(false);
    expect(area.children).toHaveLength(0);
  });

  it('is remembered for the area size it was found at only', () => {
    fitAhead(makeCard(270), makeArea(300, 400), 'sized', SIZES, '--fit');
    expect(fittedAhead('sized', makeArea(300, 400))).toBe(2);
    expect(fittedAhead('sized', makeArea(300, 600))).toBeUndefined();
  });

  it('does nothing for an area out of the page', () => {
    const area = document.createElement('div');
    fitAhead(makeCard(100), area, 'detached', SIZES, '--fit');
    expect(fittedAhead('detached', area)).toBeUndefined();
  });
});
