import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type APIRequestContext,
  type Locator,
  type Page,
  type Request,
} from '@playwright/test';

/** A stand-in for the neutral site quick exit leads to, since tests never reach the internet. */
export const NEUTRAL_PAGE = '<!doctype html><title>Weather</title><h1>Weather</h1>';

/**
 * The pages of tests run with JavaScript off. axe runs as a script in the page, so it cannot check
 * them; the markup is the same either way and is checked in the tests that leave JavaScript on.
 */
const withoutJavaScript = new WeakSet<Page>();

/**
 * Fails with every WCAG 2.2 A/AA rule axe breaks on the page as it is now, or only within
 * `include` (a selector), for a part that has just changed on a page already checked whole.
 * Passes over a page with JavaScript off (see above).
 */
export async function expectAccessible(page: Page, include?: string): Promise<void> {
  if (withoutJavaScript.has(page)) return;
  // After a click that navigates, the new page may not have its stylesheet yet; measured without
  // it, every link is a small target.
  await page.waitForLoadState('load');
  const axe = new AxeBuilder({ page });
  if (include) axe.include(include);
  const results = await axe
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Whether a request is a tab's own navigation rather than a frame's inside the page. */
function inTopFrame(request: Request): boolean {
  try {
    return request.frame().parentFrame() === null;
  } catch {
    // A new tab's first navigation comes before its frame exists.
    return true;
  }
}

// Both checks are automatic: every test gets them, whether or not it names them.
interface Fixtures {
  /** Third-party requests the page made for itself (not navigations the reader chose). */
  thirdPartyRequests: string[];
  /** Errors the browser reported, CSP violations among them. */
  consoleErrors: string[];
}

interface Options {
  /**
   * Whether `goto` runs axe on each page it opens. Only for a spec that opens pages the crawl
   * (every-page-is-reachable-and-sound) already checks, to measure something else on them.
   */
  axeOnGoto: boolean;
}

/**
 * Every test's page is checked the same way: each page it opens with `goto` must pass axe, and by
 * the end of the test the browser must have reported no errors and fetched nothing from another
 * site. Leaving for another site (quick exit) is allowed and answered locally.
 */
export const test = base.extend<Fixtures & Options>({
  axeOnGoto: [true, { option: true }],

  thirdPartyRequests: [
    async ({ context, baseURL }, use) => {
      const ours = new URL(baseURL!).origin;
      const requests: string[] = [];
      // On the context, not the page, so that a tab the site opens (quick exit's) is answered too.
      await context.route(
        (url) => url.origin !== ours,
        (route) => {
          const request = route.request();
          if (!request.isNavigationRequest() || !inTopFrame(request)) {
            requests.push(request.url());
            return route.abort('blockedbyclient');
          }
          return route.fulfill({ contentType: 'text/html', body: NEUTRAL_PAGE });
        },
      );
      await use(requests);
      expect(requests, 'requests to other sites').toEqual([]);
    },
    { auto: true },
  ],

  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],

  page: async ({ page, javaScriptEnabled, axeOnGoto }, use) => {
    if (javaScriptEnabled === false) withoutJavaScript.add(page);
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (axeOnGoto) await expectAccessible(page);
      return response;
    };
    await use(page);
  },
});

/**
 * Declares the tests in `body` to run with JavaScript off, as for a visitor whose browser has it
 * off or whose scripts never arrived: the site's pages and forms must work for them too. (axe
 * cannot check these pages; see `page` above.)
 */
export function withJavaScriptOff(body: () => void): void {
  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    body();
  });
}

/**
 * A page that answers with a 4xx status (a form with problems, a missing page) makes Chromium log
 * an error. A test that expects those statuses forgives them here, and only them.
 */
export function expectStatusErrors(consoleErrors: string[], ...statuses: number[]): void {
  const expected = new RegExp(`status of (${statuses.join('|')})\\b`);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !expected.test(e)));
}

/**
 * Presses a form's button and expects the page to refuse what was sent (400), its alert saying
 * each of `problems`.
 */
export async function expectRefused(page: Page, button: Locator, ...problems: string[]) {
  const answer = page.waitForResponse((r) => r.request().method() === 'POST');
  await button.click();
  expect((await answer).status()).toBe(400);
  for (const problem of problems) await expect(page.getByRole('alert')).toContainText(problem);
}

/**
 * Posts a form as a browser on the site would (the site's Origin, no redirect followed), for a
 * bot or a forger that posts without opening the page. `origin` for a server of a test's own.
 */
export function postForm(
  request: APIRequestContext,
  url: string,
  form: Record<string, string>,
  origin = new URL(process.env.E2E_BASE_URL!).origin,
) {
  return request.post(url, { headers: { Origin: origin }, form, maxRedirects: 0 });
}

export { expect };
