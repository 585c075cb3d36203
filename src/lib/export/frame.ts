/**
 * The frame around an exported picture: title and "what is shown" above, sources and export date
 * below, a margin all round (the 16:9 slide is slide.ts).
 * Pure: text is measured by the caller's function, so this runs (and is tested) in Node.
 */
import type { ExportContext } from './context.ts';
import { escapeXml, num } from './svgText.ts';
import { wrapText, type Measure } from './wrapText.ts';

/** One exported part (a view), already cut to its content: markup drawn from (0, 0). */
export interface ExportPart {
  /** The layer name used for its group id: "network", "timeline". */
  id: string;
  markup: string;
  width: number;
  height: number;
}

/** The font every exported text uses: common real fonts first, with the same metrics. */
export const EXPORT_FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";

interface Typography {
  margin: number;
  title: number;
  shown: number;
  footer: number;
  gap: number;
}

const PAGE: Typography = { margin: 24, title: 24, shown: 16, footer: 13, gap: 12 };

interface Block {
  lines: string[];
  size: number;
  weight: number;
  color: string;
}

function blocks(context: ExportContext, width: number, measure: Measure, t: Typography) {
  const block = (text: string, size: number, weight: number, color: string): Block => ({
    lines: wrapText(text, width, measure, size, weight),
    size,
    weight,
    color,
  });
  return {
    header: [
      block(context.title, t.title, 700, '#111827'),
      block(context.shown, t.shown, 400, '#374151'),
    ],
    footer: [
      block(context.sources, t.footer, 400, '#4b5563'),
      block(context.exported, t.footer, 400, '#4b5563'),
    ],
  };
}

const blockHeight = (bs: Block[]) =>
  bs.reduce((h, b) => h + b.lines.length * Math.round(b.size * 1.3), 0);

function drawBlocks(id: string, bs: Block[], x: number, top: number): string {
  let y = top;
  const texts: string[] = [];
  for (const b of bs) {
    for (const line of b.lines) {
      const lineHeight = Math.round(b.size * 1.3);
      // The baseline sits at about 80% of the line for Arial-like fonts.
      texts.push(
        `<text x="${num(x)}" y="${num(y + b.size * 1.02)}" font-size="${b.size}"` +
          `${b.weight !== 400 ? ` font-weight="${b.weight}"` : ''} fill="${b.color}">${escapeXml(line)}</text>`,
      );
      y += lineHeight;
    }
  }
  return `<g id="${id}">${texts.join('')}</g>`;
}

function document(width: number, height: number, context: ExportContext, body: string): string {
  const desc = [context.shown, context.sources, context.exported].join(' ');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" ` +
    `viewBox="0 0 ${num(width)} ${num(height)}" font-family="${EXPORT_FONT}">` +
    `<title>${escapeXml(context.title)}</title><desc>${escapeXml(desc)}</desc>` +
    `<rect id="background" x="0" y="0" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>` +
    body +
    `</svg>\n`
  );
}

/**
 * One view with its context: fitted to the content with a margin.
 * @example frameView(part, context, measure).svg.startsWith('<?xml') // -> true
 */
export function frameView(
  part: ExportPart,
  context: ExportContext,
  measure: Measure,
): { svg: string; width: number; height: number } {
  const t = PAGE;
  const width = Math.ceil(Math.max(part.width + 2 * t.margin, 720));
  const inner = width - 2 * t.margin;
  const { header, footer } = blocks(context, inner, measure, t);
  const top = t.margin + blockHeight(header) + t.gap;
  const footerTop = top + part.height + t.gap;
  const height = Math.ceil(footerTop + blockHeight(footer) + t.margin);
  const x = Math.round(t.margin + (inner - part.width) / 2);
  const body =
    drawBlocks('header', header, t.margin, t.margin) +
    `<g id="${part.id}" transform="translate(${num(x)},${num(top)})">${part.markup}</g>` +
    drawBlocks('footer', footer, t.margin, footerTop);
  return { svg: document(width, height, context, body), width, height };
}
