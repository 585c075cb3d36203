/**
 * What every export says about itself, inside the picture: a title, what is shown (filters,
 * period, briefing step), where the facts come from, and when it was exported.
 */
import type { Dataset } from '../model/schema.ts';
import { citedDocuments } from '../filters/subsetDataset.ts';
import { localDay } from './fileName.ts';
import { corpusName } from './corpusName.ts';
import { formatCount } from '../model/formatCount.ts';

export type ExportView = 'network' | 'timeline' | 'slide';

export interface ExportContext {
  title: string;
  /** "Showing: ..." with the counts, and the briefing step when there is one. */
  shown: string;
  /** "Sources: ..." naming each article. */
  sources: string;
  /** "Exported YYYY-MM-DD from Tieline ...". */
  exported: string;
}

const VIEW_TITLES: Record<ExportView, string> = {
  network: 'network of actors and relations',
  timeline: 'timeline of milestones',
  slide: 'actors, relations and milestones',
};

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * @example exportContext({ dataset, shown: subset, description: 'Showing: everything in the articles',
 *   view: 'network', date }).title // -> 'Japan–India security relations: network of actors and relations'
 */
export function exportContext(input: {
  /** The whole dataset (for the title and the article list). */
  dataset: Dataset;
  /** What the export shows (the filtered subset). */
  shown: Dataset;
  /** The "Showing: ..." line of the filters. */
  description: string;
  view: ExportView;
  date: Date;
  /** In briefing mode, e.g. "Step 4 / 11: Galwan Valley clash". */
  step?: string | null;
}): ExportContext {
  const { dataset, shown, description, view, date, step } = input;
  const title = `${corpusName(dataset)}: ${VIEW_TITLES[view]}`;
  const counts =
    view === 'timeline'
      ? plural(shown.events.length, 'milestone')
      : view === 'network'
        ? `${plural(shown.actors.length, 'actor')}, ${plural(shown.relations.length, 'relation')}`
        : `${plural(shown.actors.length, 'actor')}, ${plural(shown.relations.length, 'relation')}, ${plural(shown.events.length, 'milestone')}`;
  const shownLine = [step, `${description} (${counts})`].filter(Boolean).join(' · ');
  const docs = citedDocuments({ ...shown, documents: dataset.documents });
  const sources =
    docs.length === 0
      ? 'Sources: none (nothing is shown)'
      : `Source${docs.length === 1 ? '' : 's'}: ` +
        docs
          .map((d) => `${d.title || d.file} (${[d.file, d.date].filter(Boolean).join(', ')})`)
          .join('; ');
  // Facts the articles do not state are named one by one, with the source the overlay gives.
  const analyst = [
    ...shown.events.flatMap((e) =>
      e.analyst.map((n) => `${e.title}: ${n.field} ${n.value} (source: ${n.source})`),
    ),
    ...docs
      .filter((d) => d.dateSource === 'analyst')
      .map((d) => `date of ${d.file}: ${d.date} (analyst-supplied)`),
  ];
  const exported =
    `Exported ${localDay(date)} from Tieline. Every fact is extracted from the articles named above` +
    (analyst.length ? `, except these, supplied by an analyst: ${analyst.join('; ')}.` : '.');
  return { title, shown: shownLine, sources, exported };
}
