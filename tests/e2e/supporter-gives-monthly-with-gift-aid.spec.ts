import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { logInAs } from './campaign-team.ts';
import { withDatabase } from './database.ts';
import { expect, expectStatusErrors, test, withJavaScriptOff } from './fixtures.ts';
import { linkPath, uniqueEmail, waitForEmail } from './inbox.ts';
import { test as ownSite } from './own-site.ts';

const STRIPE = process.env.E2E_STRIPE_URL!;
/** The public address the test server was built with (the default). */
const SITE_URL = 'http://localhost:4321';
const stripe = (path: string, init?: RequestInit) => fetch(`${STRIPE}${path}`, init);
/** The charity gifts go to, as the default settings name it. */
const CHARITY = "The Children's Society, registered charity 221124 (England and Wales)";

/**
 * Lets the page go to the fake Stripe's own pages, as a giver's browser goes to Stripe's, and
 * come back: the site gives Stripe its public address (SITE_URL) to return to, which in tests is
 * this server under another name.
 */
async function allowStripePages(page: Page, baseURL: string) {
  await page.route(`${STRIPE}/**`, (route) => route.continue());
  await page.route(`${SITE_URL}/**`, (route) => {
    const url = new URL(route.request().url());
    return route.fulfill({
      status: 303,
      headers: { Location: `${baseURL}${url.pathname}${url.search}` },
    });
  });
}

/** A campaigner, logged in on a page of their own beside the giver's. */
async function campaignerBeside(browser: Browser): Promise<Page> {
  const team = await browser.newPage();
  await logInAs(team, 'campaigner');
  return team;
}

/** The campaign dashboard's donation figures, as one line of text. */
async function donationFigures(page: Page): Promise<string> {
  await page.goto('/admin');
  return (await page.getByRole('region', { name: 'Donations' }).innerText()).replace(/\s+/g, ' ');
}

/** A giver's monthly gift and their Gift Aid declaration, as they type it. */
interface MonthlyGift {
  /** A preset amount's label ("£25"), or another amount, in pounds ("12.50"). */
  amount: string;
  email: string;
  firstName: string;
  lastName: string;
  house: string;
  postcode: string;
}

/** Fills the donate form for a monthly gift with Gift Aid, as a giver does. */
async function fillMonthlyGiftWithGiftAid(page: Page, gift: MonthlyGift): Promise<void> {
  await page.getByLabel('Every month').check();
  if (gift.amount.startsWith('£')) await page.getByLabel(gift.amount).check();
  else await page.getByLabel('Other amount').fill(gift.amount);
  await page.getByLabel('Email address').fill(gift.email);
  await page.getByLabel(/I have read the declaration above/).check();
  await page.getByLabel('First name').fill(gift.firstName);
  await page.getByLabel('Last name').fill(gift.lastName);
  await page.getByLabel('House name or number').fill(gift.house);
  await page.getByLabel('Home postcode').fill(gift.postcode);
}

/**
 * Sends the giver's held events backwards (the first invoice paid before Checkout says it
 * completed), and says the site took both.
 */
async function releaseBackwards(email: string): Promise<void> {
  const released = await (
    await stripe(`/_test/release?order=reverse&email=${encodeURIComponent(email)}`, {
      method: 'POST',
    })
  ).json();
  expect(released).toEqual({ released: 2 });
  const events = (await (await stripe('/_test/events')).json()) as {
    type: string;
    status: number;
  }[];
  expect(events.slice(-2)).toEqual([
    expect.objectContaining({ type: 'invoice.paid', status: 200 }),
    expect.objectContaining({ type: 'checkout.session.completed', status: 200 }),
  ]);
}

/** The Gift Aid export has today's payment of £25 from Ada in HMRC's format. */
async function expectInGiftAidExport(team: Page): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  await team.getByLabel('Paid on or after').fill(today);
  await team.getByLabel('Paid on or before').fill(today);
  const download = team.waitForEvent('download');
  await team.getByRole('button', { name: 'Gift Aid donations, for HMRC’s schedule' }).click();
  const rows = parseCsvRecords(readFileSync(await (await download).path(), 'utf8'));
  const [y, m, d] = today.split('-');
  expect(rows).toContainEqual({
    Title: '',
    'First name or initial': 'Ada',
    'Last name': 'Lovelace King',
    'House name or number': '12',
    Postcode: 'SW1A 1AA',
    'Aggregated donations': '',
    'Sponsored event': '',
    'Donation date': `${d}/${m}/${y!.slice(2)}`,
    Amount: '25.00',
  });
}

test('a supporter gives £25 a month with Gift Aid, and stops it later', async ({
  page,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail('monthly-giver');
  const team = await campaignerBeside(browser);
  const before = await donationFigures(team);

  await allowStripePages(page, baseURL!);
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Donate' }).click();
  await expect(page).toHaveURL(/\/donate$/);
  await expect(page.getByText(`Gifts go to ${CHARITY}, which runs the campaign.`)).toBeVisible();
  await expect(
    page.getByText(`I want ${CHARITY}, to claim Gift Aid on this gift`, { exact: false }),
  ).toBeVisible();
  await fillMonthlyGiftWithGiftAid(page, {
    amount: '£25',
    email,
    firstName: 'Ada',
    lastName: 'Lovelace-King',
    house: '12',
    postcode: 'sw1a 1aa',
  });
  // Stripe's events are held back, to see what the thank-you page says before they come.
  await stripe(`/_test/hold?email=${encodeURIComponent(email)}`, { method: 'POST' });
  await page.getByRole('button', { name: 'Continue to payment' }).click();

  await expect(page).toHaveURL(new RegExp(`^${STRIPE}/pay/`));
  await expect(page.getByText(`Monthly: £25.00 for ${email}`)).toBeVisible();
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await expect(page).toHaveURL(/\/donate\/thanks\?ref=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Thank you: we are waiting to hear from Stripe',
  );
  await expect(
    page.getByText('has not yet told us your £25 monthly gift has arrived'),
  ).toBeVisible();

  await releaseBackwards(email);
  await page.getByRole('link', { name: 'Check again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you');
  await expect(page.getByText('Your £25 monthly gift has arrived.')).toBeVisible();
  await expect(page.getByText('another £6.25 each month from HMRC')).toBeVisible();

  const receipt = await waitForEmail(email, 'Your receipt: £25 monthly gift');
  expect(receipt.text).toContain(`It goes to ${CHARITY}, to make young runaways safe.`);
  expect(receipt.text).toContain('we will claim £6.25 from HMRC on this payment');
  const recorded = withDatabase((db) =>
    db
      .prepare(
        `SELECT d.frequency, d.amount_pence AS pence, g.last_name AS lastName, g.postcode
           FROM donations AS d JOIN donation_checkouts AS c ON c.id = d.checkout_id
           JOIN gift_aid_declarations AS g ON g.checkout_id = c.id WHERE c.email = ?`,
      )
      .all(email),
  );
  expect(recorded).toEqual([
    { frequency: 'monthly', pence: 2500, lastName: 'Lovelace-King', postcode: 'SW1A 1AA' },
  ]);

  // The campaign team sees it: one more monthly donor, £25 more eligible for Gift Aid.
  const after = await donationFigures(team);
  const figure = (text: string, pattern: RegExp) =>
    Number(pattern.exec(text)?.[1]?.replace(/[£,]/g, '') ?? NaN);
  const donors = /(\d+) monthly donors? now/;
  const giftAid = /(£[\d,.]+) eligible for Gift Aid/;
  expect(figure(after, donors) - figure(before, donors)).toBe(1);
  expect(figure(after, giftAid) - figure(before, giftAid)).toBe(25);

  await expectInGiftAidExport(team);

  // The receipt's link lets the giver stop the gift, on Stripe's portal.
  await page.goto(linkPath(receipt, /\/donate\/manage/));
  await expect(page.getByText('You give £25 a month. Thank you.')).toBeVisible();
  await page.getByRole('button', { name: 'Go to Stripe to change or stop it' }).click();
  await expect(page).toHaveURL(new RegExp(`^${STRIPE}/portal/`));
  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  await expect(page).toHaveURL(/\/donate\/manage\?token=/);
  await expect(page.getByText('You have no monthly gift running now.')).toBeVisible();
  await team.close();
});

test('a one-off gift is received and receipted, a forged event is refused, and a refund comes off the totals', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const email = uniqueEmail('one-off-giver');
  const team = await campaignerBeside(browser);
  const refunded = /(£[\d,.]+) refunded/;
  const figure = (text: string) => Number(refunded.exec(text)?.[1]?.replace(/[£,]/g, ''));
  const before = await donationFigures(team);

  await allowStripePages(page, baseURL!);
  await page.goto('/donate');
  await page.getByLabel('Or another amount, in pounds').fill('12.50');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByText(`One-off: £12.50 for ${email}`)).toBeVisible();
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await expect(page.getByText('Your £12.50 gift has arrived.')).toBeVisible();
  const receipt = await waitForEmail(email, 'Your receipt: £12.50 gift');
  expect(receipt.text).toContain('you did not make a Gift Aid declaration');

  // A forged event is refused and changes nothing.
  const forged = await request.post('/api/stripe/webhook', {
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': 't=1,v1=forged' },
    data: JSON.stringify({ id: 'evt_forged', type: 'checkout.session.completed' }),
  });
  expect(forged.status()).toBe(400);
  expect(
    withDatabase((db) =>
      db.prepare("SELECT count(*) FROM stripe_events WHERE id = 'evt_forged'").pluck().get(),
    ),
  ).toBe(0);

  const sessions = (await (await stripe('/_test/sessions')).json()) as {
    email: string;
    paymentIntent: string;
  }[];
  const paid = sessions.find((session) => session.email === email)!;
  await stripe('/_test/refund', {
    method: 'POST',
    body: new URLSearchParams({ payment_intent: paid.paymentIntent, amount: '1250' }),
  });
  expect(figure(await donationFigures(team)) - figure(before)).toBe(12.5);
  expect(
    withDatabase((db) =>
      db
        .prepare(
          `SELECT n.net_pence FROM donations_net AS n JOIN donation_checkouts AS c ON c.id = n.checkout_id
           WHERE c.email = ?`,
        )
        .pluck()
        .all(email),
    ),
  ).toEqual([0]);
  await team.close();
});

test('a giver who leaves Stripe’s page unpaid gets their amount back, and nothing that says who they are', async ({
  page,
  baseURL,
}) => {
  const email = uniqueEmail('changed-mind');
  await allowStripePages(page, baseURL!);
  await page.goto('/donate');
  await fillMonthlyGiftWithGiftAid(page, {
    amount: '12.50',
    email,
    firstName: 'Grace',
    lastName: 'Hopper',
    house: '7',
    postcode: 'SW1A 1AA',
  });
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page).toHaveURL(new RegExp(`^${STRIPE}/pay/`));

  const back = page.waitForResponse(
    (response) => response.url().startsWith(baseURL!) && response.url().includes('cancelled='),
  );
  await page.getByRole('link', { name: 'Back' }).click();
  const headers = (await back).headers();
  await expect(page.getByText('nothing has been charged')).toBeVisible();
  await expect(page.getByLabel('Every month')).toBeChecked();
  await expect(page.getByLabel('Other amount')).toHaveValue('12.50');
  // The return address sits in the browser's history; it must not bring back the giver's details.
  for (const box of ['Email address', 'First name', 'Last name', 'House name or number']) {
    await expect(page.getByLabel(box)).toHaveValue('');
  }
  await expect(page.getByLabel('Home postcode')).toHaveValue('');
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['referrer-policy']).toBe('no-referrer');
});

withJavaScriptOff(() => {
  test('amounts out of range or not numbers come back with a clear message, nothing lost', async ({
    page,
    consoleErrors,
  }) => {
    const email = uniqueEmail('bad-amount');
    for (const [typed, message] of [
      ['1.50', 'The smallest gift we can take online is £2'],
      ['10000.01', 'We can take up to £10,000 online'],
      ['a tenner', 'Enter an amount in pounds, like 25 or 12.50'],
    ] as const) {
      await page.goto('/donate');
      await page.getByLabel('Every month').check();
      await page.getByLabel('Or another amount, in pounds').fill(typed);
      await page.getByLabel('Email address').fill(email);
      const response = page.waitForResponse((r) => r.request().method() === 'POST');
      await page.getByRole('button', { name: 'Continue to payment' }).click();
      expect((await response).status()).toBe(400);
      await expect(page.locator('#donate-otherAmount-error')).toContainText(message);
      await expect(page.getByLabel('Or another amount, in pounds')).toHaveValue(typed);
      await expect(page.getByLabel('Email address')).toHaveValue(email);
      await expect(page.getByLabel('Every month')).toBeChecked();
    }
    // Gift Aid ticked without a name or address: each missing field is named beside its box.
    await page.getByLabel('Or another amount, in pounds').fill('');
    await page.getByLabel(/I have read the declaration above/).check();
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    for (const field of ['firstName', 'lastName', 'house', 'postcode']) {
      await expect(page.locator(`#donate-${field}-error`)).toBeVisible();
    }
    expectStatusErrors(consoleErrors, 400);
  });
});

ownSite(
  'with no Stripe key, no page links to the donate page, which says donations are not set up',
  async ({ page }) => {
    // Pages made on request (home, the charter, a council, the thank-you for a pledge) and pages
    // built in advance (about, the stories).
    for (const path of [
      '/',
      '/charter',
      '/councils/kent',
      '/pledge/thanks',
      '/about',
      '/stories',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('contentinfo')).toContainText(`a campaign by ${CHARITY}`);
      await expect(page.locator('a[href^="/donate"]'), path).toHaveCount(0);
    }
    await page.goto('/donate');
    await expect(page.getByText('We are not taking donations online yet.')).toBeVisible();
    await expect(page.getByText(`Gifts go to ${CHARITY}, which runs the campaign.`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue to payment' })).toHaveCount(0);
  },
);
