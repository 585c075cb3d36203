/**
 * Word cues shared by the event rules: domains and clause breaks.
 */
import type { Domain } from '../model/vocabulary.ts';
import type { Span } from './types.ts';

const DOMAIN_CUES: [Domain, RegExp][] = [
  [
    'maritime',
    /\b(maritime|naval|navy|coast guard|vessels?|ships?|sea lanes?|territorial waters|waters|ports?|docked|ocean|islands|seas?)\b/i,
  ],
  ['space', /\b(space|satellites?|orbit\w*|outer space)\b/i],
  ['cyber', /\b(cyber\w*)\b/i],
  [
    'defence-industry',
    /\b(arms|weapons?|defen[cs]e (equipment|goods|exports?|imports?|procurement|industry|industrial|production|technology)|arms production|procurement|military hardware)\b/i,
  ],
  [
    'military-exercises',
    /\b(drills?|exercises?|joint training|training programs?|manoeuvres|maneuvers)\b/i,
  ],
  [
    'land-border',
    /\b(border|frontier|valley|line of actual control|LAC|himalaya\w*|ladakh|clash(es)?)\b/i,
  ],
  [
    'diplomacy',
    /\b(dialogue|talks|meetings?|summit|declaration|diplomat\w*|ministerial|two-plus-two|2\+2|visit|agreement|treaty|pact|partnership|foreign minister|external affairs)\b/i,
  ],
  ['economy-sanctions', /\b(sanctions?|tariffs?|embargo|economic|trade(?! in defen[cs]e))\b/i],
  ['energy', /\b(oil|crude|gas|LNG|energy|coal|fuel)\b/i],
];

/**
 * The domains a stretch of text is about, from keyword cues.
 * @example classifyDomains('first dialogue on space') // -> ['space', 'diplomacy']
 */
export function classifyDomains(text: string): Domain[] {
  // "cyberspace" is cyber, not space; an "exclusive economic zone" is sea, not economy.
  const t = text
    .replace(/cyberspace/gi, 'cyber')
    .replace(/exclusive economic zones?|\bEEZs?\b/gi, 'waters');
  return DOMAIN_CUES.filter(([, re]) => re.test(t)).map(([d]) => d);
}

/** Where a sentence breaks into clauses: semicolons, dashes, and a comma before a conjunction. */
const CLAUSE_BREAK =
  /;|\s[–—-]\s|,\s+(?=(?:while|whereas|despite|but|where|which|although|though|creating|aligning|as it|as they|due to|after|before|when|because|following|amid|until)\b)/gi;
const LEADING_SUBORDINATE = /^(?:While|Although|Though|Unlike|Despite|Whereas)\b[^,]*,/;

/**
 * Splits a sentence (offsets relative to it) into clauses.
 * @example splitClauses('A, while B').length // -> 2
 */
export function splitClauses(text: string): Span[] {
  const cuts = new Set<number>([0, text.length]);
  const lead = LEADING_SUBORDINATE.exec(text);
  if (lead) cuts.add(lead[0].length);
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(text)) !== null) cuts.add(m.index + m[0].length);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Span[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    if (sorted[i + 1] > sorted[i]) out.push({ start: sorted[i], end: sorted[i + 1] });
  }
  return out;
}
