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
  // Five seconds is tight for a page that posts, redirects and renders while the other worker
  // loads the same server on two cores; a slow step should not read as a broken one.
  expect: { timeout: 10_000 },
  // Machines of the same size differ: on one that seeded the million-row bench in 45 s instead of
  // 27, three stories went past Playwright's default of 30 s (they took 26 to 34 s when let run),
  // each waiting on axe while the other worker's story held the cores. A story's own limit,
  // where it sets one, is for what that story does.
  timeout: 60_000,
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
