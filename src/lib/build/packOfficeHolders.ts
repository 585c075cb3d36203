/**
 * Build setting: the extractor worker ships the office-holder list packed. officeHolders.json
 * repeats its field names for every term ("country", "role", "from", "to") and spells each of
 * its hundred-odd roles out thousands of times; the worker gets the same people, aliases and
 * terms as rows, with the roles once, and unpacks them to the JSON's shape when it loads, so
 * Node (the CLI, the tests) and the browser read the same data through the same schema.
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

/** Rows: [name, aliases, [[country, role index, from, to], ...]], and the roles once. */
export function packOfficeHolders(list: OfficeHolders) {
  const roles = [...new Set(list.people.flatMap((p) => p.roles.map((r) => r.role)))];
  const index = new Map(roles.map((r, i) => [r, i]));
  return {
    source: list.source,
    roles,
    people: list.people.map((p) => [
      p.name,
      p.aliases,
      p.roles.map((r) => [r.country, index.get(r.role)!, r.from, r.to]),
    ]),
  };
}

/** The module the worker imports instead of the JSON: the packed rows and their unpacking. */
export function packedOfficeHoldersModule(list: OfficeHolders): string {
  return [
    `const d = ${JSON.stringify(packOfficeHolders(list))};`,
    'export default {',
    '  source: d.source,',
    '  people: d.people.map(([name, aliases, terms]) => ({',
    '    name,',
    '    aliases,',
    '    roles: terms.map(([country, i, from, to]) => ({ country, role: d.roles[i], from, to })),',
    '  })),',
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
