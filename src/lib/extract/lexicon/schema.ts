/**
 * Schemas of the lexicon files (valibot): each file is data an interpreter reads, checked when
 * it loads, so a typo in a JSON file is an error naming the file and field, not a silent miss.
 */
import * as v from 'valibot';
import { ACTOR_KINDS, DOMAINS, EVENT_KINDS, RELATION_TYPES } from '../../model/vocabulary.ts';

const sourced = { $comment: v.optional(v.string()), source: v.pipe(v.string(), v.minLength(3)) };
const isoDay = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD'),
);

export const CountryWordsSchema = v.object({
  ...sourced,
  countries: v.record(
    v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
    v.object({
      /** The name news uses, where it differs from the ISO short name ("Turkey"). */
      name: v.optional(v.string()),
      demonyms: v.optional(v.array(v.string()), []),
      aliases: v.optional(v.array(v.string()), []),
    }),
  ),
  notNames: v.array(v.string()),
  notNamesComment: v.optional(v.string()),
});

const ActorEntrySchema = v.object({
  name: v.string(),
  kind: v.picklist(ACTOR_KINDS),
  country: v.nullable(v.string()),
  aliases: v.array(v.string()),
  demonyms: v.optional(v.array(v.string())),
  /** A state's executive body ("State Department", "Kremlin"): it acts for its state. */
  organ: v.optional(v.boolean()),
  /** The place or sea it lies in, by its entry's name (for places no one state holds). */
  within: v.optional(v.string()),
});

export const ActorListSchema = v.object({ ...sourced, entries: v.array(ActorEntrySchema) });

export const OfficeHoldersSchema = v.object({
  ...sourced,
  people: v.array(
    v.object({
      name: v.string(),
      aliases: v.array(v.string()),
      roles: v.array(
        v.object({
          country: v.string(),
          role: v.string(),
          from: isoDay,
          to: v.nullable(isoDay),
        }),
      ),
    }),
  ),
});

const stateCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code'));

export const MembershipsSchema = v.object({
  ...sourced,
  blocs: v.array(
    v.object({
      /** A bloc's name as institutions.json gives it. */
      bloc: v.string(),
      members: v.array(v.object({ country: stateCode, from: isoDay, to: v.nullable(isoDay) })),
    }),
  ),
});

export const CitiesSchema = v.object({
  ...sourced,
  /** Town names by ISO country code, joined by '|'. */
  countries: v.record(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)), v.string()),
});

export const WordsSchema = v.object({
  ...sourced,
  titleHeads: v.array(v.string()),
  titleModifiers: v.array(v.string()),
  titleVague: v.array(v.string()),
  portfolios: v.array(v.string()),
  portfolioEnds: v.array(v.string()),
  portfolioEndsComment: v.optional(v.string()),
  portfoliosComment: v.optional(v.string()),
  honorifics: v.array(v.string()),
  speechVerbs: v.array(v.string()),
  personAfter: v.array(v.string()),
  personAfterComma: v.array(v.string()),
  personNouns: v.array(v.string()),
  personNounsComment: v.optional(v.string()),
  personBefore: v.array(v.string()),
  notPersonLast: v.array(v.string()),
  spellingVariants: v.record(v.string(), v.string()),
  spellingVariantsComment: v.optional(v.string()),
  instrumentHeads: v.array(v.string()),
  instrumentHeadsComment: v.optional(v.string()),
  personBeforeComment: v.optional(v.string()),
  bodyAnaphors: v.record(v.string(), v.string()),
  bodyAnaphorsComment: v.optional(v.string()),
  personAfterComment: v.optional(v.string()),
  orgHeads: v.array(v.string()),
  companySuffixes: v.array(v.string()),
  companySuffixesComment: v.optional(v.string()),
  forceHeads: v.array(v.string()),
  placeHeads: v.array(v.string()),
  regionHeads: v.array(v.string()),
  placeHeadsFirst: v.array(v.string()),
  facilityHeads: v.array(v.string()),
  placeHeadsFirstComment: v.optional(v.string()),
  placeNamesFirst: v.array(v.string()),
  stateBodyHeads: v.array(v.pipe(v.string(), v.regex(/^[A-Z][a-z]+$/))),
  stateBodyHeadsComment: v.optional(v.string()),
  countWords: v.array(v.string()),
  countWordsComment: v.optional(v.string()),
  compassNames: v.array(v.string()),
  compassNamesComment: v.optional(v.string()),
  adjectiveEndings: v.array(v.pipe(v.string(), v.regex(/^[a-z]+$/))),
  placeNamesFirstComment: v.optional(v.string()),
  placeCues: v.array(v.string()),
  placeFeaturesAfter: v.array(v.string()),
  placeFeaturesAfterComment: v.optional(v.string()),
  placeAppositions: v.array(v.string()),
  placeAppositionsComment: v.optional(v.string()),
  placePlurals: v.array(v.string()),
  placePluralsComment: v.optional(v.string()),
  facilityFeaturesAfter: v.array(v.string()),
  facilityFeaturesAfterComment: v.optional(v.string()),
  nameParticles: v.array(v.string()),
  nameSuffixes: v.array(v.string()),
  notNames: v.array(v.string()),
  outlets: v.array(v.string()),
  services: v.record(v.string(), v.string()),
  ministries: v.record(v.string(), v.string()),
  ministriesComment: v.optional(v.string()),
  serviceNames: v.record(v.string(), v.string()),
  servicesComment: v.optional(v.string()),
  vesselPrefixes: v.array(v.string()),
  vesselPrefixesComment: v.optional(v.string()),
  navalPrefixes: v.record(v.string(), v.pipe(v.string(), v.regex(/^(?:[A-Z]{2})?$/))),
  stateOffices: v.array(v.string()),
  stateOfficesComment: v.optional(v.string()),
  unitHeads: v.array(v.string()),
  unitHeadsComment: v.optional(v.string()),
  meetingHeads: v.array(v.string()),
  meetingHeadsComment: v.optional(v.string()),
  placeOrBodyHeads: v.record(v.string(), v.array(v.string())),
  placeOrBodyHeadsComment: v.optional(v.string()),
  halfNames: v.record(v.string(), v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  halfNamesComment: v.optional(v.string()),
  honours: v.array(v.string()),
  honoursComment: v.optional(v.string()),
  internationalSeats: v.array(v.string()),
  internationalSeatsComment: v.optional(v.string()),
  titleStateOnly: v.array(v.string()),
  titleStateOnlyComment: v.optional(v.string()),
  relationTrends: v.object({ tension: v.array(v.string()), cooperation: v.array(v.string()) }),
  relationTrendsComment: v.optional(v.string()),
});
export type Words = v.InferOutput<typeof WordsSchema>;

export const VerbsSchema = v.object({
  ...sourced,
  classes: v.array(
    v.object({
      category: v.string(),
      event: v.picklist(EVENT_KINDS),
      relation: v.picklist(RELATION_TYPES),
      /** Seller and buyer: the type follows the goods (arms, energy). */
      trade: v.optional(v.boolean(), false),
      /** The subject is the buyer: the relation runs from the target to the subject. */
      reverse: v.optional(v.boolean(), false),
      /** The verb's class wins over the event noun it takes. */
      keepsKind: v.optional(v.boolean(), false),
      /** A stated plan of this kind is a milestone even before it has a date. */
      plannedMilestone: v.optional(v.boolean(), false),
      relates: v.optional(v.boolean(), true),
      /** Gives way to a more specific act later in its clause ("announced sanctions"). */
      yields: v.optional(v.boolean(), false),
      /** False for a standing state that relates its parties but is no milestone ("dispute"). */
      milestone: v.optional(v.boolean(), true),
      /**
       * Who an act with no target named reaches: "group", the last bloc or named operation the
       * article named before ("are among the countries that have signed up"); "previous", the
       * agents of the sentence before's act ("Australia and Canada provided support").
       */
      implicit: v.optional(v.picklist(['group', 'previous'])),
      domains: v.array(v.picklist(DOMAINS)),
      verbs: v.array(v.string()),
      nouns: v.array(v.string()),
    }),
  ),
  light: v.array(v.string()),
  irregular: v.record(v.string(), v.string()),
  irregularParticiple: v.record(v.string(), v.string()),
  doubleFinal: v.array(v.string()),
  doubleFinalComment: v.optional(v.string()),
  negative: v.array(v.string()),
  hypothetical: v.array(v.string()),
  planned: v.array(v.string()),
  ongoing: v.array(v.string()),
  notBefore: v.optional(v.record(v.string(), v.array(v.string())), {}),
  notBeforeComment: v.optional(v.string()),
  notAfter: v.optional(v.record(v.string(), v.array(v.string())), {}),
  notAfterComment: v.optional(v.string()),
  notAfterReach: v.optional(
    v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6))),
    {},
  ),
  notAfterReachComment: v.optional(v.string()),
});

/**
 * Parses one lexicon file, throwing an error that names the file and the field at fault.
 * @example parseLexicon(WordsSchema, json, 'words.json')
 */
export function parseLexicon<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  file: string,
): v.InferOutput<S> {
  const r = v.safeParse(schema, data);
  if (r.success) return r.output;
  const issue = r.issues[0];
  throw new Error(`lexicon ${file}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}
