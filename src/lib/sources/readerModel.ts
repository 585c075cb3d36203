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
}

type Span = { start: number; end: number };
const inside = (spans: Span[], at: number) => spans.some((s) => s.start <= at && at < s.end);

/**
 * @example buildReader(dataset, '000-2d8b67f57b302128', null)?.runs.length // -> 210
 */
export function buildReader(
  dataset: Dataset,
  docId: string,
  target: Evidence | null,
): ReaderModel | null {
  const doc = dataset.documents.find((d) => d.id === docId);
  if (!doc) return null;
  const text = doc.text;
  const mentions: (Span & { id: string; name: string; color: string })[] = [];
  const actors: ReaderModel['actors'] = [];
  const colors = rankCountryColors(dataset);
  for (const a of dataset.actors) {
    const here = a.mentions.filter((m) => m.doc === doc.id);
    if (here.length === 0) continue;
    const color = countryColor(a.country, colors);
    actors.push({ id: a.id, name: a.name, color, count: here.length });
    for (const m of here)
      mentions.push({ start: m.start, end: m.end, id: a.id, name: a.name, color });
  }
  actors.sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
  const eventSpans: (Span & { title: string })[] = [];
  let events = 0;
  for (const e of dataset.events) {
    const here = e.evidence.filter((x) => x.doc === doc.id);
    if (here.length) events++;
    for (const x of here) eventSpans.push({ start: x.start, end: x.end, title: e.title });
  }
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const relationSpans: (Span & { text: string })[] = [];
  let relations = 0;
  for (const r of dataset.relations) {
    const here = r.evidence.filter((x) => x.doc === doc.id);
    if (here.length) relations++;
    const text = `${names.get(r.source) ?? r.source} – ${edgeStyle(r.type).label} – ${names.get(r.target) ?? r.target}`;
    for (const x of here) relationSpans.push({ start: x.start, end: x.end, text });
  }
  const exact = target && target.doc === doc.id ? [target] : [];
  const sentence = exact.map(
    (t) => doc.sentences.find((s) => s.start <= t.start && t.end <= s.end) ?? t,
  );

  const cuts = new Set([0, text.length]);
  for (const s of [
    ...doc.boilerplate,
    ...mentions,
    ...eventSpans,
    ...relationSpans,
    ...exact,
    ...sentence,
  ]) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: ReaderRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    if (start === end) continue;
    const m = mentions.find((x) => x.start <= start && start < x.end);
    runs.push({
      start,
      end,
      text: text.slice(start, end),
      boilerplate: inside(doc.boilerplate, start),
      mention: m ? { id: m.id, name: m.name, color: m.color } : null,
      events: [
        ...new Set(eventSpans.filter((x) => x.start <= start && start < x.end).map((x) => x.title)),
      ],
      relations: [
        ...new Set(
          relationSpans.filter((x) => x.start <= start && start < x.end).map((x) => x.text),
        ),
      ],
      target: inside(sentence, start),
      exact: inside(exact, start),
    });
  }
  return { doc, runs, actors, events, relations };
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
