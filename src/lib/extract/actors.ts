/**
 * Finds actor mentions in sentences: gazetteer names and demonyms, "<Country> <service>" forces,
 * "<Title> <Name>" people, "<Name> Valley/Islands/Sea" places; then surnames of newly met people.
 * Overlaps go to the longest match, so "Chinese Coast Guard" is one force, not China.
 */
import type { ActorKind } from '../model/vocabulary.ts';
import {
  ALIASES,
  ALIAS_RE,
  COUNTRY_BY_ISO,
  FORCE_RE,
  NOT_NAMES,
  PLACE_CUE_RE,
  PLACE_RE,
  TITLE_RE,
  alternation,
  entryKey,
} from './patterns.ts';
import type { ActorDraft, GazetteerEntry, Mention, Sentence } from './types.ts';

/** Where Japan names its forces differently from "<Demonym> <Service>". */
const SERVICE_OVERRIDES: Record<string, string> = {
  'JP:Armed Forces': 'Japan Self-Defense Forces',
  'JP:Navy': 'Japan Maritime Self-Defense Force',
  'JP:Army': 'Japan Ground Self-Defense Force',
  'JP:Air Force': 'Japan Air Self-Defense Force',
};
const FORCE_PREFIX: Record<string, string> = { US: 'US', JP: 'Japan', EU: 'European' };

function canonicalService(word: string): string {
  const w = word.toLowerCase();
  if (w === 'coast guard') return 'Coast Guard';
  if (w === 'navy') return 'Navy';
  if (w === 'army') return 'Army';
  if (w === 'air force') return 'Air Force';
  if (w === 'marine corps') return 'Marine Corps';
  return 'Armed Forces';
}

/** The actors met so far, shared across the documents of one extraction run. */
export class ActorRegistry {
  readonly drafts = new Map<string, ActorDraft>();

  fromEntry(entry: GazetteerEntry): string {
    const key = entryKey(entry);
    if (!this.drafts.has(key)) {
      this.drafts.set(key, {
        key,
        name: entry.name,
        kind: entry.kind,
        country: entry.country,
        role: entry.role ?? null,
        aliases: new Set(),
      });
    }
    return key;
  }

  ensure(key: string, make: () => Omit<ActorDraft, 'key' | 'aliases'>): string {
    if (!this.drafts.has(key)) this.drafts.set(key, { key, ...make(), aliases: new Set() });
    return key;
  }

  get(key: string): ActorDraft {
    const d = this.drafts.get(key);
    if (!d) throw new Error(`unknown actor ${key}`);
    return d;
  }
}

interface Candidate extends Mention {
  priority: number;
}

function countryOf(word: string | undefined): GazetteerEntry | null {
  if (!word) return null;
  const hit = ALIASES.get(word.replace(/['’]s$/, ''));
  return hit && (hit.entry.kind === 'country' || hit.entry.kind === 'bloc') ? hit.entry : null;
}

function forceCandidate(reg: ActorRegistry, m: RegExpExecArray, base: number): Candidate | null {
  const country = countryOf(m[1]);
  if (!country?.country) return null;
  const service = canonicalService(m[2]);
  const override = SERVICE_OVERRIDES[`${country.country}:${service}`];
  const overrideEntry = override ? ALIASES.get(override)?.entry : undefined;
  const key = overrideEntry
    ? reg.fromEntry(overrideEntry)
    : reg.ensure(`force:${country.country}:${service}`, () => ({
        name: `${FORCE_PREFIX[country.country ?? ''] ?? country.demonyms?.[0] ?? country.name} ${service}`,
        kind: 'force' as ActorKind,
        country: country.country,
        role: null,
      }));
  return mention(key, m, base, 3);
}

function mention(
  actorKey: string,
  m: RegExpExecArray,
  base: number,
  priority: number,
  offset = 0,
  text = m[0],
  demonym = false,
): Candidate {
  const start = base + m.index + offset;
  return { actorKey, start, end: start + text.length, text, demonym, priority };
}

/** Cuts a captured name at the first word that cannot be part of it. */
function trimName(name: string): string {
  const words = name.split(/\s+/);
  const cut = words.findIndex((w) => NOT_NAMES.has(w));
  return (cut < 0 ? words : words.slice(0, cut)).join(' ');
}

/** How far after a person's name "of the Indian Navy" or "from India" is looked for. */
const AFTER_NAME_WINDOW = 200;

function personCandidate(reg: ActorRegistry, m: RegExpExecArray, s: Sentence): Candidate | null {
  const name = trimName(m[3]);
  if (!name) return null;
  const offset = m[0].lastIndexOf(m[3]);
  const known = ALIASES.get(name);
  const title = { start: s.start + m.index, end: s.start + m.index + offset + name.length };
  if (known) {
    if (known.entry.kind !== 'person') return null;
    return { ...mention(reg.fromEntry(known.entry), m, s.start, 4, offset, name), title };
  }
  const office = m[2].replace(/\s+/g, ' ');
  // The words just after the name: a window, so a sentence of thousands of titles stays linear.
  const rest = m.index + m[0].length;
  const after = s.text.slice(rest, rest + AFTER_NAME_WINDOW);
  // "Rear Admiral X of the Indian Navy", "X of India", "... X from India".
  const of = /^,?\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z]\w*){0,3})/.exec(after)?.[1];
  const from = /^[^.;]*?\bfrom (?:the )?([A-Z][\w.]*(?: [A-Z]\w*)?)/.exec(after)?.[1];
  const country =
    countryOf(m[1]) ?? countryOf(of?.split(' ')[0]) ?? countryOf(of) ?? countryOf(from);
  const unit = of && !countryOf(of) ? of : null;
  const key = reg.ensure(`person:${name}`, () => ({
    name,
    kind: 'person',
    country: country?.country ?? null,
    role: unit
      ? `${office}, ${unit}`
      : country
        ? `${office} of ${country.name === 'United States' ? 'the United States' : country.name}`
        : office,
  }));
  return { ...mention(key, m, s.start, 4, offset, name), title };
}

function placeCandidate(reg: ActorRegistry, m: RegExpExecArray, base: number): Candidate | null {
  const words = m[1].split(/[ -]/);
  if (NOT_NAMES.has(words[0]) || ALIASES.has(words[0])) return null;
  const sea = /^(Sea|Strait|Gulf|Ocean|Bay)$/.test(m[2]);
  const key = reg.ensure(`place:${m[1]}`, () => ({
    name: m[1],
    kind: sea ? 'region' : 'place',
    country: null,
    role: null,
  }));
  return mention(key, m, base, 1);
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Keeps the best non-overlapping candidates: longest first, then by priority. */
function resolveOverlaps(cands: Candidate[]): Mention[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  // Characters already taken by a kept candidate: linear in the text, where comparing each
  // candidate with every kept one was quadratic (170,000 mentions in one line took minutes).
  const taken = new Uint8Array(sorted.reduce((n, c) => Math.max(n, c.end), 0));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ priority: _p, ...rest }) => rest);
}

/**
 * Finds every actor mention in a document's sentences, registering new actors in `reg`.
 * @example extractMentions(sentences, reg).map((m) => m.text) // -> ['Japan', 'India', ...]
 */
export function extractMentions(sentences: Sentence[], reg: ActorRegistry): Mention[] {
  const cands: Candidate[] = [];
  for (const s of sentences) {
    for (const m of matches(ALIAS_RE, s.text)) {
      const hit = ALIASES.get(m[0]);
      if (hit) cands.push(mention(reg.fromEntry(hit.entry), m, s.start, 2, 0, m[0], hit.demonym));
    }
    for (const m of matches(FORCE_RE, s.text)) {
      const c = forceCandidate(reg, m, s.start);
      if (c) cands.push(c);
    }
    for (const m of matches(TITLE_RE, s.text)) {
      const c = personCandidate(reg, m, s);
      if (c) cands.push(c);
    }
    for (const m of matches(PLACE_RE, s.text)) {
      const c = placeCandidate(reg, m, s.start);
      if (c) cands.push(c);
    }
    for (const m of matches(PLACE_CUE_RE, s.text)) {
      if (NOT_NAMES.has(m[1].split(' ')[0]) || ALIASES.has(m[1])) continue;
      const key = reg.ensure(`place:${m[1]}`, () => ({
        name: m[1],
        kind: 'place',
        country: null,
        role: null,
      }));
      cands.push(mention(key, m, s.start, 1, m[0].length - m[1].length, m[1]));
    }
  }
  // A person named in full is later called by surname alone ("Singh said"), within this
  // article only; a surname two people share here stays unmatched.
  const surnames = new Map<string, string | null>();
  for (const c of cands) {
    const person = reg.get(c.actorKey);
    const parts = c.text.split(' ');
    const last = parts[parts.length - 1];
    if (person.kind !== 'person' || parts.length < 2 || ALIASES.has(last) || NOT_NAMES.has(last))
      continue;
    const seen = surnames.get(last);
    surnames.set(last, seen === undefined || seen === c.actorKey ? c.actorKey : null);
  }
  for (const [last, key] of surnames) if (key === null) surnames.delete(last);
  if (surnames.size > 0) {
    const re = new RegExp(`(?<![\\w])(?:${alternation(surnames.keys())})(?![\\w])`, 'g');
    for (const s of sentences) {
      for (const m of matches(re, s.text)) {
        const key = surnames.get(m[0]);
        if (key) cands.push(mention(key, m, s.start, 0));
      }
    }
  }
  const out = resolveOverlaps(cands);
  for (const m of out) if (!m.demonym) reg.get(m.actorKey).aliases.add(m.text);
  return out;
}

export { COUNTRY_BY_ISO };
