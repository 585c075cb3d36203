/**
 * The stage's pictures as SVG markup: the same strings draw the projector, the presenter's
 * thumbnail and the exported slide, so what the room sees is what a slide holds. Colours are
 * written out (no CSS), text in the export font; every word is ink or accent on paper, 7:1 or
 * more in both themes.
 */
import { edgeStyle, kindPath } from '../encoding/marks.ts';
import { EXPORT_FONT } from '../export/frame.ts';
import { escapeXml, num } from '../export/svgText.ts';
import type { StageNetwork } from './stageNetwork.ts';
import type { StageTimeline } from './stageTimeline.ts';

export type StageTheme = 'light' | 'dark';

export interface StageColors {
  paper: string;
  ink: string;
  accent: string;
  /** Marks of what the step leaves out (no text is drawn in it). */
  faint: string;
}

export const STAGE_COLORS: Record<StageTheme, StageColors> = {
  light: { paper: '#ffffff', ink: '#000000', accent: '#0b3d91', faint: '#9ca3af' },
  dark: { paper: '#000000', ink: '#ffffff', accent: '#9ecbff', faint: '#6b7280' },
};

const text = (
  x: number,
  y: number,
  size: number,
  content: string,
  attrs: Record<string, string | number | undefined>,
) =>
  `<text x="${num(x)}" y="${num(y)}" font-size="${num(size)}"${Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('')}>${escapeXml(content)}</text>`;

/**
 * The network's layers (links, nodes, labels), drawn from (0, 0).
 * @example networkLayers(net, 'light', new Set()).startsWith('<g id="links"') // -> true
 */
export function networkLayers(
  net: StageNetwork,
  theme: StageTheme,
  focus: ReadonlySet<string>,
): string {
  const c = STAGE_COLORS[theme];
  const lit = (id: string) => focus.size === 0 || focus.has(id);
  const width = Math.max(...net.edges.map((e) => e.evidence), 1);
  const links = net.edges
    .map((e) => {
      const on = lit(e.source) && lit(e.target);
      const style = edgeStyle(e.type);
      const w = (net.font / 8) * (1 + Math.sqrt(e.evidence / width));
      return `<line data-relation-id="${escapeXml(e.id)}" x1="${num(e.x1)}" y1="${num(e.y1)}" x2="${num(e.x2)}" y2="${num(e.y2)}" stroke="${on ? c.ink : c.faint}" stroke-width="${num(w)}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}${on ? '' : ' stroke-opacity="0.6"'}/>`;
    })
    .join('');
  const nodes = net.nodes
    .map(
      (n) =>
        `<path data-node-id="${escapeXml(n.id)}" data-lit="${lit(n.id)}" transform="translate(${num(n.x)},${num(n.y)})" d="${kindPath(n.kind, n.r)}" fill="${lit(n.id) ? n.color : c.faint}" stroke="${c.ink}" stroke-width="${lit(n.id) ? 2 : 1}"${lit(n.id) ? '' : ' fill-opacity="0.5" stroke-opacity="0.5"'}/>`,
    )
    .join('');
  const labels = net.nodes
    .map((n) =>
      text(n.label.tx, n.label.ty, net.font, n.name, {
        'data-label-id': escapeXml(n.id),
        'text-anchor': n.label.anchor,
        'font-weight': lit(n.id) && focus.size > 0 ? 800 : 700,
        fill: c.ink,
      }),
    )
    .join('');
  return `<g id="links">${links}</g><g id="nodes">${nodes}</g><g id="labels">${labels}</g>`;
}

/**
 * The timeline strip's layers (axis, ticks, leaders, marks, labels), drawn from (0, 0).
 * @example timelineLayers(tl, 'dark').includes('id="axis"') // -> true
 */
export function timelineLayers(tl: StageTimeline, theme: StageTheme): string {
  const c = STAGE_COLORS[theme];
  const f = tl.font;
  const axis =
    `<line x1="${num(tl.left - f * 0.5)}" y1="${num(tl.axis)}" x2="${num(tl.right + f * 0.5)}" y2="${num(tl.axis)}" stroke="${c.ink}" stroke-width="3"/>` +
    tl.ticks
      .map(
        (t) =>
          `<line x1="${num(t.x0)}" y1="${num(tl.axis)}" x2="${num(t.x0)}" y2="${num(tl.axis + f * 0.3)}" stroke="${c.ink}" stroke-width="2"/>` +
          text(t.x0, t.y + f * 0.9, f, t.text, { 'text-anchor': 'middle', fill: c.ink }),
      )
      .join('');
  const leaders = tl.milestones
    .filter((m) => m.label)
    .map(
      (m) =>
        `<line x1="${num(m.x)}" y1="${num(tl.axis - f * 0.3)}" x2="${num(m.x)}" y2="${num(m.label!.y + m.label!.h + 2)}" stroke="${m.lit ? c.accent : c.ink}" stroke-width="${m.lit ? 3 : 1.5}"/>`,
    )
    .join('');
  const marks = tl.milestones
    .map((m) => {
      const r = m.lit ? f * 0.55 : f * 0.32;
      const color = m.lit ? c.accent : c.ink;
      return `<circle data-event-id="${escapeXml(m.id)}" data-lit="${m.lit}" cx="${num(m.x)}" cy="${num(tl.axis)}" r="${num(r)}" fill="${m.planned ? c.paper : color}" stroke="${color}" stroke-width="${m.lit ? 4 : 2.5}"/>`;
    })
    .join('');
  const labels = tl.milestones
    .filter((m) => m.label)
    .map((m) =>
      m
        .label!.lines.map((line, i) =>
          text(m.label!.cx, m.label!.y + f * (0.95 + i * 1.2), f, line, {
            'data-milestone-label': escapeXml(m.id),
            'font-weight': m.lit ? 800 : 400,
            fill: m.lit ? c.accent : c.ink,
          }),
        )
        .join(''),
    )
    .join('');
  return `<g id="axis">${axis}</g><g id="leaders">${leaders}</g><g id="milestones">${marks}</g><g id="milestone-labels">${labels}</g>`;
}

/**
 * A whole picture for the page: an `<svg>` of the given size with a paper background.
 * @example stageSvg(600, 400, 'light', layers, 'Network') // -> '<svg ...>...</svg>'
 */
export function stageSvg(
  width: number,
  height: number,
  theme: StageTheme,
  body: string,
  label: string,
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(label)}" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="${EXPORT_FONT}">` +
    `<rect width="${num(width)}" height="${num(height)}" fill="${STAGE_COLORS[theme].paper}"/>${body}</svg>`
  );
}
