import type { Page } from '@playwright/test';
import { logInAs } from './campaign-team.ts';
import { withDatabase } from './database.ts';
import { expect, expectStatusErrors, postForm, test } from './fixtures.ts';
import { linkPath, waitForEmail } from './inbox.ts';

/** Pledges as the join form posts, and says the pledge was taken. */
async function pledge(page: Page, baseURL: string, email: string): Promise<void> {
  const pledged = await postForm(
    page.request,
    '/join?_action=pledge',
    { firstName: 'Fake', lastName: 'Person', email, shownAt: '1', from: '/join' },
    baseURL,
  );
  expect(pledged.status()).toBe(303);
}

/** Confirms a pledge by the link in its email, as the confirm page posts. */
async function confirmPledge(page: Page, baseURL: string, email: string): Promise<void> {
  const message = await waitForEmail(email, 'Please confirm your pledge to make runaways safe');
  const token = new URL(linkPath(message, /\/pledge\/confirm/), baseURL).searchParams.get('token')!;
  const confirmed = await postForm(
    page.request,
    '/pledge/confirm?_action=confirmPledge',
    { token },
    baseURL,
  );
  expect(confirmed.status()).toBe(303);
}

/**
 * What is left of the domain's pledges, the public total beside the rows it counts, and the last
 * removal's audit entry: read in one transaction, so pledges confirmed by other tests meanwhile
 * cannot split them.
 */
function afterRemoval(domain: string) {
  return withDatabase((db) =>
    db.transaction(() => ({
      left: db
        .prepare('SELECT count(*) FROM supporters WHERE email_key LIKE ?')
        .pluck()
        .get(`%@${domain}`),
      counter: db
        .prepare('SELECT confirmed FROM supporter_counts WHERE council_id = 0')
        .pluck()
        .get(),
      rows: db
        .prepare(
          "SELECT count(*) FROM supporters WHERE state = 'confirmed' AND invalidated_at IS NULL",
        )
        .pluck()
        .get(),
      audit: db
        .prepare(
          "SELECT detail FROM audit_log WHERE action = 'pledges.invalidate' ORDER BY id DESC LIMIT 1",
        )
        .pluck()
        .get() as string,
    }))(),
  );
}

test('an admin removes a flood of fake pledges: counted first, then removed, the totals worked out again', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  const domain = `flood-${Date.now()}.example`;
  const emails = [1, 2, 3].map((n) => `fake${n}@${domain}`);
  for (const email of emails) await pledge(page, baseURL!, email);
  // Two of them confirmed, so they count in the public totals.
  for (const email of emails.slice(0, 2)) await confirmPledge(page, baseURL!, email);

  await logInAs(page, 'admin');
  await page.getByRole('link', { name: 'Remove fake pledges' }).click();
  await page.getByLabel('Email domain').fill(domain);
  await page.getByRole('button', { name: 'Count the matching pledges' }).click();
  await expect(page.getByRole('heading', { name: '3 pledges match' })).toBeVisible();
  await expect(page.getByText('2 of them confirmed')).toBeVisible();

  const unticked = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Remove 3 pledges' }).click();
  expect((await unticked).status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('Tick the box to say these pledges are fake');
  await page.getByLabel('These 3 pledges are fake.').check();
  await page.getByRole('button', { name: 'Remove 3 pledges' }).click();
  await expect(page.getByRole('status')).toContainText('Removed 3 pledges.');

  const after = afterRemoval(domain);
  expect(after.left).toBe(0);
  expect(after.counter).toBe(after.rows);
  expect(JSON.parse(after.audit)).toMatchObject({ count: 3, confirmed: 2, domain });
  expectStatusErrors(consoleErrors, 400);
});
