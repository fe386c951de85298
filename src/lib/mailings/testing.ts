import { Webhook } from 'svix';
import type { Db } from '../db.ts';
import { MailingFormSchema } from './schema.ts';
import { handleResendWebhook } from '../email/suppressions.ts';
import { openDatabaseWithAccount } from '../admin/testing.ts';

/* For the mailing tests: a campaigner, supporters in councils of each status, signed webhooks. */

export const now = new Date('2026-11-25T10:00:00Z');
export const SITE = 'https://example.org.uk';
export const SECRET = `whsec_${Buffer.from('a test secret of enough length!!').toString('base64')}`;

let serial = 0;

/** A seeded database with one campaigner account, whose id is `userId`. */
export function openMailingDatabase(): { db: Db; userId: number } {
  serial = 0;
  const { db, adminId } = openDatabaseWithAccount('campaigner@campaign.example', 'campaigner', now);
  return { db, userId: adminId };
}

/** A council in each state: signed and not from the seed; one of the others pledges. */
export function councilIn(
  db: Db,
  status: 'signed' | 'pledged' | 'not_signed',
): { id: number; region: string } {
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

export function addSupporter(
  db: Db,
  councilId: number | null,
  changes: {
    state?: string;
    wants?: 0 | 1;
    erased?: boolean;
    firstName?: string;
    email?: string;
    language?: 'en' | 'cy';
  } = {},
): { id: number; email: string; key: string } {
  serial += 1;
  const email = changes.email ?? `person${serial}@example.org`;
  const key = `unsubscribe-key-${serial}`;
  const id = db
    .prepare(
      `INSERT INTO supporters (email, email_key, first_name, last_name, council_id, state,
         wants_campaign_emails, unsubscribe_key, erased_at, language)
       VALUES (?, ?, ?, 'Lee', ?, ?, ?, ?, ?, ?)`,
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
      changes.language ?? 'en',
    ).lastInsertRowid as number;
  return { id, email, key };
}

export const form = (
  segment: unknown,
  body = 'Please write to your council this week.',
  welsh?: { welshSubject: string; welshBody: string },
) => MailingFormSchema.parse({ subject: 'Your council has not signed', body, segment, ...welsh });

// svix checks the timestamp against the clock, so signatures use the real time.
export function signed(body: string, id = 'msg_1', at = new Date()) {
  const headers = new Headers({
    'svix-id': id,
    'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
    'svix-signature': new Webhook(SECRET).sign(id, at, body),
  });
  return headers;
}

/** Resend reports that an email to this address bounced, signed as Resend signs its webhooks. */
export function reportBounce(db: Db, address: string) {
  const body = JSON.stringify({ type: 'email.bounced', data: { to: [address] } });
  return handleResendWebhook(db, SECRET, body, signed(body), now);
}
