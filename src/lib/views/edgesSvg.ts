/**
 * The network's relations as SVG markup: what the screen paints on a canvas (paintEdges.ts),
 * written out for export and the SVG goldens. Same paths, colours, widths, dashes, arrowheads
 * and opacities; a faded relation's arrowhead shares its opacity through a group.
 */
import { escapeXml, num } from '../export/svgText.ts';
import type { EdgeMark } from './paintEdges.ts';

/** Colours as export writes every colour: lowercase hex (cloneForExport.ts). */
const paint = (c: string) => escapeXml(c.toLowerCase());

/**
 * One element per relation, in drawing order.
 * @example edgesSvg([{ id: 'r', d: 'M0,0L9,0', color: '#1F4E79', width: 2, dash: [], alpha: 1, arrow: null }])
 * // -> '<path d="M0,0L9,0" fill="none" stroke="#1f4e79" stroke-width="2"/>'
 */
export function edgesSvg(marks: readonly EdgeMark[]): string {
  return marks
    .map((m) => {
      const line =
        `<path d="${escapeXml(m.d)}" fill="none" stroke="${paint(m.color)}" stroke-width="${num(m.width)}"` +
        (m.dash.length ? ` stroke-dasharray="${m.dash.map(num).join(' ')}"` : '');
      const opacity = m.alpha < 1 ? ` opacity="${num(m.alpha)}"` : '';
      if (!m.arrow) return `${line}${opacity}/>`;
      const head = m.arrow.map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)},${num(y)}`).join('') + 'Z';
      const both = `${line}/><path d="${head}" fill="${paint(m.color)}"/>`;
      return opacity ? `<g${opacity}>${both}</g>` : both;
    })
    .join('');
}
