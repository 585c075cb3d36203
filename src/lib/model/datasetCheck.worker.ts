/**
 * The full check of the page's dataset (embeddedDataset.ts) off the page's thread: at 100 times
 * the corpus, reading its 6 MB against the schema was a 40-60 ms task on the page just after
 * both views were drawn, as the user starts to use them. Gets the page's JSON text, answers
 * with the warnings (none when it fits).
 */
import { checkDatasetText } from './embeddedDataset.ts';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(checkDatasetText(event.data));
};
