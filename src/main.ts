import { mount } from 'svelte';
import App from './App.svelte';
import {
  DATASET_ELEMENT_ID,
  OVERLAY_ELEMENT_ID,
  datasetFromJson,
  overlayFromJson,
} from './lib/model/embeddedDataset';
import { mayHaveStoredArticles } from './lib/sources/addedStore';
import { SourcesState } from './lib/sources/sources.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app"></div>');

// The dataset and the overlay are JSON in the page (see embeddedDataset.ts), checked by schema.
const seeds = datasetFromJson(document.getElementById(DATASET_ELEMENT_ID)?.textContent);
const overlay = overlayFromJson(document.getElementById(OVERLAY_ELEMENT_ID)?.textContent);

// The briefing's presenter window (key S in briefing mode) is the same page with presenter=1.
const presenter = new URLSearchParams(location.search).get('presenter') === '1';

const sources = new SourcesState(seeds, overlay);
const stored = sources.loadStored();
// A browser that holds added articles merges them (in a worker) before the first draw, so a link
// to one of their actors still works after a reload; any other draws at once, and whatever
// storage turns up later joins in. The presenter window waits, so its steps match the main one's.
const first = presenter || mayHaveStoredArticles() ? await stored : null;

// The presenter window's view loads only there.
export default presenter
  ? mount((await import('./components/briefing/PresenterView.svelte')).default, {
      target,
      props: { dataset: first?.dataset ?? seeds },
    })
  : mount(App, {
      target,
      props: {
        dataset: first?.dataset ?? seeds,
        sources,
        notices: first?.notices ?? [],
        late: first ? null : stored,
      },
    });
