/**
 * Greedy word wrap for SVG text, which does not wrap by itself.
 */

/** Width in px of a string at a given size and weight. */
export type Measure = (text: string, size: number, weight: number) => number;

/**
 * @example wrapText('Sources: a; b; c', 80, (t) => t.length * 8, 16, 400) // -> ['Sources: a;', 'b; c']
 */
export function wrapText(
  text: string,
  width: number,
  measure: Measure,
  size: number,
  weight: number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
