/**
 * The d3 modules behind zooming, panning, brushing and dragging, in one chunk that the page
 * loads right after it first draws (lazyAction.ts): a good part of d3's weight is here, and
 * nothing needs it before a view is on screen.
 */
export { brushSelection, brushX, drag, select, zoom, zoomIdentity, zoomTransform } from 'd3';
export { setupPlotBrush } from './plotBrushSetup.ts';
