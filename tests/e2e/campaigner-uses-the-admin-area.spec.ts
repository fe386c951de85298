import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { logInAs } from './campaign-team.ts';
import { withDatabase } from './database.ts';
import { expect, expectAccessible, expectStatusErrors, test } from './fixtures.ts';

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
        .replace('[name]', 'supporters'),
  );
}

/** What each admin address needs. A new page or endpoint fails this test until it is listed. */
const NEEDS: Record<
  string,
  { method: 'GET' | 'POST'; roles: 'anyone' | 'logged-in' | 'campaigner' }
> = {
  '/admin': { method: 'GET', roles: 'logged-in' },
  '/admin/login': { method: 'GET', roles: 'anyone' },
  '/admin/set-password': { method: 'GET', roles: 'anyone' },
  '/admin/signings': { method: 'GET', roles: 'campaigner' },
  '/admin/exports/supporters.csv': { method: 'POST', roles: 'campaigner' },
};

/** Admin actions that change something, by the page their forms post from. */
const ACTIONS: Record<string, string> = {
  approveSigning: '/admin/signings',
  rejectSigning: '/admin/signings',
};

test('every admin page, endpoint and action is closed to people without the right role', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  expect(adminRoutes().toSorted()).toEqual(Object.keys(NEEDS).toSorted());
  const declared = [
    ...readFileSync('src/actions/admin.ts', 'utf8').matchAll(/^  (\w+): defineAction/gm),
  ].map((m) => m[1]!);
  expect(
    declared.filter((name) => !['logIn', 'logOut', 'setPassword'].includes(name)).toSorted(),
  ).toEqual(Object.keys(ACTIONS).toSorted());
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
  for (const [name, from] of Object.entries(ACTIONS)) {
    const form = await send(`${from}?_action=${name}`, 'POST', {
      id: '1',
      reason: 'Testing the lock.',
    });
    expect(form.status(), name).toBe(302);
    const rpc = await send(`/_actions/${name}`, 'POST', { id: '1', reason: 'Testing the lock.' });
    expect(rpc.status(), name).toBe(401);
  }

  // A moderator: in, but not to campaigners' pages or actions.
  await logInAs(page, 'moderator');
  for (const [path, { method, roles }] of Object.entries(NEEDS)) {
    if (roles !== 'campaigner') continue;
    expect((await send(path, method)).status(), path).toBe(403);
  }
  for (const [name, from] of Object.entries(ACTIONS)) {
    const response = await send(`${from}?_action=${name}`, 'POST', {
      id: '1',
      reason: 'Testing the lock.',
    });
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
      confirmed: db
        .prepare("SELECT count(*) FROM supporters WHERE state = 'confirmed' AND erased_at IS NULL")
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
      new RegExp(`\\b${truth.confirmed.toLocaleString('en-GB')}\\s+confirmed`),
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
});
