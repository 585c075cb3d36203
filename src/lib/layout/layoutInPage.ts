/**
 * The network layout run in the page, one attempt per task, where no worker can start (the
 * offline file opened from disk): loaded on demand by layoutClient.ts, so neither it nor the
 * layout is part of the code the page needs before it first draws.
 */
import type { Actor, Relation } from '../model/schema.ts';
import { computeNetworkLayoutInSlices, type NetworkOptions } from './networkLayout.ts';
import {
  runLayoutRequestInSlices,
  type LayoutRequest,
  type LayoutResponse,
} from './networkLayoutProtocol.ts';
import { yieldToPage } from '../dom/yieldToPage.ts';

/**
 * Answers a request as the worker would, giving the page its turn between attempts.
 * @example settle(await layoutInPage(request))
 */
export function layoutInPage(request: LayoutRequest): Promise<LayoutResponse> {
  const sliced = (a: Actor[], r: Relation[], o: NetworkOptions) =>
    computeNetworkLayoutInSlices(a, r, o, yieldToPage);
  return runLayoutRequestInSlices(sliced, request);
}
