/**
 * Scores an extracted dataset against hand-written gold (tests/eval/README.md): actor recall
 * and precision, event-date recall and precision, relation-pair recall, invented people and
 * names that must never be actors. Pure: the CLI (scripts/eval.ts) reads files and prints.
 */
import type { Actor, Dataset } from '../model/schema.ts';

export interface Gold {
  articleDate: string | null;
  actors: { name: string; kind: string; aliases?: string[] }[];
  optionalActors?: string[];
  notActors?: string[];
  events: { date: string; what?: string; quote?: string }[];
  relations: { a: string; b: string; type?: string }[];
}

export interface ArticleScore {
  doc: string;
  actors: { found: number; gold: number; extracted: number; correct: number };
  events: { found: number; gold: number; extracted: number; correct: number };
  relations: { found: number; gold: number };
  articleDate: { gold: string | null; got: string | null };
  invented: string[];
  forbidden: string[];
  missedActors: string[];
  wrongActors: string[];
  missedDates: string[];
  wrongDates: string[];
  missedPairs: string[];
}

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/^the\s+/i, '')
    .replace(/'s$/, '')
    .toLowerCase()
    .trim();

/** The names an extracted actor goes by in one document: its name, aliases and mention texts. */
function namesOf(a: Actor, doc: string): Set<string> {
  return new Set(
    [a.name, ...a.aliases, ...a.mentions.filter((m) => m.doc === doc).map((m) => m.quote)].map(
      norm,
    ),
  );
}

/**
 * Scores one document of `ds` against its gold.
 * @example scoreArticle(ds, 'a01-x', gold).actors.correct // -> 12
 */
export function scoreArticle(ds: Dataset, doc: string, gold: Gold): ArticleScore {
  const present = ds.actors.filter((a) => a.mentions.some((m) => m.doc === doc));
  const goldNames = gold.actors.map((g) => new Set([g.name, ...(g.aliases ?? [])].map(norm)));
  const optional = new Set((gold.optionalActors ?? []).map(norm));
  const forbiddenNames = new Set((gold.notActors ?? []).map(norm));
  const names = new Map(present.map((a) => [a, namesOf(a, doc)]));
  const meets = (a: Actor, set: Set<string>) => [...names.get(a)!].some((n) => set.has(n));

  const foundActors = goldNames.filter((g) => present.some((a) => meets(a, g))).length;
  const missedActors = gold.actors
    .filter((_g, i) => !present.some((a) => meets(a, goldNames[i])))
    .map((g) => g.name);
  let correct = 0;
  const wrongActors: string[] = [];
  const invented: string[] = [];
  const forbidden: string[] = [];
  let scored = 0;
  for (const a of present) {
    if (meets(a, forbiddenNames)) forbidden.push(a.name);
    const isGold = goldNames.some((g) => meets(a, g));
    if (!isGold && meets(a, optional)) continue;
    scored++;
    if (isGold) correct++;
    else {
      wrongActors.push(a.name);
      if (a.kind === 'person') invented.push(a.name);
    }
  }

  const events = ds.events.filter((e) => e.evidence.some((ev) => ev.doc === doc) && e.date);
  const goldDates = new Set(gold.events.map((e) => e.date));
  const gotDates = new Set(events.map((e) => e.date!));
  const foundEvents = gold.events.filter((e) => gotDates.has(e.date)).length;
  const correctEvents = events.filter((e) => goldDates.has(e.date!)).length;

  const byName = (n: string) => {
    const g = gold.actors.find(
      (x) => norm(x.name) === norm(n) || (x.aliases ?? []).some((y) => norm(y) === norm(n)),
    );
    const set = new Set([n, ...(g ? [g.name, ...(g.aliases ?? [])] : [])].map(norm));
    return new Set(present.filter((a) => meets(a, set)).map((a) => a.id));
  };
  const rels = ds.relations.filter((r) => r.evidence.some((ev) => ev.doc === doc));
  const missedPairs: string[] = [];
  let foundPairs = 0;
  for (const p of gold.relations) {
    const [a, b] = [byName(p.a), byName(p.b)];
    const hit = rels.some(
      (r) => (a.has(r.source) && b.has(r.target)) || (a.has(r.target) && b.has(r.source)),
    );
    if (hit) foundPairs++;
    else missedPairs.push(`${p.a}–${p.b}`);
  }
  const docDate = ds.documents.find((d) => d.id === doc)?.date ?? null;
  return {
    doc,
    actors: { found: foundActors, gold: gold.actors.length, extracted: scored, correct },
    events: {
      found: foundEvents,
      gold: gold.events.length,
      extracted: events.length,
      correct: correctEvents,
    },
    relations: { found: foundPairs, gold: gold.relations.length },
    articleDate: { gold: gold.articleDate, got: docDate },
    invented,
    forbidden,
    missedActors,
    wrongActors,
    missedDates: gold.events
      .filter((e) => !gotDates.has(e.date))
      .map((e) => `${e.date} ${e.what ?? ''}`),
    wrongDates: events.filter((e) => !goldDates.has(e.date!)).map((e) => `${e.date} ${e.title}`),
    missedPairs,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Totals over articles (micro-averaged: every gold item counts once). */
export function summarize(scores: ArticleScore[]) {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  return {
    actorRecall: ratio(
      sum((s) => s.actors.found),
      sum((s) => s.actors.gold),
    ),
    actorPrecision: ratio(
      sum((s) => s.actors.correct),
      sum((s) => s.actors.extracted),
    ),
    eventRecall: ratio(
      sum((s) => s.events.found),
      sum((s) => s.events.gold),
    ),
    eventPrecision: ratio(
      sum((s) => s.events.correct),
      sum((s) => s.events.extracted),
    ),
    relationRecall: ratio(
      sum((s) => s.relations.found),
      sum((s) => s.relations.gold),
    ),
    articleDates: ratio(
      scores.filter(
        (s) =>
          s.articleDate.gold === s.articleDate.got ||
          (s.articleDate.gold === null && s.articleDate.got === null),
      ).length,
      scores.length,
    ),
    invented: sum((s) => s.invented.length),
    forbidden: sum((s) => s.forbidden.length),
  };
}
