import { mount } from 'svelte';
import App from './App.svelte';
import { DATASET_ELEMENT_ID, OVERLAY_ELEMENT_ID, readPageDataset } from './lib/model/pageDataset';
import type { Started } from './lib/sources/startSources';
import { prepareLayout } from './lib/layout/layoutClient';
import { loadBriefingCode } from './lib/briefing/lazyBriefing.svelte';
import { linkHasBriefing } from './lib/state/briefingLink';
import { loadSavedViewsCode } from './lib/state/lazySavedViews.svelte';
import { loadUrlCode } from './lib/state/urlBinding.svelte';
import { yieldToPage } from './lib/dom/yieldToPage';
import './app.css';

const found = document.getElementById('app');
if (!found) throw new Error('index.html must contain <div id="app"></div>');
const target: HTMLElement = found;

// The dataset and the overlay are JSON in the page (see embeddedDataset.ts). The build checked
// the dataset against the schema: the page reads its outline only (pageDataset.ts) and checks
// it in full once both views are drawn.
const seeds = readPageDataset(document.getElementById(DATASET_ELEMENT_ID)?.textContent);
// The full check runs in a worker of its own (checkInWorker.ts), on the page where none starts.
const check = (): Promise<string[]> =>
  import('./lib/model/checkInWorker').then((m) =>
    m.checkInWorker(document.getElementById(DATASET_ELEMENT_ID)?.textContent ?? '', () =>
      import('./lib/model/embeddedDataset').then((e) => e.checkPageDataset(seeds)),
    ),
  );
// The network-layout worker: the built page started it from <head> (earlyLayoutWorker.ts) and
// this adopts it; elsewhere (the dev server) it starts here and loads its code while the page
// mounts, or the layout code loads for the page where no worker can start.
prepareLayout();
const overlayJson = document.getElementById(OVERLAY_ELEMENT_ID)?.textContent;

// The briefing's presenter window (key S in briefing mode) is the same page with presenter=1.
const presenter = new URLSearchParams(location.search).get('presenter') === '1';

// The sources layer (articles added in this browser) loads on demand.
const startSources = (): Promise<Started> =>
  import('./lib/sources/startSources').then((m) => m.startSources(seeds, overlayJson));

// The page never waits on the extractor: it draws the seeds at once, and App starts the sources
// layer once both views are drawn; stored articles join when their extraction (in a worker,
// with a time budget) is done, and a link to one of their actors is read again then. The
// presenter window waits, so its steps match the main one's.
// No top-level await: the chunks loaded here import the page's own chunk, which would then wait
// for itself.
async function start() {
  // A worker created in this task (prepareLayout, above; not one adopted) starts only once it
  // ends: mounting in a task of its own lets it load its code while the page mounts. It also
  // keeps the module's evaluation and the mount two tasks, neither a long one.
  await yieldToPage();
  const early = presenter ? await startSources() : null;
  // A link with a query needs the code that reads it (urlBinding.svelte.ts) before the page
  // mounts, and one that opens at a briefing step the briefing's code and the stored briefs too.
  // (Should they fail to load, the page opens without them rather than not at all.)
  if (!presenter && location.search)
    await Promise.all([
      loadUrlCode(),
      ...(linkHasBriefing(location.search) ? [loadBriefingCode(), loadSavedViewsCode()] : []),
    ]).catch(() => null);
  const first = early ? await early.stored : null;

  // The presenter window's view loads only there.
  if (presenter)
    mount((await import('./components/briefing/PresenterView.svelte')).default, {
      target,
      props: { dataset: first?.dataset ?? seeds },
    });
  else
    mount(App, {
      target,
      props: {
        dataset: first?.dataset ?? seeds,
        sources: early ? () => Promise.resolve(early) : startSources,
        notices: first?.notices ?? [],
        late: early === null,
        check,
      },
    });
  // Its fonts are in use now (index.html).
  document.getElementById('font-warm-up')?.remove();
}

void start();
