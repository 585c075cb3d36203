/**
 * The network layout off the main thread: a d3-force run takes long enough to freeze the page
 * (the seeds' took 100-300 ms of the page's load), so it runs here. One request in, one response
 * out (networkLayoutProtocol.ts). The worker starts as the page does (main.ts) and, until the
 * first request comes, lays out a small made-up graph in slices: the first real request then
 * runs compiled code rather than the interpreter's (the pure layout gives the same answer
 * either way), and waits for one slice at most (answerLayouts, warmUpLayout.ts).
 */
import { computeNetworkLayout } from './networkLayout.ts';
import { answerLayouts } from './warmUpLayout.ts';

answerLayouts(self, computeNetworkLayout);
