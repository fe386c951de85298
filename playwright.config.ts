import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * The browser: CHROMIUM_PATH if set, else the system Chromium, else Playwright's own download.
 * Machines without internet cannot download Playwright's browsers, so the system one comes first.
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // One server and a two-core machine: two workers keep both cores busy without starving the server.
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Limits catch a story that hangs, not a slow one. CI machines of the same size differ: the
  // unit tests took 104 s on one and 259 s on another, and stories that take up to 31 s on the
  // first would take some 80 s on the second. So a story has three minutes, over twice that, and
  // an expectation 20 s; a story sets its own limit only for what it does beyond that.
  expect: { timeout: 20_000 },
  timeout: 180_000,
  // The list reporter repeats every failure in full at the end, where a CI log's tail shows it.
  reporter: 'list',
  use: {
    baseURL: process.env.E2E_BASE_URL,
    browserName: 'chromium',
    // Playwright gives every browser a fresh temporary profile; these flags keep it offline and quiet.
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'site', testIgnore: /lighthouse-scores|site-holds-against|nothing-unfinished/ },
    // After the journeys, so that every page they changed and every email they caused is there to
    // read. Beside the floods, which start servers of their own and leave the shared one alone.
    {
      name: 'nothing-unfinished',
      testMatch: /nothing-unfinished-reaches-the-public/,
      dependencies: ['site'],
    },
    // The floods (tens of thousands of requests, 500 MB uploads) run after the journeys, so that
    // their load on both cores does not slow a journey past its timeout.
    { name: 'floods', testMatch: /site-holds-against/, dependencies: ['site'] },
    // Lighthouse runs after everything else, with the machine to itself: measured beside other
    // tests, its headless traces sometimes lack the navigation it times (NO_NAVSTART).
    { name: 'lighthouse', testMatch: /lighthouse-scores/, dependencies: ['floods'] },
  ],
});
