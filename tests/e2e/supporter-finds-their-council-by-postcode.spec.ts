import { FAKE_POSTCODES } from '../fakes/postcodes-io.ts';
import { expect, expectAccessible, expectStatusErrors, test } from './fixtures.ts';

// The list of all 175 councils, where every lookup starts, takes axe 8 s or more each time; the
// crawl (every-page-is-reachable-and-sound) checks it whole. Here axe checks where a lookup leads.
test.use({ axeOnGoto: false });

async function lookUp(page: import('@playwright/test').Page, postcode: string) {
  await page.goto('/councils');
  await page.getByLabel('Find your council by postcode').fill(postcode);
  await page.getByRole('button', { name: 'Find' }).click();
  await page.waitForURL((url) => url.pathname !== '/councils');
  await expectAccessible(page);
}

test('an English postcode in a two-tier area lands on the county council', async ({ page }) => {
  await lookUp(page, 'ct11aa');
  await expect(page).toHaveURL(/\/councils\/kent$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kent County Council');
});

test('a Welsh postcode lands on its council', async ({ page }) => {
  await lookUp(page, FAKE_POSTCODES.cardiff);
  await expect(page).toHaveURL(/\/councils\/cardiff$/);
});

for (const [what, postcode, message] of [
  ['not a postcode', 'KENT', 'Enter a full UK postcode, like SW1A 1AA'],
  ['an unknown postcode', FAKE_POSTCODES.unknown, 'We could not find the postcode ZZ9 9ZZ'],
  [
    'a Scottish postcode',
    FAKE_POSTCODES.scotland,
    'EH1 1AA is in Scotland. The charter covers councils in England and Wales.',
  ],
  ['a Northern Irish postcode', FAKE_POSTCODES.northernIreland, 'is in Northern Ireland'],
] as const) {
  test(`${what} gets a clear message beside the box, which keeps what was typed`, async ({
    page,
    consoleErrors,
  }) => {
    await lookUp(page, postcode);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find your council');
    await expect(page.locator('#postcode-error')).toContainText(message);
    await expect(page.getByLabel('Find your council by postcode')).toHaveValue(postcode);
    await expect(page.getByLabel('Find your council by postcode')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    if (what.includes('Scottish') || what.includes('Irish')) {
      await expect(page.getByRole('link', { name: '116 000' }).first()).toBeVisible();
    }
    expectStatusErrors(consoleErrors, 400);
  });
}

for (const [what, postcode] of [
  ['does not answer', FAKE_POSTCODES.hangs],
  ['fails', FAKE_POSTCODES.fails],
] as const) {
  test(`when the postcode service ${what}, the page offers a search by name`, async ({
    page,
    consoleErrors,
  }) => {
    await lookUp(page, postcode);
    await expect(page.locator('#postcode-error')).toContainText(
      'We cannot look up postcodes just now',
    );
    await page.getByLabel('Council name').fill('Stockport');
    await page.getByRole('button', { name: 'Search by name' }).click();
    await expect(page.locator('#council-table tbody th')).toHaveText(['Stockport']);
    expectStatusErrors(consoleErrors, 400);
  });
}
