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

/** The layout's options for one request: its settings and the page's label sizes. */
function optionsOf(request: LayoutRequest): NetworkOptions {
  return {
    ...request.settings,
    labelSize: (a) => request.labels[a.id] ?? { width: 0, height: 0 },
  };
}

/** A layout that threw, as the answer the page shows a message for. */
function failure(request: LayoutRequest, error: unknown): LayoutResponse {
  const message = error instanceof Error ? error.message : String(error);
  return { id: request.id, ok: false, message };
}

/** Runs one request with the pure layout (in the worker, or in the page as a fallback). */
export function runLayoutRequest(
  compute: (a: Actor[], r: Relation[], o: NetworkOptions) => NetworkLayout,
  request: LayoutRequest,
): LayoutResponse {
  try {
    return {
      id: request.id,
      ok: true,
      layout: compute(request.actors, request.relations, optionsOf(request)),
    };
  } catch (error) {
    return failure(request, error);
  }
}

/** The same for a layout that runs in slices (the page's own: networkLayout.ts). */
export async function runLayoutRequestInSlices(
  compute: (a: Actor[], r: Relation[], o: NetworkOptions) => Promise<NetworkLayout>,
  request: LayoutRequest,
): Promise<LayoutResponse> {
  try {
    const layout = await compute(request.actors, request.relations, optionsOf(request));
    return { id: request.id, ok: true, layout };
  } catch (error) {
    return failure(request, error);
  }
}
