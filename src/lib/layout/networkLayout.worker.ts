/**
 * The network layout off the main thread: a d3-force run takes long enough to freeze the page
 * (the seeds' took 100-300 ms of the page's load), so it runs here. One request in, one response
 * out (networkLayoutProtocol.ts). The built page starts it from <head> (earlyLayoutWorker.ts),
 * so it is running, its code compiled, when the page's first request comes.
 *
 * It no longer warms up on a made-up graph while it waits: started that early, the warm-up ran
 * while the app's own code compiled and mounted, and on two cores it held those back by about
 * as much as it saved the first layout (interleaved loads, medians of 11: 371/452/490 ms at
 * 1920/1280/1024 with it, 368/385/488 without).
 */
import { computeNetworkLayout } from './networkLayout.ts';
import { runLayoutRequest, type LayoutRequest } from './networkLayoutProtocol.ts';

self.onmessage = (event: MessageEvent<LayoutRequest>) =>
  self.postMessage(runLayoutRequest(computeNetworkLayout, event.data));
