/**
 * An article as the Sources reader shows it: its text cut into runs, each knowing whether it is
 * boilerplate the cleaner ignored, part of an actor's mention (coloured by the actor's country),
 * part of an event's or a relation's sentence, or part of the evidence the reader was opened at.
 */
import { edgeStyle } from '../encoding/marks.ts';
import { countryColor, rankCountryColors } from '../encoding/palette.ts';
import type { Dataset, Evidence, TielineDocument } from '../model/schema.ts';

export interface ReaderRun {
  start: number;
  end: number;
  text: string;
  boilerplate: boolean;
  /** The actor this run names, if any. */
  mention: { id: string; name: string; color: string } | null;
  /** Titles of the events whose evidence sentence this run is part of. */
  events: string[];
  /** The relations ("Japan – Cooperation – India") whose evidence sentence this run is part of. */
  relations: string[];
  /** Inside the sentence the reader was opened at. */
  target: boolean;
  /** Inside the evidence itself (for a mention, the name; for a sentence, all of it). */
  exact: boolean;
}

export interface ReaderModel {
  doc: TielineDocument;
  runs: ReaderRun[];
  /** The actors named in the article, most mentioned first, with their colours (the legend). */
  actors: { id: string; name: string; color: string; count: number }[];
  events: number;
  relations: number;
  /** Where the runs stop: the whole text, or less when it is long (the reader shows more on demand). */
  shown: number;
}

/** How many characters of a long article the reader shows at first, and adds each time after. */
export const READER_STEP = 50_000;

type Span = { start: number; end: number };

/**
 * No run is longer than this: a megabyte without a mark is still cut into pieces the reader
 * can render a few at a time.
 */
export const MAX_RUN = 4096;

/** What a span marks; the sweep keeps, for each kind, the spans covering the current run. */
type Mark =
  | { kind: 'boilerplate' | 'target' | 'exact' }
  | { kind: 'mention'; order: number; value: ReaderRun['mention'] }
  | { kind: 'event' | 'relation'; order: number; label: string };
type Marked = Span & { mark: Mark };

/** Every boundary, in order, with the spans that start and end there. */
function boundaries(spans: Marked[], length: number) {
  const at = new Map<number, { starts: Marked[]; ends: Marked[] }>();
  const point = (p: number) => {
    const clamped = Math.max(0, Math.min(length, p));
    let b = at.get(clamped);
    if (!b) at.set(clamped, (b = { starts: [], ends: [] }));
    return b;
  };
  point(0);
  point(length);
  for (const s of spans) {
    if (s.end <= s.start) continue;
    point(s.start).starts.push(s);
    point(s.end).ends.push(s);
  }
  const points = Float64Array.from(at.keys()).sort();
  return { points, at };
}

/** The labels of the covering spans, in the dataset's order, once each. */
function labels(active: Set<Marked>): string[] {
  const list = [...active].map((s) => s.mark as { order: number; label: string });
  list.sort((x, y) => x.order - y.order);
  return [...new Set(list.map((x) => x.label))];
}

/**
 * One sweep over the sorted boundaries: each run between two boundaries takes the marks of the
 * spans covering it (the sets change only where a span starts or ends), so an article with
 * 70,000 mentions is as quick per run as one with ten.
 */
function sweep(text: string, spans: Marked[], upTo: number): ReaderRun[] {
  const { points, at } = boundaries(spans, text.length);
  const active = {
    boilerplate: 0,
    target: 0,
    exact: 0,
    mention: new Set<Marked>(),
    event: new Set<Marked>(),
    relation: new Set<Marked>(),
  };
  let events: string[] = [];
  let relations: string[] = [];
  let mention: ReaderRun['mention'] = null;
  const runs: ReaderRun[] = [];
  for (let i = 0; i + 1 < points.length && points[i] < upTo; i++) {
    const start = points[i];
    const end = points[i + 1];
    const here = at.get(start)!;
    let changedEvent = false;
    let changedRelation = false;
    let changedMention = false;
    for (const [list, sign] of [
      [here.ends, -1],
      [here.starts, 1],
    ] as const)
      for (const s of list) {
        const kind = s.mark.kind;
        if (kind === 'boilerplate' || kind === 'target' || kind === 'exact') active[kind] += sign;
        else {
          if (sign > 0) active[kind].add(s);
          else active[kind].delete(s);
          if (kind === 'event') changedEvent = true;
          else if (kind === 'relation') changedRelation = true;
          else changedMention = true;
        }
      }
    // The lists are shared by the runs between two changes, never rebuilt per run.
    if (changedEvent) events = labels(active.event);
    if (changedRelation) relations = labels(active.relation);
    if (changedMention) {
      let first: Marked | null = null;
      for (const s of active.mention)
        if (!first || (s.mark as { order: number }).order < (first.mark as { order: number }).order)
          first = s;
      mention = first ? (first.mark as { value: ReaderRun['mention'] }).value : null;
    }
    for (let from = start; from < end && from < upTo; from += MAX_RUN) {
      const to = Math.min(end, from + MAX_RUN);
      runs.push({
        start: from,
        end: to,
        text: text.slice(from, to),
        boilerplate: active.boilerplate > 0,
        mention,
        events,
        relations,
        target: active.target > 0,
        exact: active.exact > 0,
      });
    }
  }
  return runs;
}

/** How many of `evidence` are in `doc`, without a filtered copy (an actor may have 20,000). */
function countIn(evidence: readonly Evidence[], doc: string): number {
  let n = 0;
  for (const e of evidence) if (e.doc === doc) n++;
  return n;
}

/**
 * The runs stop at `upTo` characters (after the opened evidence's sentence, if it lies beyond).
 * @example buildReader(dataset, '000-2d8b67f57b302128', null)?.runs.length // -> 210
 */
export function buildReader(
  dataset: Dataset,
  docId: string,
  target: Evidence | null,
  upTo = Infinity,
): ReaderModel | null {
  const doc = dataset.documents.find((d) => d.id === docId);
  if (!doc) return null;
  // The runs stop at the limit, so spans that start after it are never swept (a long article's
  // first part is as quick to build as a short article).
  const opened =
    target && target.doc === doc.id
      ? {
          exact: target,
          sentence:
            doc.sentences.find((s) => s.start <= target.start && target.end <= s.end) ?? target,
        }
      : null;
  const limit = opened ? Math.max(upTo, opened.sentence.end + READER_STEP / 10) : upTo;
  const spans: Marked[] = doc.boilerplate.map((b) => ({ ...b, mark: { kind: 'boilerplate' } }));
  const actors: ReaderModel['actors'] = [];
  const colors = rankCountryColors(dataset);
  let order = 0;
  for (const a of dataset.actors) {
    const count = countIn(a.mentions, doc.id);
    if (count === 0) continue;
    const color = countryColor(a.country, colors);
    actors.push({ id: a.id, name: a.name, color, count });
    const value = { id: a.id, name: a.name, color };
    for (const m of a.mentions)
      if (m.doc === doc.id && m.start < limit)
        spans.push({
          start: m.start,
          end: m.end,
          mark: { kind: 'mention', order: order++, value },
        });
  }
  actors.sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
  let events = 0;
  for (const e of dataset.events) {
    if (e.evidence.some((x) => x.doc === doc.id)) events++;
    for (const x of e.evidence)
      if (x.doc === doc.id && x.start < limit)
        spans.push({
          start: x.start,
          end: x.end,
          mark: { kind: 'event', order: order++, label: e.title },
        });
  }
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  let relations = 0;
  for (const r of dataset.relations) {
    if (!r.evidence.some((x) => x.doc === doc.id)) continue;
    relations++;
    const label = `${names.get(r.source) ?? r.source} – ${edgeStyle(r.type).label} – ${names.get(r.target) ?? r.target}`;
    for (const x of r.evidence)
      if (x.doc === doc.id && x.start < limit)
        spans.push({
          start: x.start,
          end: x.end,
          mark: { kind: 'relation', order: order++, label },
        });
  }
  if (opened) {
    spans.push({ start: opened.exact.start, end: opened.exact.end, mark: { kind: 'exact' } });
    spans.push({ ...opened.sentence, mark: { kind: 'target' } });
  }
  const runs = sweep(
    doc.text,
    spans.filter((x) => x.start < limit),
    limit,
  );
  const shown = runs.length ? runs[runs.length - 1].end : 0;
  return { doc, runs, actors, events, relations, shown };
}

/**
 * What a run's tooltip says: the actor it names, then the events and relations whose sentence
 * it is part of; or that the extractor ignored it.
 * @example runTitle(run) // -> 'Japan · India–Japan joint drills · Japan – Cooperation – India'
 */
export function runTitle(run: ReaderRun): string | undefined {
  const parts = [...(run.mention ? [run.mention.name] : []), ...run.events, ...run.relations];
  if (parts.length) return parts.join(' · ');
  return run.boilerplate ? 'Ignored: page furniture' : undefined;
}
