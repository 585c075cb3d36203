/**
 * What a link or a saved view may refer to (urlState.ts KnownValues): the actors, events and
 * countries in the dataset, and the tabs. Read through getters, so an added article's actors
 * and events are known as soon as it is added.
 */
import type { Dataset } from '../model/schema.ts';
import type { KnownValues } from './urlState.ts';

/**
 * @example buildKnownValues(() => dashboard.dataset, ['overview', 'actors']).actorIds.has('japan') // -> true
 */
export function buildKnownValues(dataset: () => Dataset, tabs: string[]): KnownValues {
  return {
    get actorIds() {
      return new Set(dataset().actors.map((a) => a.id));
    },
    get eventIds() {
      return new Set(dataset().events.map((e) => e.id));
    },
    get relationIds() {
      return new Set(dataset().relations.map((r) => r.id));
    },
    get countries() {
      return new Set(
        dataset()
          .actors.map((a) => a.country)
          .filter((c): c is string => c !== null),
      );
    },
    tabs,
  };
}
