import { Webhook } from 'svix';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeResend, type FakeResend } from '../../../tests/fakes/resend.ts';
import { createAccount } from '../admin/users.ts';
import type { Db } from '../db.ts';
import { markdownToHtml, markdownToText } from './email.tsx';
import { resendTransport, transportFromEnv, type Transport } from '../email/transport.ts';
import { readEnv } from '../env.ts';
import { unsubscribe } from '../pledges/pledge.ts';
import { openSeededDatabase } from '../site/testing.ts';
import {
  createMailing,
  findMailing,
  mailingProgress,
  MailingFormSchema,
  sendTestMailing,
  setMailingPaused,
  startMailing,
} from './mailings.ts';
import { countRecipients } from './segments.ts';
import { startMailingSender } from './sender.ts';
import { handleResendWebhook } from '../email/suppressions.ts';

const now = new Date('2026-11-25T10:00:00Z');
const SITE = 'https://example.org.uk';
const SECRET = `whsec_${Buffer.from('a test secret of enough length!!').toString('base64')}`;

let db: Db;
let userId: number;
let serial = 0;

/** A council in each state: signed and not from the seed; one of the others pledges. */
function councilIn(status: 'signed' | 'pledged' | 'not_signed'): { id: number; region: string } {
  if (status === 'pledged') {
    db.prepare(
      `INSERT INTO council_status_events (council_id, kind, status, occurred_on, source)
       SELECT max(council_id), 'pledged', 'pledged', '2026-11-01', 'test' FROM council_status
       WHERE status = 'not_signed'`,
    ).run();
  }
  return db
    .prepare(
      `SELECT c.id, c.region FROM councils AS c JOIN council_status AS s ON s.council_id = c.id
       WHERE s.status = ? ORDER BY c.id LIMIT 1`,
    )
    .get(status) as { id: number; region: string };
}

function addSupporter(
  councilId: number | null,
  changes: {
    state?: string;
    wants?: 0 | 1;
    erased?: boolean;
    firstName?: string;
    email?: string;
  } = {},
): { id: number; email: string; key: string } {
  serial += 1;
  const email = changes.email ?? `person${serial}@example.org`;
  const key = `unsubscribe-key-${serial}`;
  const id = db
    .prepare(
      `INSERT INTO supporters (email, email_key, first_name, last_name, council_id, state,
         wants_campaign_emails, unsubscribe_key, erased_at)
       VALUES (?, ?, ?, 'Lee', ?, ?, ?, ?, ?)`,
    )
    .run(
      email,
      email,
      changes.firstName ?? `Sam${serial}`,
      councilId,
      changes.state ?? 'confirmed',
      changes.wants ?? 1,
      key,
      changes.erased ? now.toISOString() : null,
    ).lastInsertRowid as number;
  return { id, email, key };
}

const form = (segment: unknown, body = 'Please write to your council this week.') =>
  MailingFormSchema.parse({ subject: 'Your council has not signed', body, segment });

// svix checks the timestamp against the clock, so signatures use the real time.
function signed(body: string, id = 'msg_1', at = new Date()) {
  const headers = new Headers({
    'svix-id': id,
    'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
    'svix-signature': new Webhook(SECRET).sign(id, at, body),
  });
  return headers;
}

beforeEach(() => {
  serial = 0;
  db = openSeededDatabase();
  createAccount(db, 'campaigner@campaign.example', 'campaigner', now);
  userId = db.prepare('SELECT id FROM admin_users').pluck().get() as number;
});

describe('who a mailing reaches', () => {
  it('counts only confirmed supporters who want campaign emails and can be sent to', () => {
    const notSigned = councilIn('not_signed');
    const pledged = councilIn('pledged');
    const done = councilIn('signed');
    addSupporter(notSigned.id);
    addSupporter(pledged.id);
    addSupporter(done.id);
    addSupporter(notSigned.id, { state: 'pending' });
    addSupporter(notSigned.id, { wants: 0 });
    addSupporter(notSigned.id, { erased: true });
    addSupporter(null);
    const bounced = addSupporter(notSigned.id);
    handleResendWebhook(
      db,
      SECRET,
      JSON.stringify({ type: 'email.bounced', data: { to: [bounced.email] } }),
      signed(JSON.stringify({ type: 'email.bounced', data: { to: [bounced.email] } })),
      now,
    );

    expect(countRecipients(db, { kind: 'everyone' })).toBe(4);
    expect(countRecipients(db, { kind: 'not-signed' })).toBe(2);
    expect(countRecipients(db, { kind: 'pledged' })).toBe(1);
    expect(countRecipients(db, { kind: 'region', region: done.region })).toBeGreaterThanOrEqual(1);
    const slug = db.prepare('SELECT slug FROM councils WHERE id = ?').pluck().get(pledged.id);
    expect(countRecipients(db, { kind: 'councils', councils: [slug as string] })).toBe(1);
  });

  it('asks for a region or councils when the group needs one', () => {
    const region = MailingFormSchema.safeParse({
      subject: 'S',
      body: 'B',
      segment: { kind: 'region', region: '' },
    });
    expect(region.error?.issues[0]?.message).toBe('Choose a region');
    const councils = MailingFormSchema.safeParse({
      subject: 'S',
      body: 'B',
      segment: { kind: 'councils', councils: [] },
    });
    expect(councils.error?.issues[0]?.message).toBe('Choose at least one council');
  });
});

describe('sending', () => {
  it('fixes the recipients in batches of 100 when sent, once, and records it', () => {
    const council = councilIn('not_signed');
    for (let i = 0; i < 250; i += 1) addSupporter(council.id);
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    expect(startMailing(db, id, userId, now)).toEqual({ kind: 'started', recipients: 250 });
    expect(startMailing(db, id, userId, now)).toEqual({ kind: 'not-draft' });
    const batches = db
      .prepare('SELECT batch, count(*) AS n FROM mailing_recipients GROUP BY batch ORDER BY batch')
      .all();
    expect(batches).toEqual([
      { batch: 0, n: 100 },
      { batch: 1, n: 100 },
      { batch: 2, n: 50 },
    ]);
    expect(
      db.prepare("SELECT detail FROM audit_log WHERE action = 'mailing.send'").pluck().get(),
    ).toBe(JSON.stringify({ mailing: id, recipients: 250 }));
  });

  it('sends nothing, and stays a draft, when the group is empty', () => {
    const id = createMailing(db, form({ kind: 'pledged' }), userId, now);
    db.prepare('DELETE FROM supporters').run();
    expect(startMailing(db, id, userId, now)).toEqual({ kind: 'nobody' });
    expect(findMailing(db, id)?.state).toBe('draft');
  });

  it('queues a test to the campaigner through the outbox', () => {
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    sendTestMailing(
      db,
      findMailing(db, id)!,
      { id: userId, email: 'campaigner@campaign.example' },
      {
        now,
        siteUrl: SITE,
      },
    );
    const test = db.prepare('SELECT to_address AS "to", subject FROM email_outbox').get();
    expect(test).toEqual({
      to: 'campaigner@campaign.example',
      subject: '[Test] Your council has not signed',
    });
    expect(db.prepare('SELECT count(*) FROM mailing_recipients').pluck().get()).toBe(0);
  });
});

describe('the sender', () => {
  let fake: FakeResend;
  beforeEach(async () => {
    fake = await startFakeResend({ apiKey: 'test' });
  });
  afterEach(() => fake.stop());

  const transport = (): Transport =>
    resendTransport({ apiKey: 'test', baseUrl: fake.url, from: 'c@example.org' });

  async function sendAll(through: Transport, until: () => boolean) {
    const sender = startMailingSender({
      db: () => db,
      transport: through,
      siteUrl: SITE,
      emailsPerSecond: 10_000,
      idleMs: 5,
      log: () => undefined,
    });
    await expect.poll(until, { timeout: 5_000, interval: 10 }).toBe(true);
    await sender.stop();
  }

  it('sends each recipient one personal email in batch requests, with one-click unsubscribe', async () => {
    const council = councilIn('not_signed');
    for (let i = 0; i < 249; i += 1) addSupporter(council.id);
    addSupporter(council.id, { firstName: '<b>Jo</b>' });
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    startMailing(db, id, userId, now);

    await sendAll(transport(), () => findMailing(db, id)?.state === 'sent');

    expect(fake.requests).toBe(3);
    expect(fake.deliveries).toHaveLength(250);
    expect(new Set(fake.deliveries.map((d) => d.to[0])).size).toBe(250);
    const jo = fake.deliveries.at(-1)!;
    expect(jo.html).toContain('Dear &lt;b&gt;Jo&lt;/b&gt;,');
    expect(jo.text).toContain('Dear <b>Jo</b>,');
    expect(jo.headers['List-Unsubscribe']).toBe(`<${SITE}/unsubscribe?key=unsubscribe-key-250>`);
    expect(jo.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(jo.html).toContain(`${SITE}/unsubscribe?key=unsubscribe-key-250`);
    expect(mailingProgress(db, id)).toEqual({
      total: 250,
      queued: 0,
      sent: 250,
      skipped: 0,
      failed: 0,
    });
  });

  it('reaches a supporter who gave no postcode when it goes to everyone', async () => {
    const nowhere = addSupporter(null);
    const inCouncil = addSupporter(councilIn('signed').id);
    addSupporter(null, { wants: 0 });
    const id = createMailing(db, form({ kind: 'everyone' }), userId, now);
    expect(startMailing(db, id, userId, now)).toEqual({ kind: 'started', recipients: 2 });

    await sendAll(transport(), () => findMailing(db, id)?.state === 'sent');

    expect(fake.deliveries.map((d) => d.to[0]).toSorted()).toEqual(
      [nowhere.email, inCouncil.email].toSorted(),
    );
  });

  it('skips only the address that bounced, in any letter case', async () => {
    const council = councilIn('not_signed');
    const kept = addSupporter(council.id);
    const bounced = addSupporter(council.id);
    const bounce = (address: string) => {
      const body = JSON.stringify({ type: 'email.bounced', data: { to: [address] } });
      handleResendWebhook(db, SECRET, body, signed(body), now);
    };
    // Another mailbox: a provider without plus-addressing bounces person1+tag@, not person1@.
    bounce(kept.email.replace('@', '+tag@'));
    expect(countRecipients(db, { kind: 'not-signed' })).toBe(2);
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    startMailing(db, id, userId, now);
    // Bounced after the mailing was sent, before its batch went.
    bounce(bounced.email.toUpperCase());

    await sendAll(transport(), () => findMailing(db, id)?.state === 'sent');

    expect(fake.deliveries.map((d) => d.to[0])).toEqual([kept.email]);
    expect(mailingProgress(db, id)).toMatchObject({ sent: 1, skipped: 1 });
  });

  it('in production sends nobody on a reserved domain, and marks them not sent', async () => {
    const council = councilIn('not_signed');
    const real = addSupporter(council.id, { email: 'sam@example.org.uk' });
    addSupporter(council.id, { email: 'jo@example.org' });
    addSupporter(council.id, { email: 'ana@cardiff.example' });
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    startMailing(db, id, userId, now);
    const production = transportFromEnv(
      readEnv({ NODE_ENV: 'production', RESEND_API_KEY: 'test', RESEND_API_URL: fake.url }),
    )!;

    await sendAll(production, () => findMailing(db, id)?.state === 'sent');

    expect(fake.deliveries.map((d) => d.to[0])).toEqual([real.email]);
    expect(mailingProgress(db, id)).toMatchObject({ sent: 1, failed: 2, skipped: 0 });
  });

  it('resends a batch whose answer was lost under the same key, delivering it once', async () => {
    const council = councilIn('not_signed');
    for (let i = 0; i < 150; i += 1) addSupporter(council.id);
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    startMailing(db, id, userId, now);
    const real = transport();
    let calls = 0;
    const losesFirstAnswer: Transport = {
      ...real,
      async sendBatch(messages, key) {
        calls += 1;
        const result = await real.sendBatch(messages, key);
        return calls === 1
          ? { ok: false, error: 'network: TimeoutError', permanent: false }
          : result;
      },
    };

    await sendAll(losesFirstAnswer, () => findMailing(db, id)?.state === 'sent');

    expect(fake.requests).toBe(3);
    expect(fake.deliveries).toHaveLength(150);
  });

  it('skips people who stopped campaign emails after it was sent, and holds a paused mailing', async () => {
    const council = councilIn('not_signed');
    const people = Array.from({ length: 5 }, () => addSupporter(council.id));
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    startMailing(db, id, userId, now);
    unsubscribe(db, people[0]!.key, now);
    setMailingPaused(db, id, true, userId, now);

    const sender = startMailingSender({
      db: () => db,
      transport: transport(),
      siteUrl: SITE,
      emailsPerSecond: 10_000,
      idleMs: 5,
      log: () => undefined,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.deliveries).toHaveLength(0);
    setMailingPaused(db, id, false, userId, now);
    await expect.poll(() => findMailing(db, id)?.state, { timeout: 5_000 }).toBe('sent');
    await sender.stop();

    expect(fake.deliveries.map((d) => d.to[0]).toSorted()).toEqual(
      people
        .slice(1)
        .map((p) => p.email)
        .toSorted(),
    );
    expect(mailingProgress(db, id)).toMatchObject({ sent: 4, skipped: 1 });
    expect(
      db
        .prepare("SELECT action FROM audit_log WHERE action LIKE 'mailing.%' ORDER BY id")
        .pluck()
        .all(),
    ).toEqual(['mailing.create', 'mailing.send', 'mailing.pause', 'mailing.resume']);
  });
});

describe('the Resend webhook', () => {
  const complaint = JSON.stringify({
    type: 'email.complained',
    created_at: now.toISOString(),
    data: { to: ['Someone@Example.org'], email_id: 'e1' },
  });
  const suppressed = () => db.prepare('SELECT address, reason FROM email_suppressions').all();

  it('suppresses a complaint once, however often it is delivered', () => {
    expect(handleResendWebhook(db, SECRET, complaint, signed(complaint), now)).toEqual({
      status: 200,
      suppressed: 1,
    });
    handleResendWebhook(db, SECRET, complaint, signed(complaint), now);
    expect(suppressed()).toEqual([{ address: 'Someone@Example.org', reason: 'complaint' }]);
  });

  it('refuses a wrong, missing or stale signature, and stores nothing', () => {
    const forged = signed(complaint);
    expect(
      handleResendWebhook(db, SECRET, complaint.replace('Someone', 'Other'), forged, now).status,
    ).toBe(400);
    expect(handleResendWebhook(db, SECRET, complaint, new Headers(), now).status).toBe(400);
    const old = new Date(Date.now() - 60 * 60_000);
    expect(
      handleResendWebhook(db, SECRET, complaint, signed(complaint, 'msg_2', old), now).status,
    ).toBe(400);
    expect(suppressed()).toEqual([]);
  });

  it('is closed when no secret is configured', () => {
    expect(handleResendWebhook(db, undefined, complaint, signed(complaint), now).status).toBe(503);
  });

  it('accepts and ignores events it does not act on', () => {
    const delivered = JSON.stringify({ type: 'email.delivered', data: { to: ['a@example.org'] } });
    expect(handleResendWebhook(db, SECRET, delivered, signed(delivered), now)).toEqual({
      status: 200,
      suppressed: 0,
    });
    expect(suppressed()).toEqual([]);
  });
});

describe('the email body', () => {
  it('shows HTML typed into the Markdown as text, and refuses script links', () => {
    const html = markdownToHtml(
      'Hello <script>alert(1)</script> and <img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('href="javascript:');
  });

  it('gives each link its address in the plain text', () => {
    expect(
      markdownToText(
        'Write to them **today**:\n\n- [Find your council](https://example.org/lobby)\n- See https://example.org/charter',
      ),
    ).toBe(
      'Write to them today:\n\n- Find your council (https://example.org/lobby)\n\n- See https://example.org/charter',
    );
  });
});
