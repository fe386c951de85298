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
  await setPassword(page, PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText(`Logged in as ${account.email} (${role})`)).toBeVisible();
  return account;
}

/**
 * Sends the set-password form a one-time link opens, with the password typed twice (and the
 * app's code, for an account with two-step login).
 */
export async function setPassword(page: Page, password: string, code?: string): Promise<void> {
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('The same password again').fill(password);
  if (code !== undefined) await page.getByLabel('Code from your authenticator app').fill(code);
  await page.getByRole('button', { name: 'Set password and log in' }).click();
}

/** Logs in from the login page (with the app's code, for an account with two-step login). */
export async function logIn(
  page: Page,
  email: string,
  password: string,
  code?: string,
): Promise<void> {
  await page.goto('/admin/login');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  if (code !== undefined) await page.getByLabel('Code from your authenticator app').fill(code);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Logs the page's account out, from the admin home page. */
export async function logOut(page: Page): Promise<void> {
  await page.goto('/admin');
  await page.getByRole('button', { name: 'Log out', exact: true }).click();
}
