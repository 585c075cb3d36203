/**
 * The one vocabulary of the dataset: actor kinds, relation types, event kinds, domains,
 * statuses and date precisions. Everything else (schema, extractor, UI legends) reads it here.
 */

export const ACTOR_KINDS = [
  'country',
  'bloc',
  'person',
  'organization',
  'force',
  'place',
  'region',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Display names of actor kinds (legend, filters, tables, details). */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  country: 'Country',
  bloc: 'Bloc / alliance',
  person: 'Person',
  organization: 'Organisation',
  force: 'Armed force',
  place: 'Place',
  region: 'Region',
};

export const DOMAINS = [
  'maritime',
  'space',
  'cyber',
  'defence-industry',
  'military-exercises',
  'land-border',
  'diplomacy',
  'economy-sanctions',
  'energy',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** Human labels for domains, for tables, legends and filters. */
export const DOMAIN_LABELS: Record<Domain, string> = {
  maritime: 'Maritime',
  space: 'Space',
  cyber: 'Cyber',
  'defence-industry': 'Defence industry & trade',
  'military-exercises': 'Military exercises',
  'land-border': 'Land border',
  diplomacy: 'Diplomacy',
  'economy-sanctions': 'Economy & sanctions',
  energy: 'Energy',
};

export const RELATION_TYPES = [
  'cooperation',
  'tension',
  'armed-clash',
  'incursion',
  'aggression',
  'sanctions',
  'arms-trade',
  'energy-trade',
  'influence',
  'office-held',
  'member-of',
  'located-in',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Display names of relation types (legend, filters, tables, details). */
export const RELATION_TYPE_LABELS: Record<RelationType, string> = {
  cooperation: 'Cooperation',
  tension: 'Tension',
  'armed-clash': 'Armed clash',
  incursion: 'Incursion',
  aggression: 'Aggression',
  sanctions: 'Sanctions',
  'arms-trade': 'Arms trade',
  'energy-trade': 'Energy trade',
  influence: 'Influence / presence',
  'office-held': 'Office held',
  'member-of': 'Member of',
  'located-in': 'Located in',
};

/** Relation types whose direction matters (source acts on target). */
export const DIRECTED_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>([
  'incursion',
  'aggression',
  'sanctions',
  'arms-trade',
  'energy-trade',
  'influence',
  'office-held',
  'member-of',
  'located-in',
]);

export const EVENT_KINDS = [
  'agreement',
  'meeting',
  'exercise',
  'armed-clash',
  'incursion',
  'aggression',
  'sanctions',
  'deployment',
  'visit',
  'revision',
  'cooperation',
  'aid',
  'demand',
  'protest',
  'rejection',
  'threat',
  'coercion',
  'launch',
  'leadership',
  'statement',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Display names of event kinds (PLOVER-like categories), for tables, filters and details. */
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  agreement: 'Agreement',
  meeting: 'Meeting',
  exercise: 'Exercise',
  'armed-clash': 'Armed clash',
  incursion: 'Incursion',
  aggression: 'Attack',
  sanctions: 'Sanctions',
  deployment: 'Deployment',
  visit: 'Visit',
  revision: 'Revision',
  cooperation: 'Cooperation',
  aid: 'Aid and transfers',
  demand: 'Demand',
  protest: 'Protest',
  rejection: 'Rejection',
  threat: 'Threat',
  coercion: 'Coercion',
  launch: 'Launch or test',
  leadership: 'Leadership change',
  statement: 'Announcement',
};

export const EVENT_STATUSES = ['occurred', 'planned', 'ongoing'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Display names of event statuses. */
export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  occurred: 'Occurred',
  planned: 'Planned',
  ongoing: 'Ongoing',
};

export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** How precisely a date is known, in words. */
export const PRECISION_LABELS: Record<Precision, string> = {
  day: 'to the day',
  month: 'to the month',
  year: 'to the year',
};
