import type { Page } from '@playwright/test';
import { logInAs } from './campaign-team.ts';
import { withDatabase } from './database.ts';
import { expect, expectRefused, expectStatusErrors } from './fixtures.ts';
import { test } from './own-site.ts';

// A withdrawal changes what every page counts, so these tests run against a server of their own.
test.describe.configure({ mode: 'serial' });

/** Polls a page until it shows `text`: council pages and open data are cached for 5 seconds. */
async function eventually(page: Page, path: string, text: string | RegExp) {
  await expect
    .poll(
      async () => {
        const response = await page.request.get(path);
        return (await response.text()).match(text) !== null;
      },
      { timeout: 30_000, intervals: [500, 1_000, 2_000] },
    )
    .toBe(true);
}

test('a campaigner records Hampshire’s withdrawal and names Derby’s signatory, with sources, and every public view follows', async ({
  page,
  site,
  consoleErrors,
}) => {
  const campaigner = await logInAs(page, 'campaigner', site.databasePath);
  await page.getByRole('link', { name: 'Council records' }).click();
  await page.getByRole('link', { name: 'Hampshire', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hampshire County Council');
  const record = page.getByRole('region', { name: 'Record what happened' });

  // A mistake first: no source, and a date not yet come. Told beside each box, nothing lost.
  await record.getByLabel('Withdrew its signature or pledge').check();
  await record.getByLabel('When').fill('2099-01-01');
  await expectRefused(
    page,
    record.getByRole('button', { name: 'Add to the record' }),
    'Say where this comes from: a link, or the name of a document',
  );
  await record.getByLabel('Source').fill('Hampshire cabinet minutes, 14 March 2016');
  const future = page.waitForResponse((r) => r.request().method() === 'POST');
  await record.getByRole('button', { name: 'Add to the record' }).click();
  expect((await future).status()).toBe(409);
  await expect(record.getByText('The date cannot be in the future')).toBeVisible();
  await expect(record.getByLabel('Source')).toHaveValue('Hampshire cabinet minutes, 14 March 2016');
  await expect(record.getByLabel('Withdrew its signature or pledge')).toBeChecked();

  await record.getByLabel('When').fill('2016-03-14');
  await record.getByLabel('Some time in this month').check();
  await record.getByRole('button', { name: 'Add to the record' }).click();
  await expect(page.getByRole('status')).toContainText('Added to the record');

  // Everywhere the public looks follows within the caches' five seconds.
  await eventually(page, '/councils/hampshire', /Not signed/);
  await page.goto('/councils/hampshire');
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Withdrew');
  await expect(history).toContainText('Source: Hampshire cabinet minutes, 14 March 2016.');
  await expect(history.getByText('March 2016', { exact: true })).toBeVisible();
  await eventually(page, '/data/councils/hampshire.json', /"status": "not_signed"/);
  expect((await page.request.get('/councils/hampshire/certificate')).status()).toBe(404);
  expect((await page.request.get('/councils/hampshire/badge.svg')).status()).toBe(404);
  await eventually(page, '/councils', /Hampshire: Not signed/);
  await eventually(page, '/data/councils.csv', /,hampshire,.*,not_signed,2016-03-14,/);

  // Derby's signatory, named with a source.
  await page.goto('/admin/councils/derby');
  const signatory = page.getByRole('region', { name: 'Name who signed' });
  await signatory.getByLabel('Who signed').fill('Andy Smith');
  await signatory.getByLabel('Their role (optional)').fill('Strategic Director for People');
  await signatory.getByLabel('Source').fill('Letter from Derby City Council, 3 October 2013');
  await signatory.getByRole('button', { name: 'Name the signatory' }).click();
  await expect(page.getByRole('status')).toContainText('The signatory is named');
  await eventually(page, '/councils/derby', /signed by Andy Smith, Strategic Director for People/);
  await eventually(page, '/councils/derby/certificate', /Andy Smith/);
  await page.goto('/councils/derby');
  await expect(page.getByRole('region', { name: 'History' })).toContainText(
    'Source: Letter from Derby City Council, 3 October 2013.',
  );
  await eventually(page, '/data/councils/derby.json', /"signatory_name": "Andy Smith"/);

  // The audit log names the campaigner for both.
  const audit = withDatabase(
    (db) =>
      db
        .prepare(
          `SELECT a.action, u.email FROM audit_log AS a JOIN admin_users AS u ON u.id = a.user_id
           WHERE a.action LIKE 'council.%' ORDER BY a.id`,
        )
        .all(),
    site.databasePath,
  );
  expect(audit).toEqual([
    { action: 'council.withdrawn', email: campaigner.email },
    { action: 'council.signatory', email: campaigner.email },
  ]);
  expectStatusErrors(consoleErrors, 400, 409);
});

test('accepting an "Is this wrong?" report opens the council’s form filled in, and the report records the change', async ({
  page,
  site,
}) => {
  // A member of the public reports a mistake on Bristol's page.
  await page.goto('/councils/bristol');
  const report = page.getByRole('region', { name: 'Is this wrong?' });
  await report.getByLabel('Who signed, or when').check();
  await report
    .getByLabel('What should it say?')
    .fill('Bristol signed in March 2013, at the cabinet meeting; the minutes say so.');
  await report
    .getByLabel('A link that shows it (optional)')
    .fill('https://bristol.example/minutes/2013-03');
  await report.getByRole('button', { name: 'Send' }).click();
  await expect(report.getByRole('status')).toContainText('Thank you');

  await logInAs(page, 'campaigner', site.databasePath);
  await page.goto('/admin/reports');
  await page.getByRole('link', { name: 'Put the record right' }).click();
  await expect(page).toHaveURL(/\/admin\/councils\/bristol\?report=\d+#record$/);
  await expect(page.getByRole('region', { name: /Answering a report/ })).toContainText(
    'Bristol signed in March 2013',
  );
  const record = page.getByRole('region', { name: 'Record what happened' });
  await expect(record.getByLabel(/^Note/)).toHaveValue(
    'Reported: Bristol signed in March 2013, at the cabinet meeting; the minutes say so.',
  );
  await expect(record.getByLabel('Source')).toHaveValue('https://bristol.example/minutes/2013-03');

  await record.getByLabel('Correction: the record is wrong, and this is what is true').check();
  await record
    .getByLabel('For a correction: the status the council really has')
    .selectOption('signed');
  await record.getByLabel('When').fill('2013-03-01');
  await record.getByLabel('Some time in this month').check();
  await record.getByRole('button', { name: 'Add to the record' }).click();
  await expect(page.getByRole('status')).toContainText('Added to the record');

  await page.goto('/admin/reports');
  await expect(page.getByText('No reports are waiting.')).toBeVisible();
  const answered = withDatabase(
    (db) => db.prepare('SELECT state, resolution FROM council_reports').get(),
    site.databasePath,
  );
  expect(answered).toEqual({
    state: 'accepted',
    resolution: 'March 2013: record corrected to signed',
  });
  await eventually(page, '/councils/bristol', /Record corrected: signed/);
});
