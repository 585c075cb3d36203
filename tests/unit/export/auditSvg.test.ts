import { describe, expect, it } from 'vitest';
import { auditSvg } from '../../../src/lib/export/auditSvg.ts';

const ok = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10">${body}</svg>`;

describe('auditSvg', () => {
  it('passes a clean standalone picture, whatever its text says', () => {
    expect(
      auditSvg(
        ok('<text x="1" y="1" fill="#111827">onclick=alert(1) url(http://x) &lt;script&gt;</text>'),
      ),
    ).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', 'a script element'],
    ['<foreignObject><div/></foreignObject>', 'a foreignObject'],
    ['<rect onload="x()"/>', 'an event-handler attribute'],
    ['<style>rect{fill:red}</style>', 'a style sheet'],
    ['<rect style="fill:red"/>', 'a style attribute'],
    ['<rect class="mark"/>', 'a class attribute (styles must be inlined)'],
    ['<rect fill="var(--ink)"/>', 'a CSS variable'],
    ['<rect fill="currentColor"/>', 'currentColor'],
    ['<rect fill="rgb(1, 2, 3)"/>', 'a colour that is not hex'],
    ['<image href="https://example.org/a.png"/>', 'a link to something outside the file'],
    ['<rect fill="url(https://example.org/p.svg#g)"/>', 'a url() outside the file'],
  ])('finds %s', (body, problem) => {
    expect(auditSvg(ok(body))).toContain(problem);
  });

  it('allows references inside the file', () => {
    expect(auditSvg(ok('<path marker-end="url(#arrow-tension)"/><use href="#a"/>'))).toEqual([]);
  });

  it('needs the namespace and a sized, fitted root', () => {
    expect(auditSvg('<svg width="1" height="1" viewBox="0 0 1 1"></svg>')).toContain(
      'no SVG namespace on the root',
    );
    expect(auditSvg('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toContain(
      'no width, height and viewBox on the root',
    );
  });
});
