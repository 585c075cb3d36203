/**
 * The messages between the page and the network-layout worker. Label sizes are measured in
 * the page (they need its fonts) and travel as numbers; the worker runs the same pure
 * computeNetworkLayout, so positions are identical on either side.
 */
import type { Actor, Relation } from '../model/schema.ts';
import type { NetworkLayout, NetworkOptions } from './networkLayout.ts';

/** The layout options without the label-measuring function, which cannot cross to a worker. */
export type LayoutSettings = Omit<NetworkOptions, 'labelSize'>;

export interface LayoutRequest {
  /** Answers carry the id back: a newer request can overtake an older one. */
  id: number;
  actors: Actor[];
  relations: Relation[];
  settings: LayoutSettings;
  /** Label size per actor id, measured in the page. */
  labels: Record<string, { width: number; height: number }>;
}

export type LayoutResponse =
  { id: number; ok: true; layout: NetworkLayout } | { id: number; ok: false; message: string };

/** Runs one request with the pure layout (in the worker, or in the page as a fallback). */
export function runLayoutRequest(
  compute: (a: Actor[], r: Relation[], o: NetworkOptions) => NetworkLayout,
  request: LayoutRequest,
): LayoutResponse {
  try {
    const layout = compute(request.actors, request.relations, {
      ...request.settings,
      labelSize: (a) => request.labels[a.id] ?? { width: 0, height: 0 },
    });
    return { id: request.id, ok: true, layout };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { id: request.id, ok: false, message };
  }
}

/** The same for a layout that runs in slices (the page's own: networkLayout.ts). */
export async function runLayoutRequestInSlices(
  compute: (a: Actor[], r: Relation[], o: NetworkOptions) => Promise<NetworkLayout>,
  request: LayoutRequest,
): Promise<LayoutResponse> {
  try {
    const layout = await compute(request.actors, request.relations, {
      ...request.settings,
      labelSize: (a) => request.labels[a.id] ?? { width: 0, height: 0 },
    });
    return { id: request.id, ok: true, layout };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { id: request.id, ok: false, message };
  }
}
