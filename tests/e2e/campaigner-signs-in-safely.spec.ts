import { createAccount, logIn, logInAs, logOut, PASSWORD, setPassword } from './campaign-team.ts';
import { readColumn, readValue } from './database.ts';
import { expect, expectAccessible, expectStatusErrors, test } from './fixtures.ts';
import { linkPath, uniqueEmail, waitForEmail } from './inbox.ts';
import { postThroughProxy } from './proxy.ts';

test('logging in: a wrong password is refused, the page comes back, and logging out ends the session', async ({
  page,
  consoleErrors,
}) => {
  const account = createAccount('campaigner');
  await page.goto(account.setPasswordPath);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('The same password again').fill('something else entirely');
  await page.getByRole('button', { name: 'Set password and log in' }).click();
  await expect(page.getByRole('alert')).toContainText('The two passwords are different');
  await setPassword(page, PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('button', { name: 'Log out', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('You have logged out.');

  await page.goto('/admin/signings');
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fsignings/);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match an account');
  await expect(page.getByLabel('Email address')).toHaveValue(account.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/admin\/signings$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'mrs_admin')!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/admin' });
  expectStatusErrors(consoleErrors, 400, 401);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('password guessing is stopped after 10 tries, and the owner gets back in by a link emailed to them', async ({
      page,
      consoleErrors,
    }) => {
      const account = await logInAs(page, 'campaigner');
      await page.getByRole('button', { name: 'Log out', exact: true }).click();

      const tryPassword = (password: string) =>
        page.request.post('/admin/login?_action=logIn', {
          form: { email: account.email, password, next: '/admin' },
          headers: { Origin: new URL(page.url()).origin },
          maxRedirects: 0,
        });
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        expect((await tryPassword(`guess number ${attempt}`)).status()).toBe(401);
      }
      const eleventh = await tryPassword(PASSWORD);
      expect(eleventh.status()).toBe(429);
      expect(await eleventh.text()).toContain('Too many tries. Wait fifteen minutes');

      // The answer is the same for an address with no account.
      const answers: string[] = [];
      for (const email of [uniqueEmail('nobody'), account.email]) {
        await page.goto('/admin/login');
        await page.getByRole('link', { name: 'Forgotten your password, or locked out?' }).click();
        await page.getByLabel('Email address').fill(email);
        await page.getByRole('button', { name: 'Email me a link' }).click();
        await expectAccessible(page);
        answers.push(await page.getByRole('status').innerText());
      }
      expect(answers[0]).toContain('If that address has a campaign account, we have emailed it');
      expect(answers[1]).toBe(answers[0]);

      const message = await waitForEmail(
        account.email,
        'Set a new password for your campaign account',
      );
      await page.goto(linkPath(message, /\/admin\/set-password\?token=/));
      // A common password, or one with the address's first part in it, is refused, saying why.
      for (const [weak, why] of [
        ['1qaz2wsx3edc', 'This is one of the most common passwords'],
        [`${account.email.split('@')[0]} forever`, 'the first part of your email address'],
      ] as const) {
        await setPassword(page, weak);
        await expect(page.locator('#new-password-error')).toContainText(why);
      }
      await setPassword(page, `${PASSWORD}, renewed`);
      await expect(page.getByText(`Logged in as ${account.email} (campaigner)`)).toBeVisible();
      expect(
        readColumn(
          `SELECT action FROM audit_log WHERE action = 'account.link-emailed'
           AND user_id = (SELECT id FROM admin_users WHERE email = ?)`,
          account.email,
        ),
      ).toEqual(['account.link-emailed']);
      expectStatusErrors(consoleErrors, 400, 401, 429);
    });
  });
}

test('a stranger’s wrong guesses do not lock the owner out, nor do the owner’s own logins', async ({
  page,
  baseURL,
}) => {
  const account = await logInAs(page, 'campaigner');
  const logInFrom = (password: string, visitor: string) =>
    postThroughProxy(
      baseURL!,
      '/admin/login?_action=logIn',
      { email: account.email, password, next: '/admin' },
      visitor,
    );
  // Documentation addresses (RFC 5737), which no other test uses.
  for (let guess = 1; guess <= 10; guess += 1) {
    expect(await logInFrom(`guess number ${guess}`, '198.51.100.20')).toBe(401);
  }
  expect(await logInFrom(PASSWORD, '198.51.100.20')).toBe(429);
  for (let login = 1; login <= 11; login += 1) {
    expect(await logInFrom(PASSWORD, '198.51.100.21')).toBe(303);
  }
});

test('a session planted before login is not the one used after it, and logging out everywhere ends them all', async ({
  page,
  browser,
  baseURL,
}) => {
  const account = await logInAs(page, 'campaigner');
  await logOut(page);

  // An attacker gets a cookie value into the victim's browser, then waits for them to log in.
  const planted = 'planted-session-value-that-an-attacker-knows';
  await page.context().addCookies([{ name: 'mrs_admin', value: planted, url: `${baseURL}/admin` }]);
  await logIn(page, account.email, PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'mrs_admin')!;
  expect(cookie.value).not.toBe(planted);
  expect(cookie.value.length).toBeGreaterThanOrEqual(43);

  // The same account on a second device; logging out everywhere from the first ends both.
  const other = await browser.newContext({ baseURL });
  const second = await other.newPage();
  await logIn(second, account.email, PASSWORD);
  await expect(second).toHaveURL(/\/admin$/);
  await page.getByRole('button', { name: 'Log out on every device' }).click();
  await expect(page).toHaveURL(/\/admin\/login\?out=1/);
  await second.goto('/admin');
  await expect(second).toHaveURL(/\/admin\/login\?next=%2Fadmin/);
  await other.close();
});

test('a logged-in campaigner’s session cannot be used by another site’s form (CSRF)', async ({
  page,
  baseURL,
}) => {
  await logInAs(page, 'campaigner');
  const mailings = () => readValue('SELECT count(*) FROM mailings');
  const before = mailings();
  const form = { subject: 'Forged', body: 'Forged.', 'segment.kind': 'not-signed' };
  const attempts: Record<string, string>[] = [{ Origin: 'https://attacker.example' }, {}];
  for (const headers of attempts) {
    const forged = await page.request.post('/admin/mailings/new?_action=createMailing', {
      form,
      headers,
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toBe('This form can only be sent from a page on this site.');
  }
  expect(mailings()).toBe(before);
  // The same form from the site itself goes through, so the refusal was the origin's doing.
  const own = await page.request.post('/admin/mailings/new?_action=createMailing', {
    form,
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(303);
  expect(mailings()).toBe(before + 1);
});
