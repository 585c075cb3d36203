import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));
// TIELINE_E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.TIELINE_E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
// The 30-article evaluation corpus, built into its own app beside the seeds' (corpus.spec.ts).
// Its own port (TIELINE_E2E_CORPUS_PORT), well away from the ones beside checkouts pick.
const corpusPort = Number(process.env.TIELINE_E2E_CORPUS_PORT ?? port + 2000);
const corpusURL = `http://127.0.0.1:${corpusPort}`;
const CORPUS_ONLY = /corpus\.spec\.ts$/;

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 2,
  // The axe and briefing walks take 10-20 s alone; leave room for a busy 2-core machine.
  timeout: 60_000,
  reporter: 'list',
  use: { baseURL },
  projects: [
    {
      name: 'chromium',
      testIgnore: CORPUS_ONLY,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Playwright's own browser download is not available here; use the system Chromium.
          executablePath: '/usr/bin/chromium',
          // Without the networking flags Chromium keeps trying to reach the (closed) internet.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      name: 'corpus',
      testMatch: CORPUS_ONLY,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: corpusURL,
        launchOptions: {
          // Playwright's own browser download is not available here; use the system Chromium.
          executablePath: '/usr/bin/chromium',
          // Without the networking flags Chromium keeps trying to reach the (closed) internet.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npm run build && npm run preview -- --port ${port} --strictPort`,
      cwd: root,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // Extract the corpus, build the app on it (dist-corpus/) and serve it.
      command:
        'npm run extract -- --seeds tests/eval/articles --out .corpus/corpus.json > /dev/null && ' +
        'TIELINE_DATASET=.corpus/corpus.json npx vite build --outDir dist-corpus --logLevel error && ' +
        `npx vite preview --outDir dist-corpus --host 127.0.0.1 --port ${corpusPort} --strictPort`,
      cwd: root,
      url: corpusURL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
