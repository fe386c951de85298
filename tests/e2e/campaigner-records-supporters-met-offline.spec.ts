import type { Page } from '@playwright/test';
import { logInAs } from './campaign-team.ts';
import { readColumn } from './database.ts';
import {
  expect,
  expectAccessible,
  expectStatusErrors,
  test,
  withJavaScriptOff,
} from './fixtures.ts';

interface Counts {
  online: number;
  offline: number;
  total: number;
  council: { online: number; offline: number; total: number };
}

async function counts(page: Page): Promise<Counts> {
  return (await (
    await page.request.get('/api/pledges/count.json?council=torbay')
  ).json()) as Counts;
}

const number = (n: number) => n.toLocaleString('en-GB');

/** The home page's total and Torbay's page show the figures, within their seconds of caching. */
async function expectPublicPagesShow(page: Page, torbayOffline: number): Promise<void> {
  await expect(async () => {
    await page.goto('/');
    const { total } = await counts(page);
    await expect(page.locator('.goal__figure')).toContainText(number(total), { timeout: 500 });
  }).toPass({ timeout: 30_000 });
  await expect(async () => {
    await page.goto('/councils/torbay');
    await expect(page.getByRole('region', { name: 'Support in Torbay' })).toContainText(
      `${torbayOffline} signed up offline`,
      { timeout: 500 },
    );
  }).toPass({ timeout: 30_000 });
}

/** The table of every entry, on the page of supporters recorded offline. */
const entriesTable = (page: Page) =>
  page.getByRole('table', { name: /Entries of supporters recorded offline/ });

/**
 * Corrects the entry with this source from the count it holds to another; the first entry stays
 * listed, marked corrected. Returns the first entry's id.
 */
async function correctEntry(page: Page, source: string, from: string, to: string) {
  const entries = entriesTable(page);
  await page.goto('/admin/supporters');
  const row = entries.getByRole('row').filter({ hasText: source });
  const id = (await row.getByRole('rowheader').innerText()).trim();
  await row.getByRole('link', { name: `Correct entry ${id}` }).click();
  await expect(page.getByRole('heading', { name: `Correct entry ${id}` })).toBeVisible();
  await expect(page.getByLabel('How many people')).toHaveValue(from);
  await page.getByLabel('How many people').fill(to);
  await page.getByLabel('Note (optional)').fill('One sheet was counted twice.');
  await page.getByRole('button', { name: 'Record the correction' }).click();
  await expect(page.getByRole('status')).toContainText(`, correcting entry ${id}.`);
  await expect(entries.getByRole('row').filter({ hasText: source }).first()).toBeVisible();
  await expect(
    entries
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: id, exact: true }) }),
  ).toContainText('No: corrected by entry');
  return id;
}

test('a campaigner records paper sign-ups, the public total moves with them, and a mistake is put right by a correction', async ({
  page,
  consoleErrors,
}) => {
  await logInAs(page, 'campaigner');
  const before = await counts(page);
  // The figure of the charter's first year, from the seed, is in the total at every start.
  expect(before.offline).toBeGreaterThanOrEqual(7000);

  await page.getByRole('link', { name: 'Supporters recorded offline' }).click();
  await expectAccessible(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Supporters recorded offline');
  await expect(
    entriesTable(page).getByRole('link', {
      name: 'Make Runaways Safe anniversary news post, 19 September 2013',
    }),
  ).toHaveAttribute(
    'href',
    'https://www.childrenssociety.org.uk/news-and-blogs/article/together-were-making-runaways-safer',
  );

  // Mistakes come back beside their boxes, with everything typed still there.
  const source = `Paper petition, Torbay seafront stall (${Date.now()})`;
  await page.getByLabel('Date they signed up').fill('2099-06-14');
  await page.getByLabel('How many people').fill('lots');
  await page.getByLabel('Where the figure comes from').fill(source);
  await page.getByLabel('Council (optional)').selectOption({ label: 'Torbay Council' });
  await page.getByRole('button', { name: 'Record these supporters' }).click();
  await expect(page.locator('#offline-countedOn-error')).toHaveText(
    'The date cannot be in the future: give the day these people signed up',
  );
  await expect(page.locator('#offline-count-error')).toHaveText(
    'Enter how many people signed up as a whole number, like 120',
  );
  await expect(page.getByLabel('Where the figure comes from')).toHaveValue(source);
  await expect(page.getByLabel('How many people')).toHaveValue('lots');
  await expect(page.getByLabel('Council (optional)')).toHaveValue('torbay');
  expect((await counts(page)).offline).toBe(before.offline);

  await page.getByLabel('Date they signed up').fill('2025-06-14');
  await page.getByLabel('How many people').fill('1,250');
  await page.getByRole('button', { name: 'Record these supporters' }).click();
  await expect(page.getByRole('status')).toContainText(/Recorded entry \d+\. The public total/);
  const recorded = await counts(page);
  expect(recorded.offline).toBe(before.offline + 1250);
  expect(recorded.council.offline).toBe(before.council.offline + 1250);
  expect(recorded.total).toBe(recorded.online + recorded.offline);

  // The home page and the council page say so within their few seconds of caching.
  await expectPublicPagesShow(page, before.council.offline + 1250);

  // It should have been 1,200: a correction counts instead, and the first entry stays listed.
  const id = await correctEntry(page, source, '1250', '1200');
  const corrected = await counts(page);
  expect(corrected.offline).toBe(before.offline + 1200);
  expect(corrected.council.offline).toBe(before.council.offline + 1200);

  // Each change is in the audit log, with what it did to the total.
  const audited = readColumn(
    `SELECT detail FROM audit_log WHERE action = 'offline-supporters.record'
     ORDER BY id DESC LIMIT 2`,
  ).map((detail) => JSON.parse(detail));
  expect(audited).toEqual([
    { entry: expect.any(Number), count: 1200, council: 'torbay', corrects: Number(id) },
    { entry: Number(id), count: 1250, council: 'torbay', corrects: null },
  ]);
  expectStatusErrors(consoleErrors, 400);
});

withJavaScriptOff(() => {
  test('the form still says what is wrong beside each box, and keeps what was typed', async ({
    page,
    consoleErrors,
  }) => {
    await logInAs(page, 'campaigner');
    await page.goto('/admin/supporters');
    await page.getByLabel('How many people').fill('250000');
    await page.getByRole('button', { name: 'Record these supporters' }).click();
    await expect(page.getByRole('alert')).toContainText('There is a problem');
    await expect(page.locator('#offline-countedOn-error')).toContainText('Enter the date');
    await expect(page.locator('#offline-count-error')).toHaveText(
      'One entry can add at most 100,000. Check the figure.',
    );
    await expect(page.locator('#offline-source-error')).toContainText(
      'Say where the figure comes from',
    );
    await expect(page.getByLabel('How many people')).toHaveValue('250000');
    expectStatusErrors(consoleErrors, 400);
  });
});
