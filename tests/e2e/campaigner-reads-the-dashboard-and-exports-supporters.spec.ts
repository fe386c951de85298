import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { logInAs } from './campaign-team.ts';
import { readValue, withDatabase } from './database.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

/** The figures the dashboard should show, read from the database together. */
function dashboardTruth() {
  return withDatabase((db) => {
    const value = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      // Erased supporters still count (anonymously); fake pledges removed by an admin do not.
      confirmed: value(
        "SELECT count(*) FROM supporters WHERE state = 'confirmed' AND invalidated_at IS NULL",
      ),
      // Each entry no later entry corrects.
      offline: value(
        `SELECT coalesce(sum(count), 0) FROM offline_supporters AS e
         WHERE NOT EXISTS (SELECT 1 FROM offline_supporters WHERE corrects = e.id)`,
      ),
      pending: value(
        "SELECT count(*) FROM supporters WHERE state = 'pending' AND erased_at IS NULL",
      ),
      signed: value("SELECT count(*) FROM council_status WHERE status = 'signed'"),
      optedIn: value(
        `SELECT count(*) FROM supporters AS s JOIN consent_records AS r ON r.supporter_id = s.id
           AND r.purpose = 'campaign_emails' AND r.withdrawn_at IS NULL
         WHERE s.state = 'confirmed' AND s.wants_campaign_emails = 1 AND s.erased_at IS NULL`,
      ),
    };
  });
}

/** Says the dashboard shows these figures, each set large on its own line above its words. */
async function expectDashboardShows(page: Page, truth: ReturnType<typeof dashboardTruth>) {
  const figures = await page.getByRole('region', { name: 'Supporters', exact: true }).innerText();
  const shows = (figure: number, words: string) =>
    expect(figures).toMatch(new RegExp(`\\b${figure.toLocaleString('en-GB')}\\s+${words}`));
  shows(truth.confirmed, 'confirmed online');
  shows(truth.offline, 'recorded offline');
  shows(truth.confirmed + truth.offline, 'in all, as the public sees');
  shows(truth.pending, 'waiting to confirm');
  expect(await page.getByRole('region', { name: 'Councils', exact: true }).innerText()).toContain(
    `${truth.signed} signed`,
  );
}

test('the dashboard’s figures match the database, and an export gives the opted-in supporters', async ({
  page,
}) => {
  await logInAs(page, 'campaigner');
  await expectAccessible(page);
  // Other tests pledge at the same time: the page and the database are read together, and
  // compared again if someone pledged in between.
  let optedIn = 0;
  await expect(async () => {
    await page.goto('/admin');
    const truth = dashboardTruth();
    optedIn = truth.optedIn;
    await expectDashboardShows(page, truth);
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('img', { name: /Pledges and confirmations per day/ })).toBeVisible();
  const targets = page.getByRole('table', { name: 'Councils still to sign, by support' });
  await expect(targets.getByRole('row')).toHaveCount(21);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Supporters who asked for campaign emails' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^supporters-\d{4}-\d\d-\d\d\.csv$/);
  const rows = parseCsvRecords(readFileSync(await file.path(), 'utf8'));
  expect(rows.length).toBeGreaterThanOrEqual(optedIn);
  expect(Object.keys(rows[0] ?? { first_name: '' })).toContain('first_name');
  const audited = readValue<string>(
    "SELECT detail FROM audit_log WHERE action = 'export.supporters' ORDER BY id DESC LIMIT 1",
  );
  expect(JSON.parse(audited)).toEqual({ rows: rows.length });

  // Each council to work on has a way to act: an email to its supporters, ready to write.
  const first = targets.getByRole('row').nth(1);
  const council = (await first.getByRole('rowheader').innerText()).trim();
  await first.getByRole('link', { name: /Email its supporters/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write a campaign email');
  await expect(page.getByLabel('Supporters in councils you choose')).toBeChecked();
  await expect(page.locator('#mailing-councils option:checked')).toHaveCount(1);
  await expect(page.locator('#mailing-councils option:checked')).toContainText(council);
});
