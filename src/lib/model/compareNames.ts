/**
 * Names in English alphabetical order, as `a.localeCompare(b, 'en')` orders them, without the
 * collator where it can: the first locale comparison in a page sets the collator up, 10-30 ms
 * of the load's longest task, for two sorts of a few dozen plain names (the network's Tab
 * order, the legend's country colours). A name of ASCII letters, digits, spaces, full stops and
 * hyphens orders as the collator would: by its letters ignoring case (space < '-' < '.' < digits
 * < letters, in the collator as in code points), then lower case before upper case at the first
 * letter where only case differs. Any other name goes to the collator.
 */
const PLAIN = /^[A-Za-z0-9 .-]*$/;

/** @example ['Japan', 'china', 'China', 'India'].sort(compareNames) // -> ['china', 'China', 'India', 'Japan'] */
export function compareNames(a: string, b: string): number {
  if (!PLAIN.test(a) || !PLAIN.test(b)) return a.localeCompare(b, 'en');
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] === x[i] ? -1 : 1;
  return 0;
}
