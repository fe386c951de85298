import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { linkPath, uniqueEmail, waitForEmail } from './inbox.ts';

// The home page asks for the count every 15 seconds: Playwright's clock stands in for the wait.
const POLL_MS = 15_000;

/** The supporter count the home page shows now. */
const shownCount = async (page: Page) =>
  Number((await page.locator('.goal__figure strong').innerText()).replace(/,/g, ''));

/** Requests the page makes for the count, with what it sent and what came back. */
function countRequests(page: Page) {
  const seen: { ifNoneMatch: string | undefined; status: number; etag: string | undefined }[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('/api/pledges/count.json')) return;
    seen.push({
      ifNoneMatch: response.request().headers()['if-none-match'],
      status: response.status(),
      etag: response.headers()['etag'],
    });
  });
  return seen;
}

test('the count on an open home page moves when someone elsewhere confirms a pledge, asking with its ETag', async ({
  page,
  browser,
}) => {
  await page.clock.install();
  const requests = countRequests(page);
  await page.goto('/');
  const before = await shownCount(page);

  // The first asks in full; the next names what it has, and an unchanged count costs a 304.
  await page.clock.fastForward(POLL_MS);
  await expect.poll(() => requests.length).toBe(1);
  expect(requests[0]).toMatchObject({ ifNoneMatch: undefined, status: 200 });
  await page.clock.fastForward(POLL_MS);
  await expect.poll(() => requests.length).toBe(2);
  expect(requests[1]!.ifNoneMatch).toBe(requests[0]!.etag);
  expect(requests[1]!.status).toBe(304);

  // Someone else, in another browser, joins and confirms.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const email = uniqueEmail('ola');
  await other.goto('/join');
  await other.getByLabel('First name').fill('Ola');
  await other.getByLabel('Last name').fill('Nowak');
  await other.getByLabel('Email address').fill(email);
  await other.waitForTimeout(2_100); // the site turns away forms filled faster than a person can
  await other.getByRole('button', { name: 'Add my name' }).click();
  await other.goto(
    linkPath(
      await waitForEmail(email, 'Please confirm your pledge to make runaways safe'),
      /\/pledge\/confirm/,
    ),
  );
  await other.getByRole('button', { name: 'Confirm my pledge' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toContainText('Thank you');
  await elsewhere.close();
  const { total } = await (await page.request.get('/api/pledges/count.json')).json();
  expect(total).toBeGreaterThan(before);

  await page.clock.fastForward(POLL_MS);
  await expect.poll(() => shownCount(page)).toBeGreaterThanOrEqual(total);
});

test('passing a goal is announced politely; a hidden page stops asking', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  const goal = Number(
    /Next goal: ([\d,]+)/
      .exec(await page.locator('.goal__label').innerText())![1]!
      .replace(/,/g, ''),
  );
  // The count reaches the goal (answered here, as the real count is wherever the run has left it).
  await page.route('**/api/pledges/count.json', (route) =>
    route.fulfill({
      json: {
        online: goal - 7000,
        offline: 7000,
        total: goal,
        confirmed: goal - 7000,
        next_milestone: goal * 2,
      },
      headers: { ETag: '"at-the-goal"' },
    }),
  );
  await page.clock.fastForward(POLL_MS);
  const news = page.locator('[aria-live="polite"]');
  await expect(news).toHaveText(
    `The campaign has passed ${goal.toLocaleString('en-GB')} supporters.`,
  );
  await expect(page.locator('.goal__label')).toContainText(
    `Next goal: ${(goal * 2).toLocaleString('en-GB')}`,
  );

  // A tab in the background asks nothing until it is shown again.
  let asked = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/pledges/count.json')) asked += 1;
  });
  const setVisibility = (state: 'hidden' | 'visible') =>
    page.evaluate((state) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  await setVisibility('hidden');
  await page.clock.fastForward(POLL_MS * 4);
  expect(asked).toBe(0);
  await setVisibility('visible');
  await expect.poll(() => asked).toBe(1);
});
