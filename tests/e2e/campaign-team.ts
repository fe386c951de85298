import { expect, type Page } from '@playwright/test';
import { runScriptOn } from './database.ts';
import { uniqueEmail } from './inbox.ts';

export const PASSWORD = 'a long test password for the campaign';

/**
 * Makes a campaign account with `npm run admin:create`, as an operator would, and returns the
 * path of the one-time set-password link it prints.
 */
export function createAccount(
  role: 'admin' | 'campaigner' | 'moderator',
  databasePath = process.env.E2E_DATABASE_PATH!,
): {
  email: string;
  setPasswordPath: string;
} {
  const email = uniqueEmail(role);
  const printed = runScriptOn(databasePath, 'admin-create', '--email', email, '--role', role);
  const link = /https?:\/\/\S+\/admin\/set-password\?token=[\w-]+/.exec(printed)?.[0];
  if (!link) throw new Error(`admin:create printed no link:\n${printed}`);
  const url = new URL(link);
  return { email, setPasswordPath: url.pathname + url.search };
}

/**
 * A new account of this role, its password set by the link, logged in on the admin home page (of
 * the shared test server, or of a test's own server when given its database).
 */
export async function logInAs(
  page: Page,
  role: 'admin' | 'campaigner' | 'moderator',
  databasePath?: string,
) {
  const account = createAccount(role, databasePath);
  await page.goto(account.setPasswordPath);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('The same password again').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password and log in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText(`Logged in as ${account.email} (${role})`)).toBeVisible();
  return account;
}
