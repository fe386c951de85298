import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { logInAs, PASSWORD } from './campaign-team.ts';
import { runScript, withDatabase } from './database.ts';
import { expect, expectAccessible, expectStatusErrors, test } from './fixtures.ts';
import { linkPath, uniqueEmail, waitForEmail } from './inbox.ts';
import { postThroughProxy } from './proxy.ts';

/** Every file under src/pages/admin, as the address it answers. */
function adminRoutes(): string[] {
  const root = 'src/pages';
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return walk(join(root, 'admin')).map(
    (file) =>
      '/' +
      relative(root, file)
        .replace(/\.(astro|ts)$/, '')
        .replace(/\/index$/, '')
        .replace('[name]', 'supporters')
        .replace('[id]', '1')
        .replace('[slug]', 'kent'),
  );
}

/** What each admin address needs. A new page or endpoint fails this test until it is listed. */
const NEEDS: Record<
  string,
  {
    method: 'GET' | 'POST';
    roles: 'anyone' | 'logged-in' | 'campaigner' | 'moderator' | 'admin';
  }
> = {
  '/admin': { method: 'GET', roles: 'logged-in' },
  '/admin/login': { method: 'GET', roles: 'anyone' },
  '/admin/forgotten-password': { method: 'GET', roles: 'anyone' },
  '/admin/set-password': { method: 'GET', roles: 'anyone' },
  '/admin/signings': { method: 'GET', roles: 'campaigner' },
  '/admin/reports': { method: 'GET', roles: 'campaigner' },
  '/admin/audit': { method: 'GET', roles: 'admin' },
  '/admin/pauses': { method: 'GET', roles: 'campaigner' },
  '/admin/supporters': { method: 'GET', roles: 'campaigner' },
  '/admin/comments': { method: 'GET', roles: 'moderator' },
  '/admin/invalidate': { method: 'GET', roles: 'admin' },
  '/admin/accounts': { method: 'GET', roles: 'admin' },
  '/admin/two-factor': { method: 'GET', roles: 'logged-in' },
  '/admin/mailings': { method: 'GET', roles: 'campaigner' },
  '/admin/mailings/new': { method: 'GET', roles: 'campaigner' },
  '/admin/mailings/1': { method: 'GET', roles: 'campaigner' },
  '/admin/exports/supporters.csv': { method: 'POST', roles: 'campaigner' },
  '/admin/councils': { method: 'GET', roles: 'campaigner' },
  '/admin/councils/kent': { method: 'GET', roles: 'campaigner' },
  '/admin/targets': { method: 'GET', roles: 'campaigner' },
  '/admin/targets/kent': { method: 'GET', roles: 'campaigner' },
  '/admin/targets/import': { method: 'GET', roles: 'campaigner' },
};

/** Admin actions that change something, by the page their forms post from. */
const ACTIONS: Record<string, string> = {
  approveSigning: '/admin/signings',
  rejectSigning: '/admin/signings',
  dismissReport: '/admin/reports',
  recordCouncilEvent: '/admin/councils/kent',
  nameSignatory: '/admin/councils/kent',
  setWebsiteDomain: '/admin/councils/kent',
  markRecordChecked: '/admin/councils/kent',
  pauseFeature: '/admin/pauses',
  resumeFeature: '/admin/pauses',
  recordOfflineSupporters: '/admin/supporters',
  createMailing: '/admin/mailings/new',
  updateMailing: '/admin/mailings/1',
  sendTestMailing: '/admin/mailings/1',
  startMailing: '/admin/mailings/1',
  pauseMailing: '/admin/mailings/1',
  resumeMailing: '/admin/mailings/1',
  readCouncillors: '/admin/targets/import',
  pairWard: '/admin/targets/import',
  applyCouncillorImport: '/admin/targets/import',
};

/** Actions any logged-in account may take, on itself. */
const ACCOUNT_ACTIONS: Record<string, string> = {
  enableTwoFactor: '/admin/two-factor',
  disableTwoFactor: '/admin/two-factor',
};

/** Actions for admins alone. */
const ADMIN_ACTIONS: Record<string, string> = {
  invalidatePledges: '/admin/invalidate',
  inviteAccount: '/admin/accounts',
  changeRole: '/admin/accounts',
  removeAccess: '/admin/accounts',
};

/** Actions for moderators (and admins), which campaigners may not take. */
const MODERATOR_ACTIONS: Record<string, string> = {
  decideComment: '/admin/comments',
};

/** A valid form for every action above, so that only the role check can refuse it. */
const ACTION_FORM = {
  id: '1',
  reason: 'Testing the lock.',
  decision: 'dismissed',
  feature: 'letters',
  notice: 'Testing the lock, nothing more.',
  subject: 'Testing the lock',
  body: 'Testing the lock.',
  'segment.kind': 'not-signed',
  checked: 'on',
  code: '123456',
  // An account that does not exist: were the lock broken, nobody would be changed.
  email: 'nobody-real@example.org',
  role: 'moderator',
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
  // Matches nothing: were the lock broken, nothing would be removed.
  domain: 'no-such-domain.invalid',
  expected: '1',
  countedOn: '2013-09-19',
  count: '1',
  source: 'Testing the lock.',
  // Corrects no entry: were the lock broken, nothing would be recorded.
  corrects: '999999999',
  // A council that does not exist: were the lock broken, no record would change.
  council: 'no-such-council',
  kind: 'withdrawn',
  occurredOn: '2020-01-01',
  precision: 'day',
  signatoryName: 'Nobody Real',
  websiteDomain: 'no-such-domain.invalid',
  // A democracy site that does not exist, for a council that does not either: were the lock
  // broken, nothing would be read, paired or applied.
  site: 'https://democracy.no-such-council.invalid',
  import: '999999999',
  siteWardName: 'Nowhere',
  wardCode: 'E58999999',
};
const formFor = (name: string) =>
  name === 'decideComment' ? { ...ACTION_FORM, decision: 'rejected' } : ACTION_FORM;

test('every admin page, endpoint and action is closed to people without the right role', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  expect(adminRoutes().toSorted()).toEqual(Object.keys(NEEDS).toSorted());
  const declared = [
    ...readdirSync('src/actions/admin').map((file) => join('src/actions/admin', file)),
    'src/actions/council-records.ts',
    'src/actions/councillor-imports.ts',
  ].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^  (\w+): (?:defineAction|emailLinkAction|adminAction)/gm)].map(
      (m) => m[1]!,
    ),
  );
  expect(
    declared
      .filter(
        (name) =>
          !['logIn', 'logOut', 'logOutEverywhere', 'setPassword', 'requestPasswordLink'].includes(
            name,
          ),
      )
      .toSorted(),
  ).toEqual(
    [
      ...Object.keys(ACTIONS),
      ...Object.keys(MODERATOR_ACTIONS),
      ...Object.keys(ADMIN_ACTIONS),
      ...Object.keys(ACCOUNT_ACTIONS),
    ].toSorted(),
  );
  const send = (path: string, method: 'GET' | 'POST', form?: Record<string, string>) =>
    page.request.fetch(path, { method, form, headers: { Origin: baseURL! }, maxRedirects: 0 });

  // Nobody logged in: sent to log in, for every address but the way in.
  for (const [path, { method, roles }] of Object.entries(NEEDS)) {
    const response = await send(path, method);
    if (roles === 'anyone') {
      expect(response.status(), path).toBeLessThan(500);
      continue;
    }
    expect(response.status(), path).toBe(302);
    expect(response.headers()['location'], path).toBe(
      `/admin/login?next=${encodeURIComponent(path)}`,
    );
  }
  for (const [name, from] of Object.entries({
    ...ACTIONS,
    ...MODERATOR_ACTIONS,
    ...ADMIN_ACTIONS,
    ...ACCOUNT_ACTIONS,
  })) {
    const form = await send(`${from}?_action=${name}`, 'POST', formFor(name));
    expect(form.status(), name).toBe(302);
    const rpc = await send(`/_actions/${name}`, 'POST', formFor(name));
    expect(rpc.status(), name).toBe(401);
  }

  // A moderator: in, to their own page, but not to campaigners' pages or actions.
  await logInAs(page, 'moderator');
  for (const [path, { method, roles }] of Object.entries(NEEDS)) {
    if (roles === 'moderator') expect((await send(path, method)).status(), path).toBe(200);
    if (roles !== 'campaigner' && roles !== 'admin') continue;
    expect((await send(path, method)).status(), path).toBe(403);
  }
  for (const [name, from] of Object.entries({ ...ACTIONS, ...ADMIN_ACTIONS })) {
    const response = await send(`${from}?_action=${name}`, 'POST', formFor(name));
    expect(response.status(), name).toBe(403);
  }

  // A campaigner: everything but the admins' own pages.
  await page.goto('/admin');
  await page.getByRole('button', { name: 'Log out', exact: true }).click();
  await logInAs(page, 'campaigner');
  for (const [path, { method, roles }] of Object.entries(NEEDS)) {
    if (roles === 'admin' || roles === 'moderator') {
      expect((await send(path, method)).status(), path).toBe(403);
    }
  }
  for (const [name, from] of Object.entries({ ...MODERATOR_ACTIONS, ...ADMIN_ACTIONS })) {
    const response = await send(`${from}?_action=${name}`, 'POST', formFor(name));
    expect(response.status(), name).toBe(403);
  }
  expect(
    withDatabase((db) =>
      db
        .prepare(
          "SELECT count(*) FROM audit_log WHERE action LIKE 'export.%' AND user_id = (SELECT max(id) FROM admin_users)",
        )
        .pluck()
        .get(),
    ),
  ).toBe(0);
  expectStatusErrors(consoleErrors, 403);
});

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
    const truth = withDatabase((db) => ({
      // Erased supporters still count (anonymously); fake pledges removed by an admin do not.
      confirmed: db
        .prepare(
          "SELECT count(*) FROM supporters WHERE state = 'confirmed' AND invalidated_at IS NULL",
        )
        .pluck()
        .get() as number,
      // Each entry no later entry corrects.
      offline: db
        .prepare(
          `SELECT coalesce(sum(count), 0) FROM offline_supporters AS e
           WHERE NOT EXISTS (SELECT 1 FROM offline_supporters WHERE corrects = e.id)`,
        )
        .pluck()
        .get() as number,
      pending: db
        .prepare("SELECT count(*) FROM supporters WHERE state = 'pending' AND erased_at IS NULL")
        .pluck()
        .get() as number,
      signed: db
        .prepare("SELECT count(*) FROM council_status WHERE status = 'signed'")
        .pluck()
        .get() as number,
      optedIn: db
        .prepare(
          `SELECT count(*) FROM supporters AS s JOIN consent_records AS r ON r.supporter_id = s.id
             AND r.purpose = 'campaign_emails' AND r.withdrawn_at IS NULL
           WHERE s.state = 'confirmed' AND s.wants_campaign_emails = 1 AND s.erased_at IS NULL`,
        )
        .pluck()
        .get() as number,
    }));
    optedIn = truth.optedIn;
    const figures = await page.getByRole('region', { name: 'Supporters', exact: true }).innerText();
    // Each figure is set large, on its own line above its words.
    expect(figures).toMatch(
      new RegExp(`\\b${truth.confirmed.toLocaleString('en-GB')}\\s+confirmed online`),
    );
    expect(figures).toMatch(
      new RegExp(`\\b${truth.offline.toLocaleString('en-GB')}\\s+recorded offline`),
    );
    expect(figures).toMatch(
      new RegExp(
        `\\b${(truth.confirmed + truth.offline).toLocaleString('en-GB')}\\s+in all, as the public sees`,
      ),
    );
    expect(figures).toMatch(
      new RegExp(`\\b${truth.pending.toLocaleString('en-GB')}\\s+waiting to confirm`),
    );
    expect(await page.getByRole('region', { name: 'Councils', exact: true }).innerText()).toContain(
      `${truth.signed} signed`,
    );
  }).toPass({ timeout: 15_000 });
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
  const audited = withDatabase(
    (db) =>
      db
        .prepare(
          "SELECT detail FROM audit_log WHERE action = 'export.supporters' ORDER BY id DESC LIMIT 1",
        )
        .pluck()
        .get() as string,
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
        if (javaScriptEnabled) await expectAccessible(page);
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
        await page.getByLabel('New password').fill(weak);
        await page.getByLabel('The same password again').fill(weak);
        await page.getByRole('button', { name: 'Set password and log in' }).click();
        await expect(page.locator('#new-password-error')).toContainText(why);
      }
      await page.getByLabel('New password').fill(`${PASSWORD}, renewed`);
      await page.getByLabel('The same password again').fill(`${PASSWORD}, renewed`);
      await page.getByRole('button', { name: 'Set password and log in' }).click();
      await expect(page.getByText(`Logged in as ${account.email} (campaigner)`)).toBeVisible();
      expect(
        withDatabase((db) =>
          db
            .prepare(
              `SELECT action FROM audit_log WHERE action = 'account.link-emailed'
               AND user_id = (SELECT id FROM admin_users WHERE email = ?)`,
            )
            .pluck()
            .all(account.email),
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
  const logIn = (password: string, visitor: string) =>
    postThroughProxy(
      baseURL!,
      '/admin/login?_action=logIn',
      { email: account.email, password, next: '/admin' },
      visitor,
    );
  // Documentation addresses (RFC 5737), which no other test uses.
  for (let guess = 1; guess <= 10; guess += 1) {
    expect(await logIn(`guess number ${guess}`, '198.51.100.20')).toBe(401);
  }
  expect(await logIn(PASSWORD, '198.51.100.20')).toBe(429);
  for (let login = 1; login <= 11; login += 1) {
    expect(await logIn(PASSWORD, '198.51.100.21')).toBe(303);
  }
});

test('a session planted before login is not the one used after it, and logging out everywhere ends them all', async ({
  page,
  browser,
  baseURL,
}) => {
  const account = await logInAs(page, 'campaigner');
  await page.goto('/admin');
  await page.getByRole('button', { name: 'Log out', exact: true }).click();

  // An attacker gets a cookie value into the victim's browser, then waits for them to log in.
  const planted = 'planted-session-value-that-an-attacker-knows';
  await page.context().addCookies([{ name: 'mrs_admin', value: planted, url: `${baseURL}/admin` }]);
  await page.goto('/admin/login');
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'mrs_admin')!;
  expect(cookie.value).not.toBe(planted);
  expect(cookie.value.length).toBeGreaterThanOrEqual(43);

  // The same account on a second device; logging out everywhere from the first ends both.
  const other = await browser.newContext({ baseURL });
  const second = await other.newPage();
  await second.goto('/admin/login');
  await second.getByLabel('Email address').fill(account.email);
  await second.getByLabel('Password').fill(PASSWORD);
  await second.getByRole('button', { name: 'Log in' }).click();
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
  const mailings = () =>
    withDatabase((db) => db.prepare('SELECT count(*) FROM mailings').pluck().get() as number);
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

test('a report from the public reaches campaigners, and what they decide is in the audit log', async ({
  page,
}) => {
  const details = `The council has a new web address (${Date.now()}).`;
  await page.goto('/councils/bedford');
  const form = page.getByRole('region', { name: 'Is this wrong?' });
  await form.getByText('Is this wrong?').first().click();
  await form.getByLabel('Its website address').check();
  await form.getByLabel('What should it say?').fill(details);
  await form.getByRole('button', { name: 'Send' }).click();

  await logInAs(page, 'campaigner');
  await page.getByRole('link', { name: '“Is this wrong?” reports' }).click();
  await expectAccessible(page);
  const report = page.getByRole('article').filter({ hasText: details });
  await expect(report.getByRole('heading')).toHaveText('Bedford: Its website address');
  await report.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('status')).toHaveText('Dismissed.');
  await expect(page.getByRole('article').filter({ hasText: details })).toHaveCount(0);

  await page.goto('/admin');
  await page.getByRole('button', { name: 'Log out', exact: true }).click();
  const admin = await logInAs(page, 'admin');
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expectAccessible(page);
  await expect(page.getByRole('table', { name: 'Actions by campaign accounts' })).toContainText(
    'report.dismissed',
  );
  expect(admin.email).toContain('admin');
});

test('an admin removes a flood of fake pledges: counted first, then removed, the totals worked out again', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  test.setTimeout(60_000);
  const domain = `flood-${Date.now()}.example`;
  const emails = [1, 2, 3].map((n) => `fake${n}@${domain}`);
  for (const email of emails) {
    const pledged = await page.request.post('/join?_action=pledge', {
      headers: { Origin: baseURL! },
      form: { firstName: 'Fake', lastName: 'Person', email, shownAt: '1', from: '/join' },
      maxRedirects: 0,
    });
    expect(pledged.status()).toBe(303);
  }
  // Two of them confirmed, so they count in the public totals.
  for (const email of emails.slice(0, 2)) {
    const message = await waitForEmail(email, 'Please confirm your pledge to make runaways safe');
    const token = new URL(linkPath(message, /\/pledge\/confirm/), baseURL).searchParams.get(
      'token',
    )!;
    const confirmed = await page.request.post('/pledge/confirm?_action=confirmPledge', {
      headers: { Origin: baseURL! },
      form: { token },
      maxRedirects: 0,
    });
    expect(confirmed.status()).toBe(303);
  }

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

  // Read in one transaction, so pledges confirmed by other tests meanwhile cannot split them.
  const after = withDatabase((db) =>
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
  expect(after.left).toBe(0);
  expect(after.counter).toBe(after.rows);
  expect(JSON.parse(after.audit)).toMatchObject({ count: 3, confirmed: 2, domain });
  expectStatusErrors(consoleErrors, 400);
});

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
  await page.goto('/admin');
  await page.getByRole('button', { name: 'Log out', exact: true }).click();
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
  const logIn = async (password: string, code: string) => {
    await page.goto('/admin/login');
    await page.getByLabel('Email address').fill(account.email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Code from your authenticator app').fill(code);
    await page.getByRole('button', { name: 'Log in' }).click();
  };
  // The right password without its code is answered as a wrong password is, with or without a
  // code, so the answer never tells a guesser the password was right.
  const answers: string[] = [];
  for (const [password, code] of [
    [PASSWORD, ''],
    ['a wrong password', ''],
    ['a wrong password', codeAt(30)],
  ] as const) {
    await logIn(password, code);
    answers.push(await page.getByRole('alert').innerText());
  }
  expect(answers[0]).toContain('Those details do not match an account.');
  expect(new Set(answers).size).toBe(1);
  // The next step's code (clocks may differ by one step) logs in, though a wrong password was
  // typed with it; the same code again does not, and says what a wrong password says.
  const next = codeAt(30);
  await logIn(PASSWORD, next);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('button', { name: 'Log out', exact: true }).click();
  await logIn(PASSWORD, next);
  expect(await page.getByRole('alert').innerText()).toBe(answers[0]);
  expect(
    withDatabase((db) =>
      db
        .prepare(
          `SELECT action FROM audit_log WHERE action LIKE 'account.two-factor%'
           AND user_id = (SELECT id FROM admin_users WHERE email = ?)`,
        )
        .pluck()
        .all(account.email),
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
    withDatabase((db) =>
      db
        .prepare('SELECT password_hash FROM admin_users WHERE email = ?')
        .pluck()
        .get(account.email),
    );
  const before = hash();
  // Someone with the owner's inbox, but not their phone.
  const link = /\/admin\/set-password\?token=[\w-]+/.exec(
    runScript('admin-create', '--email', account.email),
  )![0];
  await page.goto(link);
  const setPassword = async (code: string) => {
    await page.getByLabel('New password').fill('a password from the inbox');
    await page.getByLabel('The same password again').fill('a password from the inbox');
    await page.getByLabel('Code from your authenticator app').fill(code);
    await page.getByRole('button', { name: 'Set password and log in' }).click();
  };
  await setPassword('');
  await expect(page.locator('#new-code-error')).toHaveText('Enter the 6-digit code from your app');
  await setPassword(codeAt(-600));
  await expect(page.locator('#new-code-error')).toContainText('That code is wrong');
  expect(hash()).toBe(before);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);

  // The owner, with the code from their app.
  await page.goto(link);
  await setPassword(codeAt(30));
  await expect(page.getByText(`Logged in as ${account.email} (campaigner)`)).toBeVisible();
  expect(hash()).not.toBe(before);
  expectStatusErrors(consoleErrors, 400, 401);
});

test('an admin adds an account by a one-time link, changes its role, and takes its access away', async ({
  page,
  browser,
  baseURL,
  consoleErrors,
}) => {
  const admin = await logInAs(page, 'admin');
  await page.getByRole('link', { name: 'Campaign accounts' }).click();
  const email = uniqueEmail('newcomer');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Moderator: comments').check();
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = (await page.locator('code.link').innerText()).trim();
  expect(link).toMatch(/\/admin\/set-password\?token=[\w-]{20,}$/);

  // The newcomer sets a password by the link and is in, as a moderator.
  const theirs = await browser.newContext({ baseURL });
  const newcomer = await theirs.newPage();
  await newcomer.goto(new URL(link).pathname + new URL(link).search);
  await newcomer.getByLabel('New password').fill(PASSWORD);
  await newcomer.getByLabel('The same password again').fill(PASSWORD);
  await newcomer.getByRole('button', { name: 'Set password and log in' }).click();
  await expect(newcomer.getByText(`Logged in as ${email} (moderator)`)).toBeVisible();

  // Inviting the address again, or the admin's own, is refused and changes nothing.
  for (const address of [email, admin.email]) {
    await page.getByLabel('Email address').fill(address);
    await page.getByLabel('Admin: everything, and accounts').check();
    await page.getByRole('button', { name: 'Make the link' }).click();
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
  await expect(newcomer.getByText(`Logged in as ${email} (moderator)`)).toBeVisible();

  const row = page.getByRole('row').filter({ hasText: email });
  await page.goto('/admin/accounts');
  await row.getByLabel(`Role for ${email}`).selectOption('campaigner');
  await row.getByRole('button', { name: `Change role of ${email}` }).click();
  await expect(page.getByRole('status')).toHaveText('Done. The change is in the audit log.');
  await expect(row.getByRole('cell').first()).toHaveText('campaigner');
  await newcomer.goto('/admin');
  await expect(newcomer.getByText(`Logged in as ${email} (campaigner)`)).toBeVisible();

  await row.getByRole('button', { name: `Remove access for ${email}` }).click();
  await expect(row.getByRole('cell').nth(1)).toHaveText('No');
  await newcomer.goto('/admin');
  await expect(newcomer).toHaveURL(/\/admin\/login/);
  await theirs.close();
  expect(
    withDatabase((db) =>
      db
        .prepare(
          `SELECT action FROM audit_log
           WHERE detail LIKE '{"account":' || (SELECT id FROM admin_users WHERE email = ?) || ',%'
              OR detail = '{"account":' || (SELECT id FROM admin_users WHERE email = ?) || '}'
           ORDER BY id`,
        )
        .pluck()
        .all(email, email),
    ),
  ).toEqual(['account.invite', 'account.role', 'account.remove-access']);
  expectStatusErrors(consoleErrors, 409);
});
