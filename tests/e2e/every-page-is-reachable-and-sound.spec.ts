import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Phones are where most readers arrive, and the narrowest common one is 375 px wide.
test.use({ viewport: { width: 375, height: 740 } });

/**
 * The few pages that run a small island of their own besides the quick exit, and which: the
 * council map's card (CouncilMap.astro) and home's count, which keeps itself current
 * (GoalBar.astro), each inlined by Astro under the page's CSP hash, in each language.
 */
const ISLANDS: Record<string, string[]> = {
  '/': ['live count'],
  '/councils': ['council map card'],
  '/cy': ['live count'],
  '/cy/cynghorau': ['council map card'],
};

/** The page fits 375 and 320 px without scrolling sideways, and runs only the quick exit (and its island). */
async function expectSound(page: Page, path: string): Promise<void> {
  // The accessibility statement promises 320 px too (WCAG 1.4.10, reflow at 400% zoom).
  for (const width of [375, 320]) {
    await page.setViewportSize({ width, height: 740 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways at ${width} px`).toBe(0);
  }
  await page.setViewportSize({ width: 375, height: 740 });

  const scripts = await page.evaluate(() =>
    [...document.scripts].map(
      (script) =>
        script.getAttribute('src') ??
        (script.textContent?.includes('[data-council-map]')
          ? 'council map card'
          : script.textContent?.includes('/api/pledges/count.json')
            ? 'live count'
            : 'inline script'),
    ),
  );
  expect(scripts, `${path} scripts`).toEqual(['/quick-exit.js', ...(ISLANDS[path] ?? [])]);
}

/** Every address the page links to, its preview image's among them. */
function linksOn(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href')!),
    ...[...document.querySelectorAll('meta[property="og:image"]')].map((el) =>
      el.getAttribute('content')!,
    ),
  ]);
}

test('every page linked from the home page works, passes axe, fits a phone and ships no framework', async ({
  page,
  request,
  baseURL,
}) => {
  // Some 50 pages, each about 3 s (axe, two widths, its links), the two lists of all 175
  // councils 16 to 22 s: 2.5 to 3.6 minutes beside the other worker's stories on the machines
  // seen so far. Ten minutes leaves room for a slower one.
  test.setTimeout(600_000);
  const origin = new URL(baseURL!).origin;
  const queue = ['/'];
  const seen = new Set(queue);
  const pages: string[] = [];
  // The 175 council pages share one template, as do the 175 letter pages (and their Welsh
  // versions): two of each are opened in the browser, the rest are checked for their status only,
  // which keeps the crawl short.
  const template = (path: string) =>
    path
      .replace(/^\/councils\/.+$/, '/councils/*')
      .replace(/^\/lobby\/(?!results$).+$/, '/lobby/*')
      .replace(/^\/cy\/cynghorau\/(?!chwilio$).+$/, '/cy/cynghorau/*')
      .replace(/^\/cy\/lobio\/[^/]+$/, '/cy/lobio/*');
  const opened = new Map<string, number>();

  while (queue.length > 0) {
    const path = queue.shift()!;
    const head = await request.get(path, { maxRedirects: 0 });
    expect(head.status(), `${path} (linked from a page on the site)`).toBe(200);
    if (!head.headers()['content-type']?.startsWith('text/html')) continue;
    const kind = template(path);
    if ((opened.get(kind) ?? 0) >= 2 && kind !== path) continue;
    opened.set(kind, (opened.get(kind) ?? 0) + 1);

    // goto runs axe on the page (see fixtures.ts).
    await page.goto(path);
    pages.push(path);

    await expectSound(page, path);

    const links = await linksOn(page);
    for (const link of links) {
      const url = new URL(link, origin + path);
      // Canonical and preview addresses use the configured public address; map them to this server.
      const local = url.origin === origin || url.hostname === 'localhost';
      if (!local || !url.protocol.startsWith('http')) continue;
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }

  // Every kind of page is reachable from the home page.
  for (const path of [
    '/stories',
    '/stories/themes/care',
    '/stories/maya-stepdad',
    '/charter',
    '/news',
    '/news/2013-10-good-practice',
    '/resources',
    '/resources/safeguarding-planning-guide',
    '/get-help',
    '/get-help/cover-your-tracks',
    '/about',
    '/privacy',
    '/accessibility',
    '/sources',
    '/councils',
    '/progress',
  ]) {
    expect(pages).toContain(path);
  }
  expect(opened.get('/councils/*')).toBe(2);
  for (const path of ['/news/rss.xml', '/og/site.png', '/councils/kent', '/data']) {
    expect([...seen]).toContain(path);
  }
  test.info().annotations.push({
    type: 'crawled',
    description: `${pages.length} pages, ${seen.size} addresses`,
  });
});
