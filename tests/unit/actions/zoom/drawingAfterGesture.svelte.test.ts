import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DrawingAfterGesture } from '../../../../src/actions/zoom/drawingAfterGesture.svelte.ts';
import { cssTransform, previewTransform } from '../../../../src/actions/zoom/zoomPreview.ts';

const identity = { x: 0, y: 0, k: 1 };
const a = { x: 10, y: 0, k: 1.2 };
const b = { x: 25, y: -8, k: 1.5 };
const layer = (from: typeof a, to: typeof a) => ({
  transform: cssTransform(previewTransform(from, to)),
  origin: '0 40px',
});

describe('DrawingAfterGesture', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('at rest, both layers stay put and the SVG is drawn at the view transform', () => {
    const g = new DrawingAfterGesture();
    expect(g.live).toBeNull();
    expect(g.zoom(a)).toEqual(a);
    expect(g.layers(a, 40)).toEqual({ canvas: null, drawing: null });
  });

  it('during a gesture both layers move from the transform the gesture began at', () => {
    const g = new DrawingAfterGesture();
    g.preview(a, identity);
    g.preview(b, identity);
    expect(g.live).toEqual(b);
    expect(g.zoom(identity)).toEqual(identity);
    expect(g.layers(identity, 40)).toEqual({
      canvas: layer(identity, b),
      drawing: layer(identity, b),
    });
  });

  it('as it ends, the canvas is drawn at once and the SVG a frame later, where it was shown', () => {
    const g = new DrawingAfterGesture();
    g.preview(a, identity);
    g.preview(b, identity);
    // The view commits b, then the gesture's preview ends.
    g.preview(null, b);
    expect(g.live).toBeNull();
    expect(g.layers(b, 40)).toEqual({ canvas: null, drawing: layer(identity, b) });
    expect(g.zoom(b)).toEqual(identity);
    vi.runAllTimers();
    expect(g.layers(b, 40)).toEqual({ canvas: null, drawing: null });
    expect(g.zoom(b)).toEqual(b);
  });

  it('hover is not heard while a gesture moves the picture, and is again once it ends', () => {
    const g = new DrawingAfterGesture();
    const heard: string[] = [];
    const hover = g.unlessMoving((id: string) => heard.push(id));
    hover('japan');
    g.preview(a, identity);
    hover('india');
    hover('china');
    g.preview(null, a);
    hover('russia');
    expect(heard).toEqual(['japan', 'russia']);
  });

  it('a gesture that starts before that frame takes over from the held picture', () => {
    const g = new DrawingAfterGesture();
    g.preview(a, identity);
    g.preview(null, a);
    g.preview(b, a);
    expect(g.zoom(a)).toEqual(a);
    expect(g.layers(a, 40).drawing).toEqual(layer(a, b));
    vi.runAllTimers();
    expect(g.layers(a, 40).drawing).toEqual(layer(a, b));
  });

  it('a change from outside a gesture (a link, Reset) moves the SVG at once', () => {
    const g = new DrawingAfterGesture();
    expect(g.zoom(b)).toEqual(b);
    expect(g.layers(b, 40)).toEqual({ canvas: null, drawing: null });
  });
});
