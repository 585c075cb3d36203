/**
 * The lexicon: every data file checked by its schema and turned into the lookups the
 * interpreters use. Countries come from i18n-iso-countries (names, MIT) and countries-list
 * (capitals, MIT), with demonyms and news forms from countryWords.json.
 */
import isoCountries from 'i18n-iso-countries';
import isoEnglish from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { countries as countryList } from 'countries-list';
import type { ActorKind } from '../../model/vocabulary.ts';
import countryWordsJson from './countryWords.json' with { type: 'json' };
import armedGroupsJson from './armedGroups.json' with { type: 'json' };
import institutionsJson from './institutions.json' with { type: 'json' };
import officeHoldersJson from './officeHolders.json' with { type: 'json' };
import membershipsJson from './memberships.json' with { type: 'json' };
import citiesJson from './cities.json' with { type: 'json' };
import placesJson from './places.json' with { type: 'json' };
import verbsJson from './verbs.json' with { type: 'json' };
import wordsJson from './words.json' with { type: 'json' };
import {
  ActorListSchema,
  CountryWordsSchema,
  CitiesSchema,
  MembershipsSchema,
  OfficeHoldersSchema,
  VerbsSchema,
  WordsSchema,
  parseLexicon,
} from './schema.ts';

isoCountries.registerLocale(isoEnglish);

/** A role held by a person over a period (ISO dates; `to` null while in office). */
export interface Role {
  country: string;
  role: string;
  from: string;
  to: string | null;
}

/** An actor the lexicon knows by name. */
export interface LexiconEntry {
  /** Stable key, e.g. `country:JP`, `person:Fumio Kishida`. */
  key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  aliases: string[];
  demonyms: string[];
  roles: Role[];
  /** The capital, a metonym for the state but never the start of a force's name. */
  capital?: string;
  /** A state's executive body, which acts for its state (institutions.json `organ`). */
  organ?: boolean;
  /** The key of the place or sea it lies in (places.json `within`). */
  within?: string;
}

export const countryWords = parseLexicon(CountryWordsSchema, countryWordsJson, 'countryWords.json');
export const words = parseLexicon(WordsSchema, wordsJson, 'words.json');
export const verbs = parseLexicon(VerbsSchema, verbsJson, 'verbs.json');
const institutions = parseLexicon(ActorListSchema, institutionsJson, 'institutions.json');
const armedGroups = parseLexicon(ActorListSchema, armedGroupsJson, 'armedGroups.json');
const places = parseLexicon(ActorListSchema, placesJson, 'places.json');
const officeHolders = parseLexicon(OfficeHoldersSchema, officeHoldersJson, 'officeHolders.json');
const memberships = parseLexicon(MembershipsSchema, membershipsJson, 'memberships.json');

function buildCountries(): LexiconEntry[] {
  const skip = new Set(countryWords.notNames);
  const names = isoCountries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const out: LexiconEntry[] = [];
  for (const [iso, all] of Object.entries(names)) {
    const listed = (countryList as Record<string, { name: string; capital: string }>)[iso];
    const extra = countryWords.countries[iso];
    const name = extra?.name ?? listed?.name ?? all[all.length - 1];
    const capital = (listed?.capital ?? '').replace(/ D\.C\.$/, '');
    const aliases = [name, ...all, ...(extra?.aliases ?? []), capital].filter(
      (a) => a && !a.includes(',') && !skip.has(a),
    );
    out.push({
      key: `country:${iso}`,
      name,
      kind: 'country',
      country: iso,
      aliases: [...new Set(aliases)],
      demonyms: extra?.demonyms ?? [],
      roles: [],
      capital,
    });
  }
  // Kosovo has no ISO 3166-1 code; news names it as a state (user-assigned XK).
  if (!out.some((e) => e.country === 'XK')) {
    const extra = countryWords.countries.XK;
    out.push({
      key: 'country:XK',
      name: 'Kosovo',
      kind: 'country',
      country: 'XK',
      aliases: ['Kosovo', 'Pristina', ...(extra?.aliases ?? [])],
      demonyms: extra?.demonyms ?? [],
      roles: [],
    });
  }
  return out;
}

function fromList(list: typeof institutions.entries, prefix: string): LexiconEntry[] {
  return list.map((e) => ({
    key: `${prefix}:${e.name}`,
    name: e.name,
    kind: e.kind,
    country: e.country,
    aliases: [e.name, ...e.aliases],
    demonyms: e.demonyms ?? [],
    roles: [],
    ...(e.within ? { within: `${prefix}:${e.within}` } : {}),
    ...(e.organ ? { organ: true } : {}),
  }));
}

function fromOfficeHolders(): LexiconEntry[] {
  return officeHolders.people.map((p) => ({
    key: `person:${p.name}`,
    name: p.name,
    kind: 'person',
    // A person's state is their first state office's; a bloc's officer (the list writes "NATO")
    // has none from the list.
    country: p.roles.find((r) => /^[A-Z]{2}$/.test(r.country))?.country ?? null,
    aliases: [p.name, ...p.aliases],
    demonyms: [],
    roles: p.roles,
  }));
}

/** Every actor the lexicon knows; earlier lists win a name two lists share. */
export const LEXICON: LexiconEntry[] = [
  ...buildCountries(),
  ...fromList(institutions.entries, 'org'),
  ...fromList(armedGroups.entries, 'org'),
  ...fromList(places.entries, 'place'),
  ...fromOfficeHolders(),
];

export const ENTRY_BY_KEY = new Map(LEXICON.map((e) => [e.key, e]));

/** Armed groups that fight states (armedGroups.json): never one side with the state they are based in. */
export const NON_STATE_KEYS: ReadonlySet<string> = new Set(
  armedGroups.entries.map((e) => `org:${e.name}`),
);

/**
 * The role a person held on a date ("2024-08"), or their latest role when the date is unknown.
 * @example roleOn(entry, '2019-05') // -> { country: 'JP', role: 'Foreign Minister', ... }
 */
export function roleOn(entry: LexiconEntry, date: string | null): Role | null {
  if (entry.roles.length === 0) return null;
  if (!date) return entry.roles[entry.roles.length - 1];
  const held = entry.roles.filter(
    (r) => r.from.slice(0, date.length) <= date && (!r.to || date <= r.to.slice(0, 10)),
  );
  return held[held.length - 1] ?? null;
}

/** A bloc's members over time, by the bloc's lexicon key ("org:NATO"). */
export const MEMBERS_BY_BLOC = new Map(
  memberships.blocs.map((b) => {
    const key = `org:${b.bloc}`;
    if (!ENTRY_BY_KEY.has(key))
      throw new Error(`memberships.json: no bloc named "${b.bloc}" in institutions.json`);
    return [key, b.members] as const;
  }),
);

/**
 * Whether a state belonged to a bloc on a date ("2024-08"; the latest membership when unknown).
 * @example isMemberOn('org:NATO', 'SE', '2023-06') // -> false (Sweden joined in March 2024)
 */
export function isMemberOn(blocKey: string, country: string, date: string | null): boolean {
  return (MEMBERS_BY_BLOC.get(blocKey) ?? []).some(
    (m) =>
      m.country === country &&
      (!date
        ? !m.to
        : m.from.slice(0, date.length) <= date && (!m.to || date <= m.to.slice(0, date.length))),
  );
}

/** The states that have a town of each name ("Aden" -> ["YE"]), from cities.json. */
export const CITY_STATES = new Map<string, string[]>();
for (const [iso, names] of Object.entries(
  parseLexicon(CitiesSchema, citiesJson, 'cities.json').countries,
))
  for (const name of names.split('|'))
    for (const form of townForms(name))
      if (!CITY_STATES.get(form)?.includes(iso))
        CITY_STATES.set(form, [...(CITY_STATES.get(form) ?? []), iso]);

/**
 * A town's name as GeoNames gives it and as English news writes it: without diacritics
 * ("Ţarţūs" -> "Tartus", "Kandahār" -> "Kandahar"), without the Arabic article ("Ar Raqqah" ->
 * "Raqqah"), and with a final "-ah" as "-a" ("Ḩamāh" -> "Hama", "Raqqah" -> "Raqqa").
 * @example townForms('Ḩamāh') // -> ['Ḩamāh', 'Hamah', 'Hama']
 */
export function townForms(name: string): string[] {
  const folded = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const bare = folded.replace(/^(?:Al|Ad|Ar|As|An|Ash|At|Az|Ath|Adh|El) (?=\p{Lu})/u, '');
  const forms = new Set([name, folded, bare]);
  for (const f of [folded, bare]) if (/[^aeiou]ah$/.test(f)) forms.add(f.slice(0, -1));
  return [...forms].filter((f) => f.length >= 3);
}
