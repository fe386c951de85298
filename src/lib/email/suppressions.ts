import { Webhook } from 'svix';
import { z } from 'zod';
import { statement, type Db } from '../db.ts';

export type SuppressionReason = 'bounce' | 'complaint';

/**
 * No campaign email goes to this address again (the first reason given is kept). Only this
 * address, in any letter case: person+tag@ and person@ are different mailboxes wherever the
 * provider does not do plus-addressing, so one bouncing says nothing of the other.
 */
export function suppress(db: Db, address: string, reason: SuppressionReason, now: Date): void {
  statement(
    db,
    `INSERT INTO email_suppressions (address, reason, at) VALUES (?, ?, ?)
     ON CONFLICT (address) DO NOTHING`,
  ).run(address.trim(), reason, now.toISOString());
}

/**
 * SQL that is true when campaign email may go to the supporter row named `supporter` (a table
 * alias): their pledge is confirmed, they asked for campaign emails and have not stopped them,
 * they have not been erased, and no bounce or complaint stops email to their address. The one
 * rule every list of campaign email's recipients asks, and the sender asks again before each batch.
 */
export function mayEmail(supporter: string): string {
  return `${supporter}.state = 'confirmed' AND ${supporter}.wants_campaign_emails = 1
    AND ${supporter}.erased_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM email_suppressions AS x WHERE x.address = ${supporter}.email)`;
}

// Only what we act on; Resend sends more (and more events), which we accept and ignore.
const ResendEventSchema = z.object({
  type: z.string(),
  data: z.object({ to: z.union([z.string(), z.array(z.string())]) }).partial(),
});

/** Which Resend events stop campaign email: a bounce (Resend reports only permanent ones) or a spam complaint. */
const SUPPRESSING: Record<string, SuppressionReason> = {
  'email.bounced': 'bounce',
  'email.complained': 'complaint',
};

export type WebhookOutcome =
  | { status: 200; suppressed: number }
  | { status: 400; error: string }
  | { status: 503; error: string };

/**
 * A call to the Resend webhook: its signature (svix: id, timestamp within five minutes, HMAC of
 * the raw body) is checked before anything is read, then bounces and complaints are suppressed.
 * A replayed event changes nothing, since suppressing twice keeps the first.
 */
export function handleResendWebhook(
  db: Db,
  secret: string | undefined,
  body: string,
  headers: Headers,
  now: Date,
): WebhookOutcome {
  if (!secret) return { status: 503, error: 'The webhook is not configured.' };
  try {
    new Webhook(secret).verify(body, {
      'svix-id': headers.get('svix-id') ?? '',
      'svix-timestamp': headers.get('svix-timestamp') ?? '',
      'svix-signature': headers.get('svix-signature') ?? '',
    });
  } catch {
    return { status: 400, error: 'The signature is missing or wrong.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { status: 400, error: 'The body is not JSON.' };
  }
  const event = ResendEventSchema.safeParse(json);
  if (!event.success) return { status: 400, error: 'The body is not a Resend event.' };
  const reason = SUPPRESSING[event.data.type];
  const to = event.data.data.to ?? [];
  const addresses = (Array.isArray(to) ? to : [to]).filter((a) => a.includes('@'));
  if (!reason) return { status: 200, suppressed: 0 };
  db.transaction(() => {
    for (const address of addresses) suppress(db, address, reason, now);
  })();
  return { status: 200, suppressed: addresses.length };
}
