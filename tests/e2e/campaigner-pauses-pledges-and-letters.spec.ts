import type { Page } from '@playwright/test';
import { logInAs } from './campaign-team.ts';
import { withDatabase } from './database.ts';
import { expect, expectRefused, expectStatusErrors } from './fixtures.ts';
import { uniqueEmail } from './inbox.ts';
import { ownWords } from './letters.ts';
import { test } from './own-site.ts';
import type { RunningSite } from './server.ts';

// Pausing is site-wide, so these tests run against a server of their own.
test.describe.configure({ mode: 'serial' });

const NOTICE = 'We have paused new pledges while we deal with a flood of fake ones. Back soon.';

function rows(site: RunningSite, sql: string): number {
  return withDatabase((db) => db.prepare(sql).pluck().get() as number, site.databasePath);
}

async function fillPledge(page: Page, email: string) {
  await page.getByLabel('First name').fill('Priya');
  await page.getByLabel('Last name').fill('Shah');
  await page.getByLabel('Email address').fill(email);
  // The site turns away forms sent faster than a person could fill them.
  await page.waitForTimeout(2_100);
}

test('a campaigner pauses pledges: the public sees the notice, nothing is taken, then it starts again', async ({
  page,
  site,
  consoleErrors,
}) => {
  const campaigner = await logInAs(page, 'campaigner', site.databasePath);
  await page.getByRole('link', { name: 'Pause pledges, letters or comments' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pause a feature');
  const pledges = page.getByRole('region', { name: 'Pledges (joining the campaign)' });

  // Too short a notice: told beside the box, and what was typed is kept.
  await pledges.getByLabel('Notice for the public').fill('Paused');
  await expectRefused(
    page,
    pledges.getByRole('button', { name: 'Pause pledges' }),
    'Write the notice the public will see',
  );
  await expect(pledges.getByLabel('Notice for the public')).toHaveValue('Paused');

  await pledges.getByLabel('Notice for the public').fill(NOTICE);
  await pledges.getByRole('button', { name: 'Pause pledges' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Pledges (joining the campaign): paused. The notice is on the public pages now.',
  );
  await expect(pledges).toContainText(`by ${campaigner.email}`);

  // The public sees the notice on the join page and on council pages.
  const before = rows(site, 'SELECT count(*) FROM supporters');
  const email = uniqueEmail('priya');
  await page.goto('/join');
  await expect(page.getByRole('status')).toContainText(NOTICE);
  await fillPledge(page, email);
  const turnedAway = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Add my name' }).click();
  expect((await turnedAway).status()).toBe(503);
  await expect(page.getByRole('alert')).toContainText(NOTICE);
  await expect(page.getByLabel('Email address')).toHaveValue(email);
  expect(rows(site, 'SELECT count(*) FROM supporters')).toBe(before);
  await page.goto('/councils/kent');
  await expect(page.getByRole('status')).toContainText(NOTICE);
  // Letters were not paused.
  await page.goto('/lobby/kent');
  await expect(page.getByText('Paused for now')).toHaveCount(0);

  // Started again: the notice goes and the same pledge is taken.
  await page.goto('/admin/pauses');
  await pledges.getByRole('button', { name: 'Start pledges again' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Pledges (joining the campaign): running again.',
  );
  await page.goto('/join');
  await expect(page.getByText('Paused for now')).toHaveCount(0);
  await fillPledge(page, email);
  await page.getByRole('button', { name: 'Add my name' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');
  expect(rows(site, 'SELECT count(*) FROM supporters')).toBe(before + 1);

  // Both are in the audit log, with who did them.
  expect(
    withDatabase(
      (db) =>
        db
          .prepare(
            `SELECT a.action, a.detail FROM audit_log AS a JOIN admin_users AS u ON u.id = a.user_id
             WHERE u.email = ? AND a.action IN ('pause', 'resume') ORDER BY a.id`,
          )
          .all(campaigner.email),
      site.databasePath,
    ),
  ).toEqual([
    { action: 'pause', detail: '{"feature":"pledges"}' },
    { action: 'resume', detail: '{"feature":"pledges"}' },
  ]);
  expectStatusErrors(consoleErrors, 400, 503);
});

test('with letters paused, a writer keeps every word and nothing is stored', async ({
  page,
  site,
  consoleErrors,
}) => {
  await logInAs(page, 'admin', site.databasePath);
  await page.goto('/admin/pauses');
  const letters = page.getByRole('region', { name: 'Letters to councillors' });
  await letters
    .getByLabel('Notice for the public')
    .fill('Letters are paused for an hour while we check our email.');
  await letters.getByRole('button', { name: 'Pause letters' }).click();
  await expect(page.getByRole('status')).toContainText('Letters to councillors: paused.');

  const words = ownWords('a friend who slept in a bus station at fourteen');
  await page.goto('/lobby/kent');
  await expect(page.getByRole('status')).toContainText('Letters are paused for an hour');
  await page.getByLabel('In your own words: why this matters to you').fill(words);
  await page.getByLabel('Your name').fill('Sam Writer');
  await page.getByLabel('Your email address').fill(uniqueEmail('writer'));
  await page.getByLabel('Your postcode').fill('ME14 1XX');
  const turnedAway = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Preview my letter' }).click();
  expect((await turnedAway).status()).toBe(503);
  await expect(page.getByRole('alert')).toContainText('Letters are paused for an hour');
  await expect(page.getByLabel('In your own words: why this matters to you')).toHaveValue(words);
  expect(rows(site, 'SELECT count(*) FROM letters')).toBe(0);

  // Leave the server as it was found, for other tests in this worker.
  await page.goto('/admin/pauses');
  await letters.getByRole('button', { name: 'Start letters again' }).click();
  await expect(page.getByRole('status')).toHaveText('Letters to councillors: running again.');
  expectStatusErrors(consoleErrors, 503);
});
