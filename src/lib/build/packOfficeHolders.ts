/**
 * Build setting: the extractor worker ships the office-holder list packed. officeHolders.json
 * repeats its field names for every term ("country", "role", "from", "to") and spells each of
 * its hundred-odd roles out thousands of times; the worker gets the same people, aliases and
 * terms as one line a person, with the roles once, and unpacks them to the JSON's shape when it
 * loads, so Node (the CLI, the tests) and the browser read the same data through the same schema.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

interface Term {
  country: string;
  role: string;
  from: string;
  to: string | null;
}
interface OfficeHolders {
  source: string;
  people: { name: string; aliases: string[]; roles: Term[] }[];
}

/** The JSON file the extractor's lexicon imports. */
const FILE = new URL('../extract/lexicon/officeHolders.json', import.meta.url);
const VIRTUAL = '\0tieline-office-holders';

/**
 * One line a person: the name and aliases joined by '|', a tab, then the terms joined by ';',
 * each `country,role index,from,to` with the dates' dashes dropped (a YYYY, YYYYMM or
 * YYYYMMDD string is as unambiguous as the ISO form) and `to` empty while in office. One
 * string of lines compresses better than an array of arrays: no quotes and brackets around
 * every field, and the same dates and codes sit closer together. An alias that is an earlier
 * name without its accents ('Sebastian Pinera' after 'Sebastián Piñera') is written `~k`, k
 * the earlier name's place in the line, and one that is the name's last n words ('Piñera') `^n`:
 * half the aliases are one or the other.
 */
export function packOfficeHolders(list: OfficeHolders) {
  const roles = [...new Set(list.people.flatMap((p) => p.roles.map((r) => r.role)))];
  const index = new Map(roles.map((r, i) => [r, i]));
  const bad = list.people
    .flatMap((p) => [p.name, ...p.aliases])
    .find((s) => /[|\t\n]/.test(s) || /^[~^]/.test(s));
  if (bad !== undefined)
    throw new Error(
      `officeHolders.json: a name has '|', a tab or a newline, or starts with ~ or ^: ${bad}`,
    );
  const terms = (roles: Term[]) =>
    roles
      .map((r) => {
        if (/[,;]/.test(r.country)) throw new Error(`officeHolders.json: bad country ${r.country}`);
        return [
          r.country,
          index.get(r.role)!,
          undash(r.from),
          r.to === null ? '' : undash(r.to),
        ].join(',');
      })
      .join(';');
  return {
    source: list.source,
    roles,
    people: list.people
      .map((p) => names(p.name, p.aliases).join('|') + '\t' + terms(p.roles))
      .join('\n'),
  };
}

/** Accents off, as the unpacking does it. */
const unaccent = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

function names(name: string, aliases: string[]): string[] {
  const all = [name, ...aliases];
  const words = name.split(' ');
  return all.map((a, i) => {
    if (i === 0) return a;
    const k = all.findIndex((b, j) => j < i && b !== a && unaccent(b) === a);
    if (k >= 0) return `~${k}`;
    const n = [1, 2, 3].find((n) => n < words.length && words.slice(-n).join(' ') === a);
    return n ? `^${n}` : a;
  });
}

function undash(day: string): string {
  if (!/^\d{4}(?:-\d{2}){0,2}$/.test(day)) throw new Error(`officeHolders.json: bad date ${day}`);
  return day.replace(/-/g, '');
}

/** The module the worker imports instead of the JSON: the packed lines and their unpacking. */
export function packedOfficeHoldersModule(list: OfficeHolders): string {
  return [
    `const d = ${JSON.stringify(packOfficeHolders(list))};`,
    'const unaccent = (s) => s.normalize("NFD").replace(/\\p{M}/gu, "");',
    'const day = (s) => [s.slice(0, 4), s.slice(4, 6), s.slice(6)].filter(Boolean).join("-");',
    'export default {',
    '  source: d.source,',
    '  people: d.people.split("\\n").map((line) => {',
    '    const [names, terms] = line.split("\\t");',
    '    const all = names.split("|");',
    '    const words = all[0].split(" ");',
    '    for (let i = 1; i < all.length; i++) {',
    '      const a = all[i];',
    '      if (a[0] === "~") all[i] = unaccent(all[+a.slice(1)]);',
    '      else if (a[0] === "^") all[i] = words.slice(-a.slice(1)).join(" ");',
    '    }',
    '    const [name, ...aliases] = all;',
    '    return {',
    '      name,',
    '      aliases,',
    '      roles: terms === "" ? [] : terms.split(";").map((t) => {',
    '        const [country, i, from, to] = t.split(",");',
    '        return { country, role: d.roles[+i], from: day(from), to: to === "" ? null : day(to) };',
    '      }),',
    '    };',
    '  }),',
    '};',
    '',
  ].join('\n');
}

/**
 * @example worker: { plugins: () => [packOfficeHolders()] }
 */
export function packOfficeHoldersPlugin(): Plugin {
  return {
    name: 'tieline-pack-office-holders',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      return /(?:^|\/)officeHolders\.json$/.test(source) ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      const list = JSON.parse(readFileSync(FILE, 'utf8')) as OfficeHolders;
      return { code: packedOfficeHoldersModule(list), map: null };
    },
  };
}
