/**
 * What a standalone SVG must not carry, checked on the exported text before it is saved (and in
 * the tests): anything that would run, load from elsewhere, or only look right inside the app.
 */

const RULES: [RegExp, string][] = [
  [/<script\b/i, 'a script element'],
  [/<foreignObject\b/i, 'a foreignObject'],
  [/\son[a-z]+\s*=/i, 'an event-handler attribute'],
  [/<style\b/i, 'a style sheet'],
  [/\sstyle\s*=/i, 'a style attribute'],
  [/\sclass\s*=/i, 'a class attribute (styles must be inlined)'],
  [/var\(--/i, 'a CSS variable'],
  [/currentColor/i, 'currentColor'],
  [/rgba?\(|hsla?\(/i, 'a colour that is not hex'],
  [/\shref\s*=\s*"(?!#)/i, 'a link to something outside the file'],
  [/url\(\s*["']?(?!#)/i, 'a url() outside the file'],
  [/javascript:/i, 'a javascript: address'],
  [/@import/i, 'an @import'],
];

/**
 * @example auditSvg('<svg><script>alert(1)</script></svg>') // -> ['a script element']
 */
export function auditSvg(svg: string): string[] {
  // Only the markup is checked: text content is escaped, and an article may well say "on=".
  const tags = (svg.match(/<[^>]*>/g) ?? []).join('\n');
  const problems = RULES.filter(([rule]) => rule.test(tags)).map(([, what]) => what);
  if (!/^(<\?xml[^>]*>\s*)?<svg\s[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(svg))
    problems.push('no SVG namespace on the root');
  if (!/<svg\s[^>]*\swidth="[\d.]+"[^>]*\sheight="[\d.]+"[^>]*\sviewBox="[\d. ]+"/.test(svg))
    problems.push('no width, height and viewBox on the root');
  return problems;
}
