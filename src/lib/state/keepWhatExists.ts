/**
 * What survives a change of dataset (an article added or removed): the selection and the
 * reader's evidence when what they point at still exists, the country filter values that still
 * name a country. Pure; DashboardState.setDataset applies it.
 */
import type { Filters } from '../filters/types.ts';
import type { Dataset, Evidence } from '../model/schema.ts';
import type { Selection } from './selection.ts';

export interface Kept {
  filters: Filters;
  selection: Selection;
  reading: Evidence | null;
}

/**
 * @example keepWhatExists(next, filters, { kind: 'actor', id: 'gone' }, null).selection // -> null
 */
export function keepWhatExists(
  next: Dataset,
  filters: Filters,
  selection: Selection,
  reading: Evidence | null,
): Kept {
  const exists =
    selection !== null &&
    { actor: next.actors, event: next.events, relation: next.relations }[selection.kind].some(
      (x) => x.id === selection.id,
    );
  const countries = new Set(next.actors.map((a) => a.country));
  const keptCountries = filters.countries.filter((c) => countries.has(c));
  const doc = reading ? next.documents.find((d) => d.id === reading.doc) : undefined;
  return {
    // The same object when nothing changed, so nothing downstream recomputes for nothing.
    filters:
      keptCountries.length === filters.countries.length
        ? filters
        : { ...filters, countries: keptCountries },
    selection: exists ? selection : null,
    reading:
      reading && doc && doc.text.slice(reading.start, reading.end) === reading.quote
        ? reading
        : null,
  };
}
