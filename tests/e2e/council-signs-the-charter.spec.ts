import type { Page } from '@playwright/test';
import { logInAs, logOut } from './campaign-team.ts';
import { recomputeSupporterCounts } from '../../src/lib/pledges/counts.ts';
import { withDatabase } from './database.ts';
import { expect, expectAccessible, expectStatusErrors, test } from './fixtures.ts';
import { emailsTo, linkPath, outboxSettled, uniqueEmail, waitForEmail } from './inbox.ts';

const officialName = (slug: string) =>
  withDatabase(
    (db) =>
      db.prepare('SELECT official_name FROM councils WHERE slug = ?').pluck().get(slug) as string,
  );

/** Fills the signing form for a council, as an officer would, and sends it. */
async function askToSign(page: Page, slug: string, email: string) {
  await page.goto(`/sign?council=${slug}`);
  await expect(page.getByLabel('Council', { exact: true })).toHaveValue(slug);
  await page.getByLabel('Your full name').fill('Morgan Evans');
  await page.getByLabel('Your job title').fill('Director of Social Services');
  await page.getByLabel('Your council email address').fill(email);
  await page
    .getByLabel('Name of the lead member for children’s services')
    .fill('Cllr Rhiannon Jones');
  await page.getByLabel(/On behalf of my council, I commit/).check();
  await page.getByRole('button', { name: 'Send for checking' }).click();
}

/** Sends the form and confirms the address from the emailed link; returns the link's path. */
async function signAndVerify(page: Page, slug: string, email: string): Promise<string> {
  await askToSign(page, slug, email);
  await expect(page).toHaveURL(/\/sign\/check-inbox/);
  await expectAccessible(page);
  const verify = await waitForEmail(
    email,
    `Please confirm: ${officialName(slug)} and the Runaways' Charter`,
  );
  const path = linkPath(verify, /\/sign\/verify\?token=/);
  await page.goto(path);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/\/sign\/verified/);
  await expectAccessible(page);
  return path;
}

/**
 * A supporter in a council, straight into the database: confirmed or not, opted in or not. The
 * counters are worked out again with it, as confirming through the site would move them: other
 * tests compare the dashboard, which reads them, with the rows.
 */
function addSupporter(
  councilSlug: string,
  email: string,
  confirmed: boolean,
  campaignEmails: boolean,
) {
  withDatabase((db) =>
    db.transaction(() => {
      db.prepare(
        `INSERT INTO supporters (email, email_key, first_name, last_name, council_id, state,
           wants_campaign_emails, unsubscribe_key)
         VALUES (?, ?, 'Sam', 'Lee', (SELECT id FROM councils WHERE slug = ?), ?, ?, ?)`,
      ).run(
        email,
        email,
        councilSlug,
        confirmed ? 'confirmed' : 'pending',
        campaignEmails ? 1 : 0,
        `key-${email}`,
      );
      recomputeSupporterCounts(db);
    })(),
  );
}

async function councilData(page: Page, slug: string) {
  const response = await page.request.get('/data/councils.json');
  const data = (await response.json()) as {
    councils: { slug: string; status: string; count_in_place: number | null }[];
  };
  return data.councils.find((council) => council.slug === slug)!;
}

test('an officer signs from an official address; once approved the council shows signed everywhere and its supporters hear', async ({
  page,
}) => {
  const wants = [uniqueEmail('shropshire-a'), uniqueEmail('shropshire-b')];
  const notAsked = uniqueEmail('shropshire-no');
  const pending = uniqueEmail('shropshire-pending');
  for (const email of wants) addSupporter('shropshire', email, true, true);
  addSupporter('shropshire', notAsked, true, false);
  addSupporter('shropshire', pending, false, true);

  await page.goto('/councils/shropshire');
  await page.getByRole('link', { name: 'sign the charter for Shropshire' }).click();
  await expect(page).toHaveURL(/\/sign\?council=shropshire/);
  const officer = `morgan.${Date.now()}@shropshire.gov.uk`;
  await signAndVerify(page, 'shropshire', officer);
  await expect(page.getByRole('status')).toContainText('We check every request');
  await expect(page.getByText('not on shropshire.gov.uk')).toHaveCount(0);
  expect((await councilData(page, 'shropshire')).status).toBe('not_signed');

  await logInAs(page, 'campaigner');
  await page.getByRole('link', { name: 'Signing requests' }).click();
  await expectAccessible(page);
  const request = page.getByRole('article', { name: /Shropshire Council/ });
  await expect(request).toContainText('The address is on the council’s own domain');
  await expect(request).toContainText('Morgan Evans, Director of Social Services');
  await request.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Approved: Shropshire Council’s page now shows it. 2 supporters there are being emailed.',
  );
  await expectAccessible(page);

  // Pages are kept for up to 5 seconds, so the change shows within a few: wait for it over HTTP,
  // then open each page once, as a visitor would.
  const pageSays = (path: string, text: string) =>
    expect
      .poll(async () => (await (await page.request.get(path)).text()).includes(text), {
        timeout: 30_000,
        message: `${path} says "${text}"`,
      })
      .toBe(true);
  await pageSays('/councils/shropshire', 'This council has signed the charter');
  await page.goto('/councils/shropshire');
  await expect(
    page.getByRole('heading', { name: 'This council has signed the charter' }),
  ).toBeVisible();
  await expect(
    page.getByText('It was signed by Morgan Evans, Director of Social Services.'),
  ).toBeVisible();
  await expect(page.getByLabel('Code to copy into a web page')).toHaveValue(
    /\/councils\/shropshire\/badge\.svg/,
  );
  await expect
    .poll(async () => (await councilData(page, 'shropshire')).status, { timeout: 30_000 })
    .toBe('signed');
  await pageSays('/councils', 'aria-label="Shropshire: Signed"');
  await page.goto('/councils');
  await expect(page.getByRole('row', { name: /Shropshire/ }).first()).toContainText('Signed');
  // The map's hexagon too, which says the same as the table.
  await expect(page.locator('svg.council-map a[href="/councils/shropshire"]')).toHaveClass(
    /hex--signed/,
  );
  const badge = await page.request.get('/councils/shropshire/badge.svg');
  expect(badge.status()).toBe(200);
  expect(badge.headers()['content-type']).toContain('image/svg+xml');
  expect(badge.headers()['cache-control']).toContain('max-age=3600');
  expect(await badge.text()).toContain('Shropshire Council signed the Runaways&#39; Charter');

  // Each opted-in, confirmed supporter hears once; nobody else does.
  for (const email of wants) {
    await waitForEmail(email, "Shropshire Council has signed the Runaways' Charter");
  }
  await outboxSettled([...wants, notAsked, pending]);
  for (const email of wants) expect(await emailsTo(email)).toHaveLength(1);
  expect(await emailsTo(notAsked)).toEqual([]);
  expect(await emailsTo(pending)).toEqual([]);
  const [told] = await emailsTo(wants[0]!);
  expect(told!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

  // The signatory is thanked, with the certificate and the self-assessment.
  const thanks = await waitForEmail(officer, "Shropshire Council has signed the Runaways' Charter");
  expect(thanks.text).toContain('/councils/shropshire/certificate');
  expect(linkPath(thanks, /\/assess\?token=/)).toMatch(/^\/assess\?token=[\w-]{43}$/);
});

test('only signed councils have a certificate and a badge', async ({ page, consoleErrors }) => {
  expect((await page.request.get('/councils/newport/badge.svg')).status()).toBe(404);
  expect((await page.goto('/councils/newport/certificate'))!.status()).toBe(404);
  expectStatusErrors(consoleErrors, 404);
});

test('an address on another domain goes to review with the reason, and a rejection says why', async ({
  page,
  consoleErrors,
}) => {
  const applicant = uniqueEmail('wrexham-officer');
  await signAndVerify(page, 'wrexham', applicant);
  await expect(page.getByText('Your address is not on wrexham.gov.uk')).toBeVisible();

  await logInAs(page, 'campaigner');
  await page.goto('/admin/signings');
  const request = page
    .getByRole('article', { name: /Wrexham County Borough Council/ })
    .filter({ hasText: applicant });
  await expect(request).toContainText(
    'Check with the council before approving. The address is at example.org, not at wrexham.gov.uk',
  );
  // A reason too short to help the applicant comes back beside the box, kept.
  await request.getByLabel(/Or reject, saying why/).fill('No.');
  await request.getByRole('button', { name: 'Reject' }).click();
  const again = page
    .getByRole('article', { name: /Wrexham County Borough Council/ })
    .filter({ hasText: applicant });
  await expect(again.getByLabel(/Or reject, saying why/)).toHaveValue('No.');
  await expect(again.locator('.form-error')).toContainText('Say why');
  await again
    .getByLabel(/Or reject, saying why/)
    .fill('The council’s chief executive’s office told us it has not decided to sign yet.');
  await again.getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByRole('status')).toContainText('Rejected: we have emailed the reason');
  const told = await waitForEmail(
    applicant,
    "Your request for Wrexham County Borough Council and the Runaways' Charter",
  );
  expect(told.text).toContain('has not decided to sign yet');
  expect((await councilData(page, 'wrexham')).status).toBe('not_signed');
  expectStatusErrors(consoleErrors, 400);
});

test('a council that has signed cannot sign again', async ({ page, consoleErrors }) => {
  await askToSign(page, 'kent', uniqueEmail('kent-officer'));
  expect(page.url()).toContain('/sign');
  await expect(page.getByRole('alert')).toContainText(
    'Kent County Council signed the charter by September 2013.',
  );
  await expect(
    page.getByRole('link', { name: 'See the council’s page, certificate and badge' }),
  ).toHaveAttribute('href', '/councils/kent');
  await expect(page.getByLabel('Your full name')).toHaveValue('Morgan Evans');
  await expectAccessible(page);
  expectStatusErrors(consoleErrors, 409);
});

test('mistakes come back beside each field, with everything typed kept', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/sign');
  await page.getByLabel('Your full name').fill('Morgan Evans');
  await page.getByLabel('We intend to sign, by the date below').check();
  await page.getByRole('button', { name: 'Send for checking' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Choose your council');
  await expect(summary).toContainText('Enter your job title');
  await expect(summary).toContainText('Enter the date by which your council intends to sign');
  await expect(summary).toContainText('Tick the box to commit your council to the four steps');
  await expect(page.getByLabel('Your full name')).toHaveValue('Morgan Evans');
  await expect(page.getByLabel('We intend to sign, by the date below')).toBeChecked();
  await expectAccessible(page);
  expectStatusErrors(consoleErrors, 400);
});

test('a used link, an expired one and a made-up one each say so', async ({
  page,
  consoleErrors,
}) => {
  const officer = `officer.${Date.now()}@newport.gov.uk`;
  const path = await signAndVerify(page, 'newport', officer);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'You have already confirmed this request',
  );

  const second = `second.${Date.now()}@newport.gov.uk`;
  await askToSign(page, 'newport', second);
  const verify = await waitForEmail(
    second,
    `Please confirm: Newport City Council and the Runaways' Charter`,
  );
  withDatabase((db) =>
    db
      .prepare(
        "UPDATE signing_requests SET verify_expires_at = '2020-01-01T00:00:00.000Z' WHERE email = ?",
      )
      .run(second),
  );
  const expired = await page.goto(linkPath(verify, /\/sign\/verify/));
  expect(expired!.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has expired');

  const madeUp = await page.goto('/sign/verify?token=made-up-token-that-is-long-enough');
  expect(madeUp!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We do not recognise this link');
  expectStatusErrors(consoleErrors, 404, 410);
});

test('approvals need a campaigner: no session, the wrong role and another site are each refused', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  const officer = `forged.${Date.now()}@newport.gov.uk`;
  await signAndVerify(page, 'newport', officer);
  const id = withDatabase((db) =>
    db.prepare('SELECT id FROM signing_requests WHERE email = ?').pluck().get(officer),
  ) as number;
  const stillWaiting = () =>
    withDatabase((db) =>
      db.prepare('SELECT state FROM signing_requests WHERE id = ?').pluck().get(id),
    );

  // No session: the form post is sent to log in, and the action's own endpoint says 401.
  const forged = await page.request.post('/admin/signings?_action=approveSigning', {
    form: { id: String(id) },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(302);
  expect(forged.headers()['location']).toBe('/admin/login?next=%2Fadmin%2Fsignings');
  const rpc = await page.request.post('/_actions/approveSigning', {
    form: { id: String(id) },
    headers: { Origin: baseURL! },
  });
  expect(rpc.status()).toBe(401);
  expect(stillWaiting()).toBe('awaiting_approval');

  // Logged in, but as a moderator.
  await logInAs(page, 'moderator');
  const moderator = await page.goto('/admin/signings');
  expect(moderator!.status()).toBe(403);
  await expect(page.getByText('Your account cannot approve signatures')).toBeVisible();
  const asModerator = await page.request.post('/admin/signings?_action=approveSigning', {
    form: { id: String(id) },
    headers: { Origin: baseURL! },
  });
  expect(asModerator.status()).toBe(403);
  expect(stillWaiting()).toBe('awaiting_approval');

  // A campaigner's browser tricked into posting from another site.
  await logOut(page);
  await logInAs(page, 'campaigner');
  const crossSite = await page.request.post('/admin/signings?_action=approveSigning', {
    form: { id: String(id) },
    headers: { Origin: 'https://attacker.example' },
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain('can only be sent from a page on this site');
  expect(stillWaiting()).toBe('awaiting_approval');
  expectStatusErrors(consoleErrors, 403);
});

test('self-assessment: save part, come back by the link, finish; the council page shows the same', async ({
  page,
}) => {
  // Kent signed long ago, before the site: its officers ask for a link from its page.
  const officer = `assessor.${Date.now()}@kent.gov.uk`;
  await page.goto('/councils/kent');
  await page.getByRole('link', { name: 'Get a link to your self-assessment' }).click();
  await expect(page.getByLabel('Council', { exact: true })).toHaveValue('kent');
  await page.getByLabel('Your council email address').fill(officer);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toContainText(
    'If that address may assess Kent County Council',
  );
  const email = await waitForEmail(officer, 'Your self-assessment link for Kent County Council');
  const link = linkPath(email, /\/assess\?token=/);

  await page.goto(link);
  const action = (reference: string) =>
    page.getByRole('group', { name: new RegExp(`^${reference} `) });
  for (const reference of ['Count 1', 'Count 2', 'Count 3']) {
    await action(reference).getByLabel('In place').check();
  }
  await action('Think 1').getByLabel('In progress').check();
  await action('Count 1')
    .getByLabel('Evidence or notes (optional)')
    .fill('Monthly report to the safeguarding board.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Saved 4 answers. Come back by the same link to carry on.',
  );

  // Later, from the same link: what was saved is there.
  await page.goto(link);
  await expect(action('Count 1').getByLabel('In place')).toBeChecked();
  await expect(action('Think 1').getByLabel('In progress')).toBeChecked();
  await expect(action('Count 1').getByLabel('Evidence or notes (optional)')).toHaveValue(
    'Monthly report to the safeguarding board.',
  );
  await action('Count 4').getByLabel('In place').check();
  await action('Prevent 1').getByLabel('In progress').check();
  await action('Prevent 2').getByLabel('In place').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Saved 3 answers. Come back by the same link to carry on.',
  );

  await expect
    .poll(
      async () => {
        await page.goto('/councils/kent');
        // The section is always there (the table only once saved), so this never waits.
        return page
          .getByRole('region', { name: 'Progress against the planning guide' })
          .innerText();
      },
      // Each try opens the page and runs axe on it, a few seconds on a busy machine.
      { timeout: 30_000 },
    )
    .toMatch(
      /Count\s+4 of 4\s+0 of 4\s+Think\s+0 of 4\s+1 of 4\s+Act\s+0 of 4\s+0 of 4\s+Prevent\s+1 of 4\s+1 of 4/,
    );
  await expect
    .poll(async () => (await councilData(page, 'kent')).count_in_place, { timeout: 30_000 })
    .toBe(4);
});

test('a stranger guessing a self-assessment address gets nothing', async ({
  page,
  consoleErrors,
}) => {
  const guess = await page.goto(`/assess?token=${'A'.repeat(43)}`);
  expect(guess!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We do not recognise this link');
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  const save = await page.request.post('/assess?_action=saveAssessment', {
    form: { token: 'A'.repeat(43), 'rating-count-1': 'in_place' },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(save.status()).toBe(404);
  expectStatusErrors(consoleErrors, 404);
});
