import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeResend, type FakeResend } from '../../../tests/fakes/resend.ts';
import type { Db } from '../db.ts';
import { providerBudget } from '../email/provider-budget.ts';
import { resendTransport, transportFromEnv, type Transport } from '../email/transport.ts';
import { readEnv } from '../env.ts';
import { unsubscribe } from '../pledges/pledge.ts';
import {
  createMailing,
  findMailing,
  mailingProgress,
  setMailingPaused,
  startMailing,
} from './mailings.ts';
import { countRecipients } from './segments.ts';
import { startMailingSender } from './sender.ts';
import {
  now,
  SITE,
  openMailingDatabase,
  councilIn,
  addSupporter,
  form,
  reportBounce,
} from './testing.ts';

describe('the sender', () => {
  let db: Db;
  let userId: number;
  let fake: FakeResend;
  beforeEach(async () => {
    ({ db, userId } = openMailingDatabase());
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
    const council = councilIn(db, 'not_signed');
    for (let i = 0; i < 249; i += 1) addSupporter(db, council.id);
    addSupporter(db, council.id, { firstName: '<b>Jo</b>' });
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    await startMailing(db, id, userId, now);

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

  it('gives way while transactional email is due, sharing the provider with the outbox', async () => {
    addSupporter(db, councilIn(db, 'not_signed').id);
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    await startMailing(db, id, userId, now);
    const budget = providerBudget();
    // The outbox has confirmations due: the campaign waits.
    budget.setTransactionalWaiting(true);
    const sender = startMailingSender({
      db: () => db,
      transport: transport(),
      siteUrl: SITE,
      emailsPerSecond: 10_000,
      idleMs: 5,
      budget,
      log: () => undefined,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.requests).toBe(0);
    budget.setTransactionalWaiting(false);
    await expect.poll(() => findMailing(db, id)?.state, { timeout: 5_000 }).toBe('sent');
    await sender.stop();
    expect(fake.deliveries).toHaveLength(1);
  });

  it('reaches a supporter who gave no postcode when it goes to everyone', async () => {
    const nowhere = addSupporter(db, null);
    const inCouncil = addSupporter(db, councilIn(db, 'signed').id);
    addSupporter(db, null, { wants: 0 });
    const id = createMailing(db, form({ kind: 'everyone' }), userId, now);
    expect(await startMailing(db, id, userId, now)).toEqual({ kind: 'started', recipients: 2 });

    await sendAll(transport(), () => findMailing(db, id)?.state === 'sent');

    expect(fake.deliveries.map((d) => d.to[0]).toSorted()).toEqual(
      [nowhere.email, inCouncil.email].toSorted(),
    );
  });

  it('skips only the address that bounced, in any letter case', async () => {
    const council = councilIn(db, 'not_signed');
    const kept = addSupporter(db, council.id);
    const bounced = addSupporter(db, council.id);
    const bounce = (address: string) => reportBounce(db, address);
    // Another mailbox: a provider without plus-addressing bounces person1+tag@, not person1@.
    bounce(kept.email.replace('@', '+tag@'));
    expect(await countRecipients(db, { kind: 'not-signed' })).toBe(2);
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    await startMailing(db, id, userId, now);
    // Bounced after the mailing was sent, before its batch went.
    bounce(bounced.email.toUpperCase());

    await sendAll(transport(), () => findMailing(db, id)?.state === 'sent');

    expect(fake.deliveries.map((d) => d.to[0])).toEqual([kept.email]);
    expect(mailingProgress(db, id)).toMatchObject({ sent: 1, skipped: 1 });
  });

  it('in production sends nobody on a reserved domain, and marks them not sent', async () => {
    const council = councilIn(db, 'not_signed');
    const real = addSupporter(db, council.id, { email: 'sam@example.org.uk' });
    addSupporter(db, council.id, { email: 'jo@example.org' });
    addSupporter(db, council.id, { email: 'ana@cardiff.example' });
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    await startMailing(db, id, userId, now);
    const production = transportFromEnv(
      readEnv({ NODE_ENV: 'production', RESEND_API_KEY: 'test', RESEND_API_URL: fake.url }),
    )!;

    await sendAll(production, () => findMailing(db, id)?.state === 'sent');

    expect(fake.deliveries.map((d) => d.to[0])).toEqual([real.email]);
    expect(mailingProgress(db, id)).toMatchObject({ sent: 1, failed: 2, skipped: 0 });
  });

  it('resends a batch whose answer was lost under the same key, delivering it once', async () => {
    const council = councilIn(db, 'not_signed');
    for (let i = 0; i < 150; i += 1) addSupporter(db, council.id);
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    await startMailing(db, id, userId, now);
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
    const council = councilIn(db, 'not_signed');
    const people = Array.from({ length: 5 }, () => addSupporter(db, council.id));
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    await startMailing(db, id, userId, now);
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
