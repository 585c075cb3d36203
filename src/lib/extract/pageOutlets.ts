/**
 * The outlet a page names for itself, so that no rule makes it an actor: the wire service in a
 * dateline ("DAMASCUS, Dec 8 (Levant Wire Service) -"), the outlet after a byline ("By Rohan
 * Bhatnagar, Meridian News Service"), the copyright holder ("Copyright 1999 Meridian News
 * Service"). Its short forms go too: the first word ("Photo: Suresh Kamat / Meridian") and the
 * initials ("LWS/Khaled Rifai", "LWS Trust Principles"). Known outlets are in words.json.
 */
import { TokenTrie } from './trie.ts';
import { phraseTokens } from './tokens.ts';

/** How much of the top and the bottom of a page holds its datelines, bylines and notices. */
const EDGE = 2000;
const NAME = String.raw`(\p{Lu}[\p{L}&.'’ -]{1,40}?)`;
const PATTERNS = [
  // "Dec 8 (Levant Wire Service) -", "March 16, 2024 (Frontier Wire) —"
  new RegExp(String.raw`\d{1,2}(?:,?\s*\d{4})?\s*\(${NAME}\)\s*[-–—]`, 'gu'),
  // "By Rohan Bhatnagar, Meridian News Service" on its own line
  new RegExp(String.raw`^By [^,\n]{3,60},\s*${NAME}\s*$`, 'gmu'),
  // "Jane Doe | Harbour Chronicle News Service" on its own line: a byline and its outlet
  new RegExp(
    String.raw`^(?:By\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+[|·]\s+${NAME}\s*$`,
    'gmu',
  ),
  // "Copyright 1999 Meridian News Service. All rights reserved."
  new RegExp(String.raw`(?:Copyright|©)\s*(?:\d{4}\s+)?${NAME}(?:[.,]|\s+All rights|\s*$)`, 'gmu'),
];

/**
 * "Photo: Harbour Press Agency/Jane Doe]", "Credit: Presidential Communications Office]": a credit
 * is named whole only, both names of "photographer/agency"; its first word may be a real actor
 * ("Photo: Sahel Report / file").
 */
const CREDIT = new RegExp(
  String.raw`\b(?:Photo|Photograph|Image|Picture|Credit)s?\s*:\s*${NAME}\s*(?:/\s*${NAME}\s*)?(?:[/\]|)]|$)`,
  'gmu',
);

/**
 * The page's own outlets as a phrase trie, or null when it names none.
 * @example pageOutlets('DAMASCUS, Dec 8 (Levant Wire Service) - ...')?.longestAt(tokenize('LWS'), 0) // -> { value: true, length: 1 }
 */
export function pageOutlets(text: string): TokenTrie<true> | null {
  const edges =
    text.length <= 2 * EDGE ? [text] : [text.slice(0, EDGE), text.slice(text.length - EDGE)];
  const names = new Set<string>();
  for (const part of edges) {
    // "Credit: Somchai Wong/Lotus Photo Agency": the photographer and the agency.
    for (const m of part.matchAll(CREDIT)) for (const n of [m[1], m[2]]) if (n) names.add(n.trim());
    for (const re of PATTERNS)
      for (const m of part.matchAll(re)) {
        const name = m[1].trim();
        const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
        if (words.length === 0) continue;
        names.add(name);
        if (words.length >= 2) {
          names.add(words[0]);
          names.add(words.map((w) => w[0]).join(''));
        }
      }
  }
  if (names.size === 0) return null;
  const trie = new TokenTrie<true>();
  for (const n of names) trie.add(phraseTokens(n), true);
  return trie;
}
