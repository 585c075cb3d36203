/**
 * Escaping and number formatting for SVG written as a string.
 */

/** @example escapeXml('A < B & "C"') // -> 'A &lt; B &amp; &quot;C&quot;' */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // XML 1.0 forbids most control characters, even escaped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

/** Two decimals at most, no trailing zeros: 12.5, 3, 0.33. */
export const num = (n: number): string => String(Math.round(n * 100) / 100);
