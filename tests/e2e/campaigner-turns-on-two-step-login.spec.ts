import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { logIn, logInAs, logOut, PASSWORD, setPassword } from './campaign-team.ts';
import { readColumn, readValue, runScript, withDatabase } from './database.ts';
import { expect, expectStatusErrors, test } from './fixtures.ts';

/** Turns on two-step login for the logged-in account; returns its app's code so many seconds on. */
async function turnOnTwoFactor(page: Page): Promise<(seconds: number) => string> {
  await page.goto('/admin/two-factor');
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const secret = (await page.locator('code.key').innerText()).trim();
  const codeAt = (seconds: number) =>
    new TOTP({ secret: Secret.fromBase32(secret) }).generate({
      timestamp: Date.now() + seconds * 1000,
    });
  // A wrong code: told so, and the same key is still on the page.
  await page.getByLabel('The code your app shows').fill(codeAt(-600));
  await page.getByRole('button', { name: 'Turn on two-step login' }).click();
  await expect(page.getByRole('alert')).toContainText('That code is wrong');
  await expect(page.locator('code.key')).toHaveText(secret);
  await page.getByLabel('The code your app shows').fill(codeAt(0));
  await page.getByRole('button', { name: 'Turn on two-step login' }).click();
  await expect(page.getByRole('status')).toContainText('Two-step login is on');
  await logOut(page);
  return codeAt;
}

test('with two-step login on, a password alone does not log in, and a code works once', async ({
  page,
  consoleErrors,
}) => {
  const account = await logInAs(page, 'admin');
  const codeAt = await turnOnTwoFactor(page);
  // Its secret is kept sealed under the server's key, not as the app shows it.
  expect(
    withDatabase((db) =>
      db
        .prepare(
          'SELECT totp_secret AS plain, totp_sealed AS sealed FROM admin_users WHERE email = ?',
        )
        .get(account.email),
    ),
  ).toEqual({ plain: null, sealed: expect.stringMatching(/^v1:/) });
  // The right password without its code is answered as a wrong password is, with or without a
  // code, so the answer never tells a guesser the password was right.
  const answers: string[] = [];
  for (const [password, code] of [
    [PASSWORD, ''],
    ['a wrong password', ''],
    ['a wrong password', codeAt(30)],
  ] as const) {
    await logIn(page, account.email, password, code);
    answers.push(await page.getByRole('alert').innerText());
  }
  expect(answers[0]).toContain('Those details do not match an account.');
  expect(new Set(answers).size).toBe(1);
  // The next step's code (clocks may differ by one step) logs in, though a wrong password was
  // typed with it; the same code again does not, and says what a wrong password says.
  const next = codeAt(30);
  await logIn(page, account.email, PASSWORD, next);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('button', { name: 'Log out', exact: true }).click();
  await logIn(page, account.email, PASSWORD, next);
  expect(await page.getByRole('alert').innerText()).toBe(answers[0]);
  expect(
    readColumn(
      `SELECT action FROM audit_log WHERE action LIKE 'account.two-factor%'
       AND user_id = (SELECT id FROM admin_users WHERE email = ?)`,
      account.email,
    ),
  ).toEqual(['account.two-factor-on']);
  expectStatusErrors(consoleErrors, 401);
});

test('a set-password link for an account with two-step login asks for a code, and changes nothing without a right one', async ({
  page,
  consoleErrors,
}) => {
  const account = await logInAs(page, 'campaigner');
  const codeAt = await turnOnTwoFactor(page);
  const hash = () =>
    readValue<string>('SELECT password_hash FROM admin_users WHERE email = ?', account.email);
  const before = hash();
  // Someone with the owner's inbox, but not their phone.
  const link = /\/admin\/set-password\?token=[\w-]+/.exec(
    runScript('admin-create', '--email', account.email),
  )![0];
  await page.goto(link);
  const fromTheInbox = 'a password from the inbox';
  await setPassword(page, fromTheInbox, '');
  await expect(page.locator('#new-code-error')).toHaveText('Enter the 6-digit code from your app');
  await setPassword(page, fromTheInbox, codeAt(-600));
  await expect(page.locator('#new-code-error')).toContainText('That code is wrong');
  expect(hash()).toBe(before);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);

  // The owner, with the code from their app.
  await page.goto(link);
  await setPassword(page, fromTheInbox, codeAt(30));
  await expect(page.getByText(`Logged in as ${account.email} (campaigner)`)).toBeVisible();
  expect(hash()).not.toBe(before);
  expectStatusErrors(consoleErrors, 400, 401);
});
