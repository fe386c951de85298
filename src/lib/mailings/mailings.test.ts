import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { markdownToHtml, markdownToText } from './email.tsx';
import { createMailing, findMailing, sendTestMailing, startMailing } from './mailings.ts';
import { MailingFormSchema } from './schema.ts';
import { countRecipients } from './segments.ts';
import { handleResendWebhook } from '../email/suppressions.ts';
import {
  now,
  SITE,
  SECRET,
  openMailingDatabase,
  councilIn,
  addSupporter,
  form,
  signed,
  reportBounce,
} from './testing.ts';

let db: Db;
let userId: number;

beforeEach(() => {
  ({ db, userId } = openMailingDatabase());
});

describe('who a mailing reaches', () => {
  it('counts only confirmed supporters who want campaign emails and can be sent to', async () => {
    const notSigned = councilIn(db, 'not_signed');
    const pledged = councilIn(db, 'pledged');
    const done = councilIn(db, 'signed');
    addSupporter(db, notSigned.id);
    addSupporter(db, pledged.id);
    addSupporter(db, done.id);
    addSupporter(db, notSigned.id, { state: 'pending' });
    addSupporter(db, notSigned.id, { wants: 0 });
    addSupporter(db, notSigned.id, { erased: true });
    addSupporter(db, null);
    const bounced = addSupporter(db, notSigned.id);
    reportBounce(db, bounced.email);

    expect(await countRecipients(db, { kind: 'everyone' })).toBe(4);
    expect(await countRecipients(db, { kind: 'not-signed' })).toBe(2);
    expect(await countRecipients(db, { kind: 'pledged' })).toBe(1);
    expect(
      await countRecipients(db, { kind: 'region', region: done.region }),
    ).toBeGreaterThanOrEqual(1);
    const slug = db.prepare('SELECT slug FROM councils WHERE id = ?').pluck().get(pledged.id);
    expect(await countRecipients(db, { kind: 'councils', councils: [slug as string] })).toBe(1);
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
  it('fixes the recipients in batches of 100 when sent, once, and records it', async () => {
    const council = councilIn(db, 'not_signed');
    for (let i = 0; i < 250; i += 1) addSupporter(db, council.id);
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    expect(await startMailing(db, id, userId, now)).toEqual({ kind: 'started', recipients: 250 });
    expect(await startMailing(db, id, userId, now)).toEqual({ kind: 'not-draft' });
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

  it('starts afresh after a start that was stopped half way, and sends nothing until done', async () => {
    const council = councilIn(db, 'not_signed');
    for (let i = 0; i < 150; i += 1) addSupporter(db, council.id);
    const id = createMailing(db, form({ kind: 'not-signed' }), userId, now);
    // What a crash mid-way leaves: some recipients fixed, one of them since gone from the group.
    const ids = db.prepare('SELECT id FROM supporters ORDER BY id').pluck().all() as number[];
    const left = db.prepare(
      'INSERT INTO mailing_recipients (mailing_id, supporter_id, batch) VALUES (?, ?, 0)',
    );
    for (const supporter of ids.slice(0, 40)) left.run(id, supporter);
    db.prepare('UPDATE supporters SET wants_campaign_emails = 0 WHERE id = ?').run(ids[0]);
    expect(findMailing(db, id)?.state).toBe('draft');

    expect(await startMailing(db, id, userId, now)).toEqual({ kind: 'started', recipients: 149 });
    const fixed = db
      .prepare('SELECT supporter_id FROM mailing_recipients WHERE mailing_id = ? ORDER BY 1')
      .pluck()
      .all(id);
    expect(fixed).toEqual(ids.slice(1));
  });

  it('sends nothing, and stays a draft, when the group is empty', async () => {
    const id = createMailing(db, form({ kind: 'pledged' }), userId, now);
    db.prepare('DELETE FROM supporters').run();
    expect(await startMailing(db, id, userId, now)).toEqual({ kind: 'nobody' });
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
