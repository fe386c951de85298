import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { startFakeResend, type FakeResend } from '../../../tests/fakes/resend.ts';
import { confirmPledge } from '../pledges/pledge.ts';
import { findLiveTokens } from '../database-scans.ts';
import { openSeededDatabase, pledgeForTest } from '../site/testing.ts';
import { enqueueEmail, recentEmails } from './outbox.ts';
import { devTransport, resendTransport, type Transport } from './transport.ts';
import { message, runOutboxOnce } from './testing.ts';

describe('an email that has left the outbox', () => {
  let fake: FakeResend | undefined;
  afterEach(() => fake?.stop());

  /** A supporter's confirmation and an email with their one-click unsubscribe key, sent. */
  async function sendThrough(transport: (url: string) => Transport) {
    fake = await startFakeResend({ apiKey: 'right' });
    const db = openSeededDatabase();
    pledgeForTest(db, { email: 'jo@example.org', now: new Date() });
    const stop = `https://example.org.uk/unsubscribe?key=${String(
      db.prepare('SELECT unsubscribe_key FROM supporters').pluck().get(),
    )}`;
    enqueueEmail(db, 'council-signed:1:1', {
      ...message,
      text: `Stop these emails: ${stop}`,
      headers: { 'List-Unsubscribe': `<${stop}>` },
    });
    await runOutboxOnce(db, transport(fake.url));
    return db;
  }
  const outbox = (db: Db) =>
    db
      .prepare(
        `SELECT template, to_address AS "to", subject, state, provider_id AS providerId, html,
                text, headers, sent_at IS NOT NULL AS hasSentAt
         FROM email_outbox ORDER BY id`,
      )
      .all();

  it('keeps what support needs once sent, and no link that works', async () => {
    const db = await sendThrough((url) =>
      resendTransport({ apiKey: 'right', baseUrl: url, from: 'c@example.org' }),
    );
    expect(outbox(db)).toEqual([
      {
        template: 'confirm-pledge',
        to: 'jo@example.org',
        subject: 'Please confirm your pledge to make runaways safe',
        state: 'sent',
        providerId: 'fake-1',
        html: '',
        text: '',
        headers: '{}',
        hasSentAt: 1,
      },
      expect.objectContaining({ state: 'sent', text: '', headers: '{}' }),
    ]);
    expect(findLiveTokens(db)).toMatchObject({ rows: 2, live: [] });
    // The supporter's own copy still works.
    const token = /token=([\w-]+)/.exec(fake!.deliveries[0]!.text)![1]!;
    expect(confirmPledge(db, token, new Date()).kind).toBe('confirmed');
  });

  it('keeps no link once given up', async () => {
    const db = await sendThrough((url) =>
      resendTransport({ apiKey: 'wrong', baseUrl: url, from: 'c@example.org' }),
    );
    expect(outbox(db)).toEqual([
      expect.objectContaining({ state: 'dead', html: '', text: '', headers: '{}' }),
      expect.objectContaining({ state: 'dead', html: '', text: '', headers: '{}' }),
    ]);
    expect(findLiveTokens(db)).toMatchObject({ rows: 2, live: [] });
  });

  it('stays readable at /dev/outbox in development, where nothing is delivered', async () => {
    const db = await sendThrough(() => devTransport);
    const [signed, confirmation] = recentEmails(db, 50);
    expect(confirmation).toMatchObject({ state: 'sent', template: 'confirm-pledge' });
    expect(confirmation!.text).toMatch(/\/pledge\/confirm\?token=[\w-]{43}/);
    expect(signed!.text).toContain('/unsubscribe?key=');
  });
});
