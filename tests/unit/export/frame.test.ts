import { describe, expect, it } from 'vitest';
import { EXPORT_FONT, frameView } from '../../../src/lib/export/frame.ts';
import { auditSvg } from '../../../src/lib/export/auditSvg.ts';
import { wrapText } from '../../../src/lib/export/wrapText.ts';

const measure = (text: string, size: number) => text.length * size * 0.55;
const context = {
  title: 'Japan–India security relations: network',
  shown: 'Showing: everything <in> the "articles" & more',
  sources: `Sources: ${'A long article title, '.repeat(20)}`,
  exported: 'Exported 2026-11-23 from Tieline.',
};
const part = (id: string, width: number, height: number) => ({
  id,
  width,
  height,
  markup: `<rect width="${width}" height="${height}" fill="#ff0000"/>`,
});

describe('wrapText', () => {
  it('breaks at spaces so no line is wider than asked (unless one word is)', () => {
    const lines = wrapText('one two three four five six', 60, (t) => t.length * 6, 10, 400);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
    expect(wrapText('incomprehensibilities', 10, (t) => t.length * 6, 10, 400)).toEqual([
      'incomprehensibilities',
    ]);
  });
});

describe('frameView', () => {
  it('fits the picture to its content with a margin, context above and below', () => {
    const { svg, width, height } = frameView(part('network', 1000, 500), context, measure);
    expect(width).toBe(1048);
    expect(height).toBeGreaterThan(500 + 48);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(svg).toContain(`font-family="${EXPORT_FONT}"`);
    expect(svg).toContain('<title>Japan–India security relations: network</title>');
    expect(svg).toContain('Showing: everything &lt;in&gt; the &quot;articles&quot; &amp; more');
    expect(svg).toMatch(/<g id="network" transform="translate\(24,\d+\)">/);
    expect(svg).toMatch(/<rect id="background"[^>]* fill="#ffffff"/);
    // The long source line wraps inside the width.
    expect(svg.match(/<g id="footer">.*?<\/g>/)![0].match(/<text/g)!.length).toBeGreaterThan(2);
    expect(auditSvg(svg)).toEqual([]);
  });

  it('keeps a narrow view readable: the frame is at least 720 px wide, the view centred', () => {
    const { svg, width } = frameView(part('timeline', 200, 100), context, measure);
    expect(width).toBe(720);
    expect(svg).toContain('<g id="timeline" transform="translate(260,');
  });
});
