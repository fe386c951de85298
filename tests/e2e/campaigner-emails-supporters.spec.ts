import type { Page } from '@playwright/test';
import { Webhook } from 'svix';
import { FAKE_POSTCODES } from '../fakes/postcodes-io.ts';
import type { Delivery, FakeResend } from '../fakes/resend.ts';
import { logInAs } from './campaign-team.ts';
import { withDatabase } from './database.ts';
import { expect, expectRefused, expectStatusErrors } from './fixtures.ts';
import { linkPath, uniqueEmail } from './inbox.ts';
import { test, WEBHOOK_SECRET } from './own-site.ts';
import type { RunningSite } from './server.ts';

const SUBJECT = 'Your council still has not signed: can you write this week?';
const BODY =
  'Your council has not signed the Runaways’ Charter yet.\n\n' +
  '**Write to your councillors this week**: [it takes five minutes](https://makerunawayssafe.org.uk/lobby).\n\n' +
  'Thank you <3';

type Kind = 'eligible' | 'pending' | 'unsubscribed' | 'no-consent' | 'bounced' | 'signed-council';

/**
 * Supporters of every kind, straight into the database: the ones a "not signed" mailing must
 * reach, and the ones it must not.
 */
function addSupporters(site: RunningSite): Record<Kind, string[]> {
  return withDatabase((db) => {
    const council = (status: string) =>
      db
        .prepare(
          'SELECT council_id FROM council_status WHERE status = ? ORDER BY council_id LIMIT 1',
        )
        .pluck()
        .get(status) as number;
    const insert = db.prepare(
      `INSERT INTO supporters (email, email_key, first_name, last_name, council_id, state,
         wants_campaign_emails, unsubscribe_key, confirmed_at)
       VALUES (?, lower(?), 'Alex', 'Morgan', ?, ?, ?, ?, ?)`,
    );
    const made = {} as Record<Kind, string[]>;
    const add = (kind: Kind, n: number, state: string, wants: number, councilId: number) => {
      made[kind] = Array.from({ length: n }, () => {
        const email = uniqueEmail(kind);
        insert.run(
          email,
          email,
          councilId,
          state,
          wants,
          `key-${email}`,
          state === 'confirmed' ? new Date().toISOString() : null,
        );
        return email;
      });
    };
    const notSigned = council('not_signed');
    add('eligible', 24, 'confirmed', 1, notSigned);
    add('pending', 2, 'pending', 1, notSigned);
    add('unsubscribed', 2, 'confirmed', 1, notSigned);
    add('no-consent', 2, 'confirmed', 0, notSigned);
    add('bounced', 2, 'confirmed', 1, notSigned);
    add('signed-council', 2, 'confirmed', 1, council('signed'));
    return made;
  }, site.databasePath);
}

/** One real supporter, through the pledge form and the confirmation email, wanting campaign emails. */
async function pledgeAndConfirm(page: Page, resend: FakeResend, email: string): Promise<void> {
  await page.goto('/join');
  await page.getByLabel('First name').fill('Robin');
  await page.getByLabel('Last name').fill('Okafor');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Postcode (optional)').fill(FAKE_POSTCODES.cardiff);
  await page.getByLabel(/Email me about the campaign/).check();
  await page.waitForTimeout(2_100);
  await page.getByRole('button', { name: 'Add my name' }).click();
  await expect.poll(() => resend.deliveries.some((d) => d.to.includes(email))).toBe(true);
  await page.goto(
    linkPath(
      resend.deliveries.find((d) => d.to.includes(email))!,
      /confirm/,
    ),
  );
  await page.getByRole('button', { name: /Confirm/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Thank you');
}

/** Posts an event to the site's Resend webhook, as Resend does, with this signature. */
function postToWebhook(page: Page, body: string, id: string, signature: string) {
  return page.request.post('/api/resend/webhook', {
    data: body,
    headers: {
      'Content-Type': 'application/json',
      'svix-id': id,
      'svix-timestamp': String(Math.floor(Date.now() / 1000)),
      'svix-signature': signature,
    },
  });
}

/**
 * Some unsubscribed by the link in an earlier email; some bounced, as Resend reports it; and a
 * complaint with a forged signature, refused.
 */
async function unsubscribeAndBounce(page: Page, people: Record<Kind, string[]>): Promise<void> {
  for (const email of people.unsubscribed) {
    const response = await page.request.post(`/unsubscribe?key=key-${encodeURIComponent(email)}`, {
      form: { 'List-Unsubscribe': 'One-Click' },
    });
    expect(response.status()).toBe(200);
  }
  const webhook = new Webhook(WEBHOOK_SECRET);
  for (const [index, email] of people.bounced.entries()) {
    const body = JSON.stringify({ type: 'email.bounced', data: { to: [email] } });
    const id = `msg_bounce_${index}`;
    const bounced = await postToWebhook(page, body, id, webhook.sign(id, new Date(), body));
    expect(bounced.status()).toBe(200);
  }
  const forged = await postToWebhook(
    page,
    JSON.stringify({ type: 'email.complained', data: { to: [people.eligible[0]] } }),
    'msg_forged',
    'v1,bm90IGEgcmVhbCBzaWduYXR1cmU=',
  );
  expect(forged.status()).toBe(400);
}

/** Writes the mailing to councils that have not signed, first sending the form empty. */
async function writeMailing(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Campaign emails' }).click();
  await page.getByRole('link', { name: 'Write a new email' }).click();

  // Nothing filled in: told what is missing, beside each box.
  await expectRefused(
    page,
    page.getByRole('button', { name: 'Save and preview' }),
    'Write a subject line',
    'Write the email',
  );

  await page.getByLabel('Subject').fill(SUBJECT);
  await page.getByLabel('The email').fill(BODY);
  await page.getByLabel(/every council that has not signed/).check();
  await page.getByRole('button', { name: 'Save and preview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SUBJECT);
  await expect(page.getByRole('status')).toHaveText('Saved. Nothing has been sent.');
}

/** Who a "not signed" mailing should reach, by a query written here, not the site's. */
function eligibleNow(site: RunningSite): string[] {
  return withDatabase(
    (db) =>
      db
        .prepare(
          `SELECT s.email FROM supporters AS s JOIN council_status AS c ON c.council_id = s.council_id
           WHERE c.status <> 'signed' AND s.state = 'confirmed' AND s.wants_campaign_emails = 1
             AND s.erased_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM email_suppressions WHERE address = s.email)`,
        )
        .pluck()
        .all() as string[],
    site.databasePath,
  );
}

/**
 * Sends a test to the campaigner, then the mailing (refused until the box is ticked), and waits
 * until it is all sent. Returns how many emails the fake had taken before the mailing began.
 */
async function testThenSend(
  page: Page,
  resend: FakeResend,
  campaigner: string,
  count: number,
): Promise<number> {
  await page.getByRole('button', { name: `Send a test to ${campaigner}` }).click();
  await expect(page.getByRole('status')).toContainText(`A test is on its way to ${campaigner}`);
  await expect
    .poll(() => resend.deliveries.filter((d) => d.subject === `[Test] ${SUBJECT}`).length)
    .toBe(1);
  const sentBefore = resend.deliveries.length;

  // Send needs the box ticked.
  const unticked = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: `Send to ${count} supporters` }).click();
  expect((await unticked).status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText(
    'Tick the box to say you have read the test email',
  );
  await page.getByLabel('I have read the test email, and it is ready to go').check();
  await page.getByRole('button', { name: `Send to ${count} supporters` }).click();
  await expect(page.getByRole('status')).toHaveText(`Sending to ${count} supporters.`);
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Sent' })).toBeVisible();
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText(`${count} of ${count} sent`)).toBeVisible();
  return sentBefore;
}

/**
 * The supporter's email carries their own one-click unsubscribe, which a mail provider can use
 * from its servers; using it stops their campaign emails.
 */
async function expectOneClickUnsubscribe(
  page: Page,
  site: RunningSite,
  campaign: readonly Delivery[],
  pledger: string,
): Promise<void> {
  const robin = campaign.find((d) => d.to[0] === pledger)!;
  expect(robin.html).toContain('Dear Robin,');
  expect(robin.html).toContain('Thank you &lt;3');
  expect(robin.text).toContain('it takes five minutes (https://makerunawayssafe.org.uk/lobby)');
  expect(robin.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  const link = /^<(.+)>$/.exec(robin.headers['List-Unsubscribe']!)![1]!;
  expect(robin.text).toContain(link);
  expect(new Set(campaign.map((d) => d.headers['List-Unsubscribe'])).size).toBe(campaign.length);
  const oneClick = await page.request.post(new URL(link).pathname + new URL(link).search, {
    form: { 'List-Unsubscribe': 'One-Click' },
  });
  expect(oneClick.status()).toBe(200);
  expect(
    withDatabase(
      (db) =>
        db
          .prepare('SELECT wants_campaign_emails FROM supporters WHERE email = ?')
          .pluck()
          .get(pledger),
      site.databasePath,
    ),
  ).toBe(0);
}

test('a campaigner emails the supporters in councils that have not signed: one each, with one-click unsubscribe', async ({
  page,
  site,
  resend,
  consoleErrors,
}) => {
  const people = addSupporters(site);
  const pledger = uniqueEmail('pledger');
  await pledgeAndConfirm(page, resend, pledger);
  people.eligible.push(pledger);
  await unsubscribeAndBounce(page, people);

  // An admin made on the command line, password set by the printed link, logged in.
  const admin = await logInAs(page, 'admin', site.databasePath);
  await writeMailing(page);
  const eligible = eligibleNow(site);
  expect(eligible).toEqual(expect.arrayContaining(people.eligible));
  await expect(page.getByText(`That is ${eligible.length} supporters now.`)).toBeVisible();
  // The preview shows the Markdown as HTML, and what was typed as HTML as text.
  const preview = page.locator('.email-preview');
  await expect(preview.locator('strong')).toHaveText('Write to your councillors this week');
  await expect(preview.getByRole('link', { name: 'it takes five minutes' })).toBeVisible();
  await expect(preview).toContainText('Thank you <3');

  const sentBefore = await testThenSend(page, resend, admin.email, eligible.length);

  // Exactly one each, to exactly the eligible.
  const campaign = resend.deliveries.slice(sentBefore).filter((d) => d.subject === SUBJECT);
  const recipients = campaign.map((d) => d.to[0]!);
  expect(recipients.toSorted()).toEqual(eligible.toSorted());
  expect(new Set(recipients).size).toBe(recipients.length);
  for (const kind of [
    'pending',
    'unsubscribed',
    'no-consent',
    'bounced',
    'signed-council',
  ] as const) {
    for (const email of people[kind]) expect(recipients, `${kind}: ${email}`).not.toContain(email);
  }
  await expectOneClickUnsubscribe(page, site, campaign, pledger);

  // Recorded: written, tested, sent.
  expect(
    withDatabase(
      (db) =>
        db
          .prepare(
            `SELECT action FROM audit_log WHERE action LIKE 'mailing.%'
             AND user_id = (SELECT id FROM admin_users WHERE email = ?) ORDER BY id`,
          )
          .pluck()
          .all(admin.email),
      site.databasePath,
    ),
  ).toEqual(['mailing.create', 'mailing.test', 'mailing.send']);
  expectStatusErrors(consoleErrors, 400);
});
