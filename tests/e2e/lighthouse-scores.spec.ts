import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import config from '../../playwright.config.ts';
import { expect, test } from './fixtures.ts';

// Lighthouse drives its own browser, so the pages are audited one at a time.
test.describe.configure({ mode: 'serial' });

/** The key pages: where people land from television, a share or a search (in Welsh too). */
const PAGES = [
  '/',
  '/cy',
  '/stories/maya-stepdad',
  '/charter',
  '/councils',
  '/councils/kent',
  '/join',
  '/timeline',
  '/progress',
];

/** The budgets: each category's lowest acceptable score. */
const BUDGETS: Record<string, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/**
 * Lighthouse turns its host into a mid-range phone by slowing the CPU 4×, a figure made for a
 * high-end desktop (benchmark index 1500 to 2000 in its docs, docs/throttling.md). On a slower
 * host the same 4× emulates a slower phone than intended (a CI machine scored /councils 81 to 97
 * from one run to the next), and the docs advise a lower multiplier. So the slowdown is scaled by
 * the host's index, measured the way Lighthouse measures it, just before each audit: never above
 * 4×, so a fast host is judged exactly as Lighthouse judges by default.
 */
const REFERENCE_INDEX = 1500;
const cpuSlowdown = (benchmarkIndex: number) =>
  Math.round(Math.min(4, Math.max(1, (4 * benchmarkIndex) / REFERENCE_INDEX)) * 10) / 10;

/** Why a Lighthouse run could not score a page, if it says. */
function runProblem(lhr: { runtimeError?: { code: string }; runWarnings: string[] }): string {
  return lhr.runtimeError?.code ?? (lhr.runWarnings.join('; ') || 'no reason given');
}

for (const path of PAGES) {
  test(`Lighthouse (mobile) keeps ${path} within its budgets`, async ({ baseURL, page }) => {
    // Canonical links point at SITE_URL (localhost by default); Lighthouse's SEO audit wants the
    // page on the same host, so it visits this server as localhost.
    const url = new URL(path, baseURL!.replace('127.0.0.1', 'localhost')).href;
    const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
    const chrome = await chromeLauncher.launch({
      chromePath: config.use?.launchOptions?.executablePath,
      chromeFlags: config.use?.launchOptions?.args ?? [],
      userDataDir,
    });
    try {
      const benchmarkIndex = await page.evaluate(pageFunctions.computeBenchmarkIndex);
      const cpuSlowdownMultiplier = cpuSlowdown(benchmarkIndex);
      const audit = () =>
        lighthouse(url, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          throttling: { cpuSlowdownMultiplier },
        });
      let result = await audit();
      // A run that could not measure the page at all (NO_NAVSTART: its trace lacks the
      // navigation, a known fault of headless Chromium on Linux) has no performance score;
      // Lighthouse's advice is to run it again. Three such runs fail the test, with the reason.
      for (
        let attempt = 2;
        attempt <= 3 && result!.lhr.categories.performance?.score === null;
        attempt += 1
      ) {
        console.log(
          `Lighthouse ${path}: no performance score, run ${attempt} (${runProblem(result!.lhr)})`,
        );
        result = await audit();
      }
      const categories = result!.lhr.categories;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const failing = (id: string) =>
        categories[id]!.auditRefs.filter((ref) => ref.weight > 0)
          .map((ref) => result!.lhr.audits[ref.id]!)
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map((audit) => `${audit.id}: ${audit.title}`);

      // Lighthouse simulates the phone on a slow network from the page's own trace, so with the
      // slowdown fitted to the host, the score depends on what the page loads, not on the host.
      const figures = `${Object.keys(BUDGETS)
        .map((id) => `${id} ${score(id)}`)
        .join(', ')} (host index ${Math.round(benchmarkIndex)}, CPU ${cpuSlowdownMultiplier}×)`;
      test.info().annotations.push({ type: 'lighthouse', description: `${path}: ${figures}` });
      console.log(`Lighthouse ${path}: ${figures}`);

      for (const [id, budget] of Object.entries(BUDGETS)) {
        if (budget === 100) expect(failing(id), `${id} audits that fail on ${path}`).toEqual([]);
        expect(score(id), `${id} (${runProblem(result!.lhr)})`).toBeGreaterThanOrEqual(budget);
      }
    } finally {
      chrome.kill();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
}
