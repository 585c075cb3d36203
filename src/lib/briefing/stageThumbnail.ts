/**
 * What the room sees, as one 1920x1080 SVG for the presenter's thumbnail: the step's card (date,
 * title, quote) at the left, the stage's network at the right, the story's strip along the
 * bottom, in the room's theme. Built from the same layouts and layers as the stage.
 */
import { wrapText, type Measure } from '../export/wrapText.ts';
import { escapeXml, num } from '../export/svgText.ts';
import type { Dataset, TielineEvent } from '../model/schema.ts';
import { computeStageNetwork, type StageNetwork } from './stageNetwork.ts';
import {
  networkLayers,
  STAGE_COLORS,
  stageSvg,
  timelineLayers,
  type StageTheme,
} from './stageSvg.ts';
import { computeStageTimeline } from './stageTimeline.ts';
import type { Step } from './types.ts';

const W = 1920;
const H = 1080;
const FONT = 24;
const CARD = Math.round(W * 0.36);
const STRIP = Math.round(H * 0.27);

const networks = new WeakMap<Dataset, StageNetwork>();

export interface ThumbnailInput {
  dataset: Dataset;
  step: Step | null;
  /** The story's dated milestones. */
  events: TielineEvent[];
  theme: StageTheme;
  measure: Measure;
  shorten: (title: string) => string;
}

/**
 * @example buildStageThumbnail({ dataset, step, events, theme: 'light', measure, shorten }).startsWith('<svg') // -> true
 */
export function buildStageThumbnail(input: ThumbnailInput): string {
  const { dataset, step, theme, measure } = input;
  const c = STAGE_COLORS[theme];
  let net = networks.get(dataset);
  if (!net) {
    net = computeStageNetwork(dataset, { width: W - CARD, height: H - STRIP, font: FONT, measure });
    networks.set(dataset, net);
  }
  const strip = computeStageTimeline(input.events, {
    width: W,
    height: STRIP,
    font: FONT,
    measure,
    lit: step?.event ?? null,
    shorten: input.shorten,
  });
  let y = 40;
  const text = (t: string, size: number, weight: number, color: string) =>
    wrapText(t, CARD - 60, measure, size, weight)
      .map((line) => {
        y += size * 1.25;
        return `<text x="32" y="${num(y)}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(line)}</text>`;
      })
      .join('');
  const card = step
    ? text(step.date ?? '', 36, 700, c.accent) +
      text(step.title, 52, 800, c.ink) +
      [...step.lines, step.quote ? `“${step.quote}”` : '']
        .filter(Boolean)
        .map((l) => text(l, 30, 400, c.ink))
        .join('')
    : '';
  const body =
    `<g id="card">${card}</g>` +
    `<g transform="translate(${CARD},0)">${networkLayers(net, theme, new Set(step?.focus ?? []))}</g>` +
    `<line x1="0" x2="${W}" y1="${H - STRIP}" y2="${H - STRIP}" stroke="${c.ink}" stroke-width="3"/>` +
    `<g transform="translate(0,${H - STRIP})">${timelineLayers(strip, theme)}</g>`;
  return stageSvg(W, H, theme, body, 'What the room sees').replace(
    `width="${W}" height="${H}"`,
    'width="100%"',
  );
}
