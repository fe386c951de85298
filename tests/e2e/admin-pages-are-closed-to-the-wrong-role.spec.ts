import type { APIResponse } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { logInAs, logOut } from './campaign-team.ts';
import { withDatabase } from './database.ts';
import { expect, expectStatusErrors, test } from './fixtures.ts';

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
  '/admin/translations': { method: 'GET', roles: 'logged-in' },
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

/** Every action the modules declare, but the ways in and out that every account uses. */
function declaredActions(): string[] {
  return [
    ...readdirSync('src/actions/admin').map((file) => join('src/actions/admin', file)),
    'src/actions/council-records.ts',
    'src/actions/councillor-imports.ts',
  ]
    .flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /^  (\w+): (?:defineAction|emailLinkAction|adminAction|tokenAction)\(/gm,
        ),
      ].map((m) => m[1]!),
    )
    .filter(
      (name) =>
        !['logIn', 'logOut', 'logOutEverywhere', 'setPassword', 'requestPasswordLink'].includes(
          name,
        ),
    );
}

/** Every action above, each with the page its form posts from. */
const EVERY_ACTION = [ACTIONS, MODERATOR_ACTIONS, ADMIN_ACTIONS, ACCOUNT_ACTIONS].flatMap((table) =>
  Object.entries(table),
);

/** A request from the site's own pages, as the logged-in browser (if any) sends it. */
type Send = (
  path: string,
  method: 'GET' | 'POST',
  form?: Record<string, string>,
) => Promise<APIResponse>;

/** Posts an action's form as the page it belongs to does. */
const sendAction = (send: Send, name: string, from: string) =>
  send(`${from}?_action=${name}`, 'POST', formFor(name));

/** Nobody logged in: sent to log in, for every address but the way in. */
async function expectClosedToNobody(send: Send): Promise<void> {
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
  for (const [name, from] of EVERY_ACTION) {
    expect((await sendAction(send, name, from)).status(), name).toBe(302);
    const rpc = await send(`/_actions/${name}`, 'POST', formFor(name));
    expect(rpc.status(), name).toBe(401);
  }
}

/** The logged-in account is refused (403) every address for these roles, and these actions. */
async function expectRefused(
  send: Send,
  refused: readonly string[],
  actions: Record<string, string>,
): Promise<void> {
  for (const [path, { method, roles }] of Object.entries(NEEDS)) {
    if (refused.includes(roles)) expect((await send(path, method)).status(), path).toBe(403);
  }
  for (const [name, from] of Object.entries(actions)) {
    expect((await sendAction(send, name, from)).status(), name).toBe(403);
  }
}

test('every admin page, endpoint and action is closed to people without the right role', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  expect(adminRoutes().toSorted()).toEqual(Object.keys(NEEDS).toSorted());
  expect(declaredActions().toSorted()).toEqual(EVERY_ACTION.map(([name]) => name).toSorted());
  const send: Send = (path, method, form) =>
    page.request.fetch(path, { method, form, headers: { Origin: baseURL! }, maxRedirects: 0 });

  await expectClosedToNobody(send);

  // A moderator: in, to their own page, but not to campaigners' pages or actions.
  await logInAs(page, 'moderator');
  for (const [path, { method, roles }] of Object.entries(NEEDS)) {
    if (roles === 'moderator') expect((await send(path, method)).status(), path).toBe(200);
  }
  await expectRefused(send, ['campaigner', 'admin'], { ...ACTIONS, ...ADMIN_ACTIONS });

  // A campaigner: everything but the admins' own pages.
  await logOut(page);
  await logInAs(page, 'campaigner');
  await expectRefused(send, ['admin', 'moderator'], { ...MODERATOR_ACTIONS, ...ADMIN_ACTIONS });
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
