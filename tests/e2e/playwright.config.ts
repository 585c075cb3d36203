import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));
// TIELINE_E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.TIELINE_E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

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
  ],
  webServer: {
    command: `npm run build && npm run preview -- --port ${port} --strictPort`,
    cwd: root,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
