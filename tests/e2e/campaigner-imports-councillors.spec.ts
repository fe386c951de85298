import type { Locator, Page } from '@playwright/test';
import {
  FAKE_KENT_COUNCILLORS,
  startFakeModernGov,
  type FakeModernGov,
} from '../fakes/modern-gov.ts';
import { FAKE_POSTCODES } from '../fakes/postcodes-io.ts';
import { logInAs } from './campaign-team.ts';
import { withDatabase } from './database.ts';
import { expect, expectAccessible, expectStatusErrors, withJavaScriptOff } from './fixtures.ts';
import { uniqueEmail } from './inbox.ts';
import { fillLetter, ownWords } from './letters.ts';
import { test } from './own-site.ts';

// Kent's councillors become people supporters can write to, so these tests run against a server
// of their own, in order: the second re-imports what the first applied.
test.describe.configure({ mode: 'serial' });

let democracy: FakeModernGov;
test.beforeAll(async () => {
  democracy = await startFakeModernGov();
});
test.afterAll(() => democracy.stop());

const PAGE = '/admin/targets/import?council=kent';

/** Sends a form with a button; returns the status of the page it ends on, which must pass axe. */
async function send(page: Page, button: string): Promise<number> {
  // A form that succeeds redirects (303) to the page it leads to; one that fails answers itself.
  const answered = page.waitForResponse(
    (response) =>
      response.request().isNavigationRequest() &&
      (response.status() < 300 || response.status() >= 400),
  );
  await page.getByRole('button', { name: button, exact: true }).click();
  const status = (await answered).status();
  await expectAccessible(page);
  return status;
}

interface SavedCouncillor {
  id: string;
  name: string;
  email: string | null;
  code: string | null;
  state: string;
  source: string;
  checked: string;
  retired: number;
}

function kentWardCouncillors(databasePath: string): SavedCouncillor[] {
  return withDatabase(
    (db) =>
      db
        .prepare(
          `SELECT t.external_id AS id, t.name, t.email, t.ward_code AS code, t.state, t.source,
             t.last_checked_on AS checked, t.retired_at IS NOT NULL AS retired
           FROM council_targets AS t JOIN councils AS c ON c.id = t.council_id
           WHERE c.slug = 'kent' AND t.role = 'ward_councillor' ORDER BY t.external_id`,
        )
        .all() as SavedCouncillor[],
    databasePath,
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** Addresses that are not a working Modern.gov site: told why beside the box, nothing lost. */
async function expectBrokenSitesRefused(page: Page, siteBox: Locator): Promise<void> {
  for (const [address, problem] of [
    [democracy.sites.webPage, 'it answered with a web page, not a list of councillors'],
    [democracy.sites.brokenXml, 'The site’s list of councillors is broken XML'],
    ['ftp://democracy.kent.example', 'The address must start with https:// (or http://)'],
  ] as const) {
    await siteBox.fill(address);
    expect(await send(page, 'Read councillors')).toBe(400);
    await expect(page.locator('#site-error')).toContainText(problem);
    await expect(page.getByRole('alert')).toContainText(problem);
    await expect(siteBox).toHaveValue(address);
  }
}

/** Kent's first reading: five councillors, three of whose divisions need pairing. */
async function expectFiveNewCouncillors(page: Page): Promise<void> {
  const preview = page.getByRole('region', { name: 'What would change' });
  await expect(preview.getByRole('heading', { name: 'New councillors (5)' })).toBeVisible();
  const added = newCouncillors(page);
  await expect(added.getByRole('row', { name: /^Priya Shah/ })).toContainText(
    'Maidstone Central (E58000699)',
  );
  await expect(added.getByRole('row', { name: /^Tom Okafor/ })).toContainText(
    'tom.okafor@kent.example',
  );
  await expect(added.getByRole('row', { name: /^Ruth O’Neill/ })).toContainText('none published');
  const wards = page.getByRole('region', { name: 'Divisions to pair (3)' });
  await expect(wards.getByRole('heading', { level: 4 })).toHaveText([
    'Canterbury South',
    'Maidstone Rural East',
    'Sevenoaks North & Darent Valley',
  ]);
}

/** The preview's table of councillors the import would add. */
const newCouncillors = (page: Page) => page.getByRole('region', { name: 'New councillors' });

/**
 * Pairs the site's divisions whose names postcodes.io does not use: one by choosing it, one by a
 * postcode inside it (after a postcode in another council is refused). Sevenoaks stays unpaired.
 */
async function pairDivisions(page: Page): Promise<void> {
  // Canterbury South is the site's name for the division postcodes.io calls Canterbury City South.
  const canterbury = page.getByRole('region', { name: 'Canterbury South' });
  await expect(canterbury).toContainText('On the site: Dan Hughes');
  await canterbury.getByLabel('The division it is').selectOption('E58000727');
  expect(await send(page, 'Pair “Canterbury South”')).toBe(200);
  await expect(page.getByRole('status')).toContainText(
    'Paired with Canterbury City South (E58000727)',
  );
  await expect(page.getByRole('region', { name: 'Divisions to pair (2)' })).toBeVisible();

  // Maidstone Rural East is known to nobody yet: a postcode inside it finds it. A postcode in
  // another council is refused, beside its box, and kept.
  const rural = page.getByRole('region', { name: 'Maidstone Rural East' });
  await rural.getByLabel('Or a postcode inside it').fill(FAKE_POSTCODES.cardiff);
  expect(await send(page, 'Pair “Maidstone Rural East”')).toBe(400);
  await expect(rural.getByText('CF10 1AA is not in Kent')).toBeVisible();
  await expect(rural.getByLabel('Or a postcode inside it')).toHaveValue(FAKE_POSTCODES.cardiff);
  await rural.getByLabel('Or a postcode inside it').fill(FAKE_POSTCODES.maidstoneRural);
  expect(await send(page, 'Pair “Maidstone Rural East”')).toBe(200);
  await expect(page.getByRole('status')).toContainText(
    'Paired with Maidstone Rural East (E58000701)',
  );
  await expect(page.getByRole('region', { name: 'Divisions to pair (1)' })).toBeVisible();
  await expect(newCouncillors(page).getByRole('row', { name: /^Anne Marsh/ })).toContainText(
    'Maidstone Rural East (E58000701)',
  );
}

/** A writer at ME14 1XX is now offered their own division's councillors, and nobody else's. */
async function expectMaidstoneWriterOffered(page: Page): Promise<void> {
  await page.goto(`/lobby/kent?postcode=${encodeURIComponent(FAKE_POSTCODES.maidstone)}`);
  await fillLetter(page, { email: uniqueEmail('maidstone'), ownWords: ownWords('Maidstone') });
  await page.getByRole('button', { name: 'Preview my letter' }).click();
  const choose = page.getByRole('group', { name: 'Who to send it to' });
  for (const name of ['Priya Shah', 'Tom Okafor']) {
    await expect(
      choose.getByRole('checkbox', { name: `${name}, your councillor for Maidstone Central` }),
    ).toBeChecked();
  }
  await expect(choose.getByRole('checkbox', { name: /Anne Marsh|Dan Hughes/ })).toHaveCount(0);
  await expectAccessible(page);
}

test('a campaigner reads Kent’s councillors from its democracy site, pairs the divisions whose names do not match, and applies them', async ({
  page,
  site,
  consoleErrors,
}) => {
  // Supporters looking up their postcodes make Kent's divisions known: Maidstone Central
  // (ME14 1XX) and Canterbury City South (CT1 1AA).
  for (const postcode of [FAKE_POSTCODES.maidstone, FAKE_POSTCODES.kent]) {
    await page.goto(`/lobby?q=${encodeURIComponent(postcode)}`);
    await expect(page).toHaveURL(/\/lobby\/kent\b/);
  }
  const campaigner = await logInAs(page, 'campaigner', site.databasePath);
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import Kent’s councillors');
  await expect(page.getByRole('link', { name: 'Who letters go to', exact: true })).toHaveAttribute(
    'href',
    '/admin/targets',
  );
  const siteBox = page.getByLabel('The site’s address');

  await expectBrokenSitesRefused(page, siteBox);
  expect(
    withDatabase(
      (db) => db.prepare('SELECT count(*) FROM target_imports').pluck().get(),
      site.databasePath,
    ),
  ).toBe(0);

  // Kent's own site: five councillors (the vacant seat is not one), none saved yet.
  await siteBox.fill(democracy.sites.kent);
  expect(await send(page, 'Read councillors')).toBe(200);
  await expect(page).toHaveURL(/\/admin\/targets\/import\?council=kent&import=\d+$/);
  await expectFiveNewCouncillors(page);
  await pairDivisions(page);
  // Sevenoaks stays unpaired: its councillor is saved without a division code.
  expect(await send(page, 'Apply these changes')).toBe(200);
  await expect(page.getByRole('status')).toHaveText(
    'Applied: 5 new councillors, 0 returning, 0 changed, 0 retired and 0 unchanged. All are marked as checked today.',
  );
  const saved = page.getByRole('region', { name: 'Kent’s division councillors' });
  await expect(saved.getByRole('row', { name: /^Anne Marsh/ })).toContainText('Verified, checked');
  expect(kentWardCouncillors(site.databasePath)).toEqual(
    [
      [FAKE_KENT_COUNCILLORS.priyaShah, 'Priya Shah', 'priya.shah@kent.example', 'E58000699'],
      [FAKE_KENT_COUNCILLORS.tomOkafor, 'Tom Okafor', 'tom.okafor@kent.example', 'E58000699'],
      [FAKE_KENT_COUNCILLORS.anneMarsh, 'Anne Marsh', 'anne.marsh@kent.example', 'E58000701'],
      [FAKE_KENT_COUNCILLORS.danHughes, 'Dan Hughes', 'dan.hughes@kent.example', 'E58000727'],
      [FAKE_KENT_COUNCILLORS.ruthONeill, 'Ruth O’Neill', null, null],
    ].map(([id, name, email, code]) => ({
      id,
      name,
      email,
      code,
      state: 'verified',
      source: democracy.sites.kent,
      checked: today(),
      retired: 0,
    })),
  );

  await expectMaidstoneWriterOffered(page);

  const audit = withDatabase(
    (db) =>
      db
        .prepare(
          `SELECT a.action, u.email FROM audit_log AS a JOIN admin_users AS u ON u.id = a.user_id
           WHERE a.action LIKE 'targets.%' OR a.action = 'council.democracy-site' ORDER BY a.id`,
        )
        .all(),
    site.databasePath,
  );
  expect(audit).toEqual(
    [
      'council.democracy-site',
      'targets.ward-paired',
      'targets.ward-paired',
      'targets.imported',
    ].map((action) => ({ action, email: campaigner.email })),
  );
  expectStatusErrors(consoleErrors, 400);
});

test('when a councillor leaves, a new reading shows them gone, and applying it retires them without deleting them', async ({
  page,
  site,
}) => {
  democracy.removeCouncillor(FAKE_KENT_COUNCILLORS.danHughes);
  await logInAs(page, 'campaigner', site.databasePath);
  await page.goto(PAGE);
  // The site's address was saved with the first import.
  await expect(page.getByLabel('The site’s address')).toHaveValue(democracy.sites.kent);
  expect(await send(page, 'Read councillors')).toBe(200);
  await expect(page.getByRole('heading', { name: 'New councillors (0)' })).toBeVisible();
  const gone = page.getByRole('region', { name: 'Councillors gone from the site' });
  await expect(gone.getByRole('row', { name: /^Dan Hughes/ })).toContainText('Canterbury South');
  // The pairings made last time still hold: nothing is left to pair but Sevenoaks.
  await expect(page.getByRole('region', { name: 'Divisions to pair (1)' })).toBeVisible();

  expect(await send(page, 'Apply these changes')).toBe(200);
  await expect(page.getByRole('status')).toContainText('0 changed, 1 retired and 4 unchanged');
  await expect(
    page.getByRole('region', { name: 'Kent’s division councillors' }).getByRole('row', {
      name: /^Dan Hughes/,
    }),
  ).toContainText('Retired on');
  const saved = kentWardCouncillors(site.databasePath);
  expect(saved).toHaveLength(5);
  expect(saved.find((c) => c.id === FAKE_KENT_COUNCILLORS.danHughes)).toMatchObject({
    state: 'retired',
    retired: 1,
    email: 'dan.hughes@kent.example',
  });
  expect(saved.filter((c) => c.state === 'verified')).toHaveLength(4);
});

withJavaScriptOff(() => {
  test('reading again with nothing changed says so, and marks everyone checked', async ({
    page,
    site,
  }) => {
    await logInAs(page, 'campaigner', site.databasePath);
    await page.goto(PAGE);
    await page.getByRole('button', { name: 'Read councillors' }).click();
    await expect(page.getByText('Nothing has changed since the last import')).toContainText(
      'all 4 councillors are as saved',
    );
    await page.getByRole('button', { name: 'Mark them as checked today' }).click();
    await expect(page.getByRole('status')).toContainText('0 retired and 4 unchanged');
  });
});
