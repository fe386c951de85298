import type { Page } from '@playwright/test';
import { logInAs, PASSWORD, setPassword } from './campaign-team.ts';
import { readColumn } from './database.ts';
import { expect, expectStatusErrors, test } from './fixtures.ts';
import { uniqueEmail } from './inbox.ts';

/** Asks, on the accounts page, for a one-time link that makes this address an account of this role. */
async function invite(page: Page, email: string, role: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel(role).check();
  await page.getByRole('button', { name: 'Make the link' }).click();
}

test('an admin adds an account by a one-time link, changes its role, and takes its access away', async ({
  page,
  browser,
  baseURL,
  consoleErrors,
}) => {
  const admin = await logInAs(page, 'admin');
  await page.getByRole('link', { name: 'Campaign accounts' }).click();
  const email = uniqueEmail('newcomer');
  await invite(page, email, 'Moderator: comments');
  const link = (await page.locator('code.link').innerText()).trim();
  expect(link).toMatch(/\/admin\/set-password\?token=[\w-]{20,}$/);

  // The newcomer sets a password by the link and is in, as a moderator.
  const theirs = await browser.newContext({ baseURL });
  const newcomer = await theirs.newPage();
  await newcomer.goto(new URL(link).pathname + new URL(link).search);
  await setPassword(newcomer, PASSWORD);
  const newcomerIsIn = async (role: string) => {
    await expect(newcomer.getByText(`Logged in as ${email} (${role})`)).toBeVisible();
  };
  await newcomerIsIn('moderator');

  // Inviting the address again, or the admin's own, is refused and changes nothing.
  for (const address of [email, admin.email]) {
    await invite(page, address, 'Admin: everything, and accounts');
    await expect(page.locator('#account-email-error')).toContainText(
      'That address already has an account, and nothing about it was changed.',
    );
    await expect(page.getByLabel('Email address')).toHaveValue(address);
    await expect(page.locator('code.link')).toHaveCount(0);
  }
  await expect(
    page.getByRole('row').filter({ hasText: admin.email }).getByRole('cell').first(),
  ).toHaveText('admin');
  await newcomer.goto('/admin');
  await newcomerIsIn('moderator');

  const row = page.getByRole('row').filter({ hasText: email });
  await page.goto('/admin/accounts');
  await row.getByLabel(`Role for ${email}`).selectOption('campaigner');
  await row.getByRole('button', { name: `Change role of ${email}` }).click();
  await expect(page.getByRole('status')).toHaveText('Done. The change is in the audit log.');
  await expect(row.getByRole('cell').first()).toHaveText('campaigner');
  await newcomer.goto('/admin');
  await newcomerIsIn('campaigner');

  await row.getByRole('button', { name: `Remove access for ${email}` }).click();
  await expect(row.getByRole('cell').nth(1)).toHaveText('No');
  await newcomer.goto('/admin');
  await expect(newcomer).toHaveURL(/\/admin\/login/);
  await theirs.close();
  expect(
    readColumn(
      `SELECT action FROM audit_log
       WHERE detail LIKE '{"account":' || (SELECT id FROM admin_users WHERE email = ?) || ',%'
          OR detail = '{"account":' || (SELECT id FROM admin_users WHERE email = ?) || '}'
       ORDER BY id`,
      email,
      email,
    ),
  ).toEqual(['account.invite', 'account.role', 'account.remove-access']);
  expectStatusErrors(consoleErrors, 409);
});
