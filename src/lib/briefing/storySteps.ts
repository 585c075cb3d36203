/**
 * The default story's opening and closing steps, from the corpus itself: what it is about (its
 * most-mentioned pair of countries), its period and how many articles; and at the end the
 * actors and relations that matter most (most relations and milestones, most evidence).
 */
import { corpusName } from '../export/corpusName.ts';
import { edgeStyle } from '../encoding/marks.ts';
import { EMPTY_FILTERS } from '../filters/types.ts';
import type { Dataset } from '../model/schema.ts';
import type { RelationType } from '../model/vocabulary.ts';
import type { ViewState } from '../state/viewState.ts';
import type { Step } from './types.ts';

/** Who holds which office, belongs to or lies in what: facts about an actor, not relations between two. */
const STRUCTURAL: ReadonlySet<RelationType> = new Set(['office-held', 'member-of', 'located-in']);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The whole picture, nothing selected. */
const wholeView = (): ViewState => ({
  filters: EMPTY_FILTERS,
  selection: null,
  zoom: null,
  tab: 'overview',
});

/**
 * The years the dated milestones span, e.g. "2008–2024"; null when none is dated.
 * @example corpusPeriod(dataset) // -> '2008–2024'
 */
export function corpusPeriod(dataset: Pick<Dataset, 'events'>): string | null {
  const years = dataset.events.flatMap((e) => (e.date ? [e.date.slice(0, 4)] : [])).sort();
  if (years.length === 0) return null;
  const [first, last] = [years[0], years[years.length - 1]];
  return first === last ? first : `${first}–${last}`;
}

/**
 * What the corpus is about, as a title: "Japan–India security relations".
 * @example corpusTitle(dataset) // -> 'India–Japan security relations'
 */
export function corpusTitle(dataset: Dataset): string {
  return corpusName(dataset);
}

/** Actors ranked by how much of the story they take part in: relations + milestones. */
export function rankActors(dataset: Dataset): { id: string; name: string; weight: number }[] {
  const weight = new Map(dataset.actors.map((a) => [a.id, 0]));
  const bump = (id: string, by = 1) => weight.set(id, (weight.get(id) ?? 0) + by);
  for (const r of dataset.relations) {
    bump(r.source);
    bump(r.target);
  }
  for (const e of dataset.events) for (const a of e.actors) bump(a);
  return dataset.actors
    .map((a) => ({
      id: a.id,
      name: a.name,
      weight: weight.get(a.id) ?? 0,
      mentions: a.mentions.length,
    }))
    .sort(
      (x, y) =>
        y.weight - x.weight || y.mentions - x.mentions || x.name.localeCompare(y.name, 'en'),
    )
    .map(({ id, name, weight }) => ({ id, name, weight }));
}

/**
 * The opening step: title, period, how many articles and milestones.
 * @example buildTitleStep(dataset).title // -> 'India–Japan security relations'
 */
export function buildTitleStep(dataset: Dataset): Step {
  const period = corpusPeriod(dataset);
  const dated = dataset.events.filter((e) => e.date).length;
  const lines = [
    [period, plural(dataset.documents.length, 'article')].filter(Boolean).join(' · '),
    `${plural(dated, 'dated milestone')}, ${plural(dataset.actors.length, 'actor')}, ${plural(dataset.relations.length, 'relation')}`,
  ];
  return overviewStep('title', corpusTitle(dataset), period, lines, []);
}

/**
 * The closing step: the actors and relations that matter most.
 * @example buildClosingStep(dataset).lines[0] // -> 'Most involved: India, Japan, China'
 */
export function buildClosingStep(dataset: Dataset, top = 4): Step {
  const actors = rankActors(dataset)
    .filter((a) => a.weight > 0)
    .slice(0, top);
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const relations = dataset.relations
    .filter((r) => !STRUCTURAL.has(r.type))
    .sort(
      (a, b) =>
        b.evidence.length - a.evidence.length ||
        `${a.source}${a.target}`.localeCompare(`${b.source}${b.target}`),
    )
    .slice(0, 3);
  const lines = [
    actors.length ? `Most involved: ${actors.map((a) => a.name).join(', ')}` : '',
    ...relations.map(
      (r) =>
        `${names.get(r.source)} – ${edgeStyle(r.type).label.toLowerCase()} – ${names.get(r.target)} (${plural(r.evidence.length, 'sentence')})`,
    ),
  ].filter(Boolean);
  return overviewStep(
    'closing',
    'What matters most',
    corpusPeriod(dataset),
    lines,
    actors.map((a) => a.id),
  );
}

/** A step about the whole corpus (title or closing): no milestone, no quote, the whole view. */
function overviewStep(
  kind: 'title' | 'closing',
  title: string,
  date: Step['date'],
  lines: string[],
  focus: string[],
): Step {
  return {
    key: kind,
    kind,
    lines,
    focus,
    title,
    date,
    dateWords: null,
    status: null,
    quote: null,
    evidence: null,
    article: null,
    analyst: [],
    showing: null,
    notes: '',
    event: null,
    view: wholeView(),
  };
}
