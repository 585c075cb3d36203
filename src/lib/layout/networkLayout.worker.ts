/**
 * The network layout off the main thread: a d3-force run on 150 actors takes long enough to
 * freeze the page, so it runs here. One request in, one response out (networkLayoutProtocol.ts).
 */
import { computeNetworkLayout } from './networkLayout.ts';
import { runLayoutRequest, type LayoutRequest } from './networkLayoutProtocol.ts';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  self.postMessage(runLayoutRequest(computeNetworkLayout, event.data));
};
