/**
 * What the corpus is called (the page's subtitle, every export's title, the briefing's opening):
 * apart from the rest of export/context.ts so the first load carries only this.
 */
import { compareNames } from '../model/compareNames.ts';
import type { Dataset } from '../model/schema.ts';

/** The two countries the articles mention most, e.g. "Japan–India"; what the corpus is about. */
export function corpusPair(dataset: Dataset): string | null {
  // Names compared without the collator where they are plain (compareNames.ts): this runs as
  // the page loads, and the first collator compare in a page costs 10-30 ms to set it up.
  const countries = dataset.actors
    .filter((a) => a.kind === 'country')
    .sort((a, b) => b.mentions.length - a.mentions.length || compareNames(a.name, b.name));
  if (countries.length === 0) return null;
  return countries
    .slice(0, 2)
    .map((c) => c.name)
    .join('–');
}

/**
 * What the corpus is called: the overlay's title, or its most-mentioned pair's relations when
 * both countries are named in at least half of the articles; a folder about many things is not
 * called after its two busiest states ("Security relations across 30 articles").
 * @example corpusName(dataset) // -> 'India–Japan security relations'
 */
export function corpusName(dataset: Dataset): string {
  if (dataset.title) return dataset.title;
  const pair = corpusPair(dataset);
  const docs = dataset.documents.length;
  const named = (name: string) =>
    new Set(
      dataset.actors
        .find((a) => a.kind === 'country' && a.name === name)
        ?.mentions.map((m) => m.doc),
    ).size;
  const about = pair !== null && pair.split('–').every((name) => named(name) * 2 >= docs);
  if (about) return `${pair} security relations`;
  return docs > 1 ? `Security relations across ${docs} articles` : 'Security relations';
}
