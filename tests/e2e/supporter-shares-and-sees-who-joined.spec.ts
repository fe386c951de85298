import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { logInAs } from './campaign-team.ts';
import { expect, expectAccessible, test, withJavaScriptOff } from './fixtures.ts';
import { linkPath, uniqueEmail, waitForEmail } from './inbox.ts';

const CONFIRM_SUBJECT = 'Please confirm your pledge to make runaways safe';

/** Pledges on the page open now (the join page, maybe through a link) and confirms from the email. */
async function pledgeAndConfirm(page: Page, email: string, firstName: string) {
  await page.getByLabel('First name').fill(firstName);
  await page.getByLabel('Last name').fill('Adebayo');
  await page.getByLabel('Email address').fill(email);
  // A person needs a moment to fill the form; the site turns away forms sent faster than that.
  await page.waitForTimeout(2_100);
  await page.getByRole('button', { name: 'Add my name' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');
  await page.goto(linkPath(await waitForEmail(email, CONFIRM_SUBJECT), /\/pledge\/confirm/));
  await page.getByRole('button', { name: 'Confirm my pledge' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Thank you: your pledge is confirmed',
  );
}

/** The link in the copy box, as a path on the server under test. */
async function copiedLink(page: Page): Promise<string> {
  const link = new URL(await page.getByLabel('Or copy your link').inputValue());
  return link.pathname + link.search;
}

/** Asks for a link to the supporter's own data, and returns it. */
async function privacyLink(page: Page, email: string): Promise<string> {
  await page.goto('/privacy/request');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send me the link' }).click();
  return linkPath(await waitForEmail(email, 'Your data: download or delete it'), /privacy\/manage/);
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a supporter shares their link, a friend joins through it, and the supporter sees "1 person"', async ({
  page,
  browser,
  baseURL,
}) => {
  const ana = uniqueEmail('ana');
  await page.goto('/join');
  await pledgeAndConfirm(page, ana, 'Ana');
  await expectAccessible(page);
  const thanks = page.url();
  const share = page.getByRole('region', { name: 'Share your link' });
  await expect(share).toContainText('Nobody has joined through your links yet');

  // Every way of sharing carries the same code, and says which way it went; the code is in the
  // page's own address, which is how the page knows whose it is.
  const path = await copiedLink(page);
  const code = new URL(path, baseURL).searchParams.get('ref')!;
  expect(path).toBe(`/join?ref=${code}&via=copy`);
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
  expect(new URL(thanks).searchParams.get('code')).toBe(code);
  await expect(share.getByRole('link', { name: 'WhatsApp' })).toHaveAttribute(
    'href',
    new RegExp(`ref%3D${code}%26via%3Dwhatsapp`),
  );
  await expect(share.getByRole('link', { name: 'Email' })).toHaveAttribute(
    'href',
    new RegExp(`ref%3D${code}%26via%3Demail`),
  );
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied. Paste it wherever you like.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(path);
  // The long link wraps in its box rather than pushing the page sideways on a small phone.
  await page.setViewportSize({ width: 320, height: 740 });
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBe(0);

  // A friend, in a browser of their own, follows the link and joins. Nothing but the link carries
  // the code: the site sets no cookie.
  const friendsBrowser = await browser.newContext({ baseURL });
  const friend = await friendsBrowser.newPage();
  await friend.goto(path);
  await expectAccessible(friend);
  expect(await friendsBrowser.cookies()).toEqual([]);
  await pledgeAndConfirm(friend, uniqueEmail('ben'), 'Ben');
  await expect(friend.getByRole('region', { name: 'Share your link' })).toContainText(
    'Nobody has joined through your links yet',
  );
  expect(await friendsBrowser.cookies()).toEqual([]);
  await friendsBrowser.close();

  await page.reload();
  await expect(share).toContainText('1 person joined through your links.');

  await page.goto(await privacyLink(page, ana));
  await expect(page.getByRole('main')).toContainText('1 person joined through your links.');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(file.supporter).toMatchObject({ share_code: code, joined_through_your_links: 1 });

  // The team sees the code and its count, and how the friend came: nothing about either person.
  await logInAs(page, 'campaigner');
  await page.goto('/admin');
  await expect(
    page.getByRole('table', { name: 'Share codes by people who joined through them' }),
  ).toContainText(code);
  await expect(
    page.getByRole('table', { name: 'Confirmed pledges by source' }).getByRole('row', {
      name: 'Copied link',
    }),
  ).toBeVisible();
});

test('a stale or made-up code in a link is ignored: the pledge still goes through', async ({
  page,
}) => {
  await page.goto('/join?ref=ZZZZ2222&via=whatsapp');
  await pledgeAndConfirm(page, uniqueEmail('cat'), 'Cat');
  await page.goto('/join?ref=not-a-code');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join the campaign');
});

withJavaScriptOff(() => {
  test('the link to copy is there to select by hand, with no button that needs a script', async ({
    page,
  }) => {
    await page.goto('/join');
    await pledgeAndConfirm(page, uniqueEmail('dev'), 'Dev');
    const field = page.getByLabel('Or copy your link');
    await expect(field).toHaveAttribute('readonly', '');
    expect(await copiedLink(page)).toMatch(/^\/join\?ref=[2-9A-HJ-NP-Z]{8}&via=copy$/);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  });
});
