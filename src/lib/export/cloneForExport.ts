/**
 * Copies a live SVG view into standalone markup: every style the page's CSS gave it written as
 * SVG presentation attributes (colours as hex with a separate opacity, lengths without units),
 * classes, ARIA, data attributes, CSS variables, `currentColor` and anything interactive or
 * external left behind, ids prefixed so two views can share a file, and the markup cut to the
 * content actually visible. Runs in the browser (it reads computed styles).
 */
import { color } from 'd3';
import type { ExportPart } from './frame.ts';
import { num } from './svgText.ts';
import { paintedUnder } from '../views/canvasMarks.ts';
import { edgesSvg } from '../views/edgesSvg.ts';

/** Inherited properties: written where they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'marker-start',
  'marker-mid',
  'marker-end',
] as const;

/** Not inherited: written where they differ from the initial value. */
const OWN: Record<string, string> = { opacity: '1', 'clip-path': 'none', mask: 'none' };

const DROP_ELEMENTS = new Set(['foreignObject', 'script', 'style', 'a', 'image', 'iframe']);
const KEEP_ATTRIBUTES = new Set([
  'id',
  'd',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'dx',
  'dy',
  'width',
  'height',
  'points',
  'transform',
  'viewBox',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'orient',
  'clipPathUnits',
  'preserveAspectRatio',
  'href',
  'xlink:href',
  'text-decoration',
]);

const urlId = (value: string) => /url\(\s*["']?[^#)]*#([^"')]+)["']?\s*\)/.exec(value)?.[1];

/** A computed CSS value as an SVG attribute value, or null to leave it out. */
function attributeValue(name: string, value: string, prefix: string): string | null {
  if (name === 'fill' || name === 'stroke') {
    if (value === 'none') return 'none';
    const id = urlId(value);
    if (id) return `url(#${prefix}${id})`;
    const c = color(value);
    if (!c) return null;
    return c.opacity === 0 ? 'none' : c.formatHex();
  }
  if (name.startsWith('marker') || name === 'clip-path' || name === 'mask') {
    if (value === 'none') return 'none';
    const id = urlId(value);
    return id ? `url(#${prefix}${id})` : null;
  }
  if (name === 'font-family') return value.replace(/"/g, "'");
  if (name === 'stroke-dasharray')
    return value === 'none' ? 'none' : value.replace(/px/g, '').replace(/,\s*/g, ' ');
  if (/^(stroke-width|stroke-dashoffset|font-size)$/.test(name)) {
    const n = parseFloat(value);
    return Number.isFinite(n) ? num(n) : null;
  }
  return value;
}

/** The alpha a colour carries inside it (rgba), to move into fill- or stroke-opacity. */
function alphaOf(value: string): number {
  const c = value.startsWith('url') || value === 'none' ? null : color(value);
  return c ? c.opacity : 1;
}

function copyStyles(
  live: Element,
  clone: Element,
  style: CSSStyleDeclaration,
  parent: CSSStyleDeclaration | null,
  prefix: string,
): void {
  for (const attr of [...clone.attributes]) {
    if (!KEEP_ATTRIBUTES.has(attr.name)) clone.removeAttribute(attr.name);
  }
  const layer = live.getAttribute('data-layer');
  const id = layer ?? clone.getAttribute('id');
  if (id) clone.setAttribute('id', prefix + id);
  for (const name of ['href', 'xlink:href']) {
    const href = clone.getAttribute(name);
    if (href !== null) {
      if (href.startsWith('#')) clone.setAttribute(name, `#${prefix}${href.slice(1)}`);
      else clone.removeAttribute(name);
    }
  }
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name);
    const alpha = name === 'fill-opacity' || name === 'stroke-opacity';
    if (alpha) {
      const paint = style.getPropertyValue(name === 'fill-opacity' ? 'fill' : 'stroke');
      const combined = parseFloat(value) * alphaOf(paint);
      const parentCombined = parent
        ? parseFloat(parent.getPropertyValue(name)) *
          alphaOf(parent.getPropertyValue(name === 'fill-opacity' ? 'fill' : 'stroke'))
        : 1;
      if (Number.isFinite(combined) && (combined !== parentCombined || !parent))
        clone.setAttribute(name, num(combined));
      continue;
    }
    if (parent && parent.getPropertyValue(name) === value) continue;
    const written = attributeValue(name, value, prefix);
    if (written !== null && written !== '' && written !== 'normal')
      clone.setAttribute(name, written);
  }
  // An underlined (highlighted) label stays underlined.
  const decoration = style.getPropertyValue('text-decoration-line');
  if (
    decoration &&
    decoration !== 'none' &&
    decoration !== parent?.getPropertyValue('text-decoration-line')
  )
    clone.setAttribute('text-decoration', decoration);
  for (const [name, initial] of Object.entries(OWN)) {
    const value = style.getPropertyValue(name);
    if (value && value !== initial) {
      const written = attributeValue(name, value, prefix);
      if (written !== null) clone.setAttribute(name, written);
    }
  }
}

function walk(
  live: Element,
  clone: Element,
  style: CSSStyleDeclaration,
  parent: CSSStyleDeclaration | null,
  prefix: string,
  painted: string | null,
) {
  copyStyles(live, clone, style, parent, prefix);
  // What the screen paints on a canvas under the SVG (the network's relations) is written here.
  if (painted !== null && live.hasAttribute('data-on-canvas')) clone.innerHTML = painted;
  const cloneKids = [...clone.children];
  [...live.children].forEach((kid, i) => {
    const copy = cloneKids[i];
    // Each element's computed style is read once, here, and handed down.
    const kidStyle = getComputedStyle(kid);
    const omit =
      DROP_ELEMENTS.has(kid.localName) ||
      kid.hasAttribute('data-export-omit') ||
      kidStyle.display === 'none';
    if (omit) copy.remove();
    else walk(kid, copy, kidStyle, style, prefix, painted);
  });
}

/**
 * Drawn over the picture on screen, beside it in the file: a folded legend, opened over the
 * plot's right side while the Export menu is open, covered the actors there in every export
 * from a narrow view.
 */
const BESIDE = '[data-export-beside]';
/** Space between the picture and what goes beside it, px. */
const BESIDE_GAP = 16;

const serialize = (el: Element) =>
  new XMLSerializer()
    .serializeToString(el)
    .replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');

/** The visible content's box in the SVG's own pixels: what the export is cut to. */
function contentBox(svg: SVGSVGElement, skip: Element | null) {
  const frame = svg.getBoundingClientRect();
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const el of svg.querySelectorAll(
    'path, line, circle, rect, text, polygon, polyline, ellipse',
  )) {
    // A backing (paper behind a legend) covers what runs under it; it is not content. What
    // goes beside the picture is not either.
    if (
      el === skip ||
      el.closest(`defs, clipPath, marker, ${BESIDE}`) ||
      el.hasAttribute('data-backing')
    )
      continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    x0 = Math.min(x0, r.left - frame.left);
    y0 = Math.min(y0, r.top - frame.top);
    x1 = Math.max(x1, r.right - frame.left);
    y1 = Math.max(y1, r.bottom - frame.top);
  }
  if (!Number.isFinite(x0)) return { x: 0, y: 0, width: frame.width, height: frame.height };
  // Only what is on screen: a zoomed-in network exports the part the user sees.
  // Whole pixels, so the exported marks land on the same pixel grid as on screen.
  x0 = Math.floor(Math.max(0, x0)) - 4;
  y0 = Math.floor(Math.max(0, y0)) - 4;
  x1 = Math.ceil(Math.min(frame.width, x1)) + 4;
  y1 = Math.ceil(Math.min(frame.height, y1)) + 4;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * @example cloneForExport(document.querySelector('[data-view=network] svg.drawing'), 'network')
 * // -> { id: 'network', markup: '<clipPath id="network-frame">…', width: 1210, height: 602 }
 */
export function cloneForExport(svg: SVGSVGElement, id: string, prefix = ''): ExportPart {
  // A view's own white background, if it has one, is replaced by the export's.
  const background = svg.querySelector(':scope > rect');
  const box = contentBox(svg, background);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const marks = paintedUnder(svg);
  // Found before the walk, which drops the attribute that marks it.
  const liveBeside = svg.querySelector(BESIDE);
  const besideCopy = clone.querySelector(BESIDE);
  walk(svg, clone, getComputedStyle(svg), null, prefix, marks && edgesSvg(marks));
  if (background) clone.querySelector(':scope > rect')?.remove();
  besideCopy?.remove();
  const inner = serialize(clone)
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>$/, '');
  // The root's own styles (font, colours) move to the wrapping group.
  const rootAttributes = [...clone.attributes]
    .filter((a) => !/^(width|height|viewBox|id|xmlns.*)$/.test(a.name))
    .map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`)
    .join('');
  const cut = { width: Math.ceil(box.width), height: Math.ceil(box.height) };
  let width = cut.width;
  let height = cut.height;
  let beside = '';
  if (liveBeside && besideCopy) {
    const frame = svg.getBoundingClientRect();
    const r = liveBeside.getBoundingClientRect();
    const dx = cut.width + BESIDE_GAP - (r.left - frame.left);
    beside = `<g transform="translate(${num(dx)},${num(-(r.top - frame.top))})"${rootAttributes}>${serialize(besideCopy)}</g>`;
    width = Math.ceil(cut.width + BESIDE_GAP + r.width);
    height = Math.max(height, Math.ceil(r.height));
  }
  // Cut to the box, as the view's own frame cuts it on screen: zoomed in, most of the picture
  // lies outside it, and unclipped it was drawn over the file's title and sources.
  const clip = `${prefix}${id}-frame`;
  const markup =
    `<clipPath id="${clip}"><rect width="${cut.width}" height="${cut.height}"/></clipPath>` +
    `<g clip-path="url(#${clip})"><g transform="translate(${num(-box.x)},${num(-box.y)})"${rootAttributes}>` +
    inner +
    `</g></g>` +
    beside;
  return { id, markup, width, height };
}
