import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { FAKE_POSTCODES } from '../fakes/postcodes-io.ts';
import { expect, test } from './fixtures.ts';
import { linkPath, uniqueEmail, waitForEmail } from './inbox.ts';

async function confirmedSupporter(page: Page, email: string) {
  await page.goto('/join');
  await page.getByLabel('First name').fill('Ria');
  await page.getByLabel('Last name').fill('Patel');
  await page.getByLabel('Email address').fill(email);
  // In Bedford, where no other story pledges: the site's total also moves with other stories'
  // pledges confirmed at the same time, Bedford's only with this one's.
  await page.getByLabel('Postcode (optional)').fill(FAKE_POSTCODES.bedford);
  await page.waitForTimeout(2_100);
  await page.getByRole('button', { name: 'Add my name' }).click();
  const confirm = await waitForEmail(email, 'Please confirm your pledge to make runaways safe');
  await page.goto(linkPath(confirm, /\/pledge\/confirm/));
  await page.getByRole('button', { name: 'Confirm my pledge' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Thank you');
}

async function bedfordCount(page: Page): Promise<number> {
  const response = await page.request.get('/api/pledges/count.json?council=bedford');
  return ((await response.json()) as { council: { online: number } }).council.online;
}

async function privacyLink(page: Page, email: string): Promise<string> {
  await page.goto('/privacy/request');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send me the link' }).click();
  await expect(page.getByRole('status')).toContainText('If that address has pledged');
  let link = '';
  await expect
    .poll(async () => {
      const response = await fetch(`${process.env.E2E_RESEND_URL}/_test/emails`);
      const emails = (await response.json()) as Parameters<typeof linkPath>[0][];
      const latest = emails
        .filter((e) => e.to.includes(email) && e.subject.startsWith('Your data'))
        .at(-1);
      link = latest ? linkPath(latest, /\/privacy\/manage/) : '';
      return link && !usedLinks.has(link);
    })
    .toBe(true);
  usedLinks.add(link);
  return link;
}
const usedLinks = new Set<string>();

test('a supporter downloads their data, then deletes it, and the count stays true', async ({
  page,
}) => {
  const email = uniqueEmail('ria');
  await confirmedSupporter(page, email);
  const countBefore = await bedfordCount(page);

  await page.goto(await privacyLink(page, email));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(file.supporter).toMatchObject({
    email,
    first_name: 'Ria',
    last_name: 'Patel',
    state: 'confirmed',
  });
  expect(file.consents[0]).toMatchObject({ purpose: 'pledge', source_page: '/join' });

  await page.goto(await privacyLink(page, email));
  await page.getByRole('button', { name: 'Delete my data' }).click();
  await expect(page.getByRole('status')).toContainText('Your details have been deleted');
  expect(await bedfordCount(page)).toBe(countBefore);
});

test('asking about an address that never pledged says exactly the same', async ({ page }) => {
  await page.goto('/privacy/request');
  await page.getByLabel('Email address').fill(uniqueEmail('nobody'));
  await page.getByRole('button', { name: 'Send me the link' }).click();
  await expect(page.getByRole('status')).toContainText('If that address has pledged');
});

test('the privacy page says what the server log holds, and for how long', async ({ page }) => {
  await page.goto('/privacy');
  const reading = page.getByRole('row', { name: /Reading any page/ });
  await expect(reading).toContainText('never holds your IP address');
  await expect(reading).toContainText('The log is deleted after 14 days.');
});
