import { MANAGE_GIFT_TEMPLATE, manageGiftEmail } from './emails.tsx';
import { enqueueEmail, withinRecipientLimit } from '../email/outbox.ts';
import { statement, type Db } from '../db.ts';
import { hashToken, isTokenShaped, newToken } from '../tokens.ts';
import { MANAGE_LINK_DAYS } from './link-lifetimes.ts';

/** A new link for a monthly donor (a Stripe customer) to manage their gift. */
export function createManageLink(db: Db, customerId: string, siteUrl: string, now: Date): string {
  const token = newToken();
  statement(
    db,
    'INSERT INTO donation_manage_links (token_hash, stripe_customer_id, expires_at) VALUES (?, ?, ?)',
  ).run(
    hashToken(token),
    customerId,
    new Date(now.getTime() + MANAGE_LINK_DAYS * 86_400_000).toISOString(),
  );
  return `${siteUrl}/donate/manage?token=${token}`;
}

export interface ManagedGift {
  customerId: string;
  /** The donor's monthly gifts still running, in pence each. */
  activeAmounts: number[];
}

/** The gifts a manage link is for, or undefined when the link is unknown or expired. */
export function findManagedGift(db: Db, token: string, now: Date): ManagedGift | undefined {
  if (!isTokenShaped(token)) return undefined;
  const customerId = statement(
    db,
    'SELECT stripe_customer_id FROM donation_manage_links WHERE token_hash = ? AND expires_at > ?',
  )
    .pluck()
    .get(hashToken(token), now.toISOString()) as string | undefined;
  if (!customerId) return undefined;
  const activeAmounts = statement(
    db,
    `SELECT amount_pence FROM donation_subscriptions
     WHERE stripe_customer_id = ? AND state = 'active' ORDER BY started_at`,
  )
    .pluck()
    .all(customerId) as number[];
  return { customerId, activeAmounts };
}

/**
 * Emails a manage link to someone who asks, if the address gives monthly (and has not had its
 * emails for the day). Whether it does is never shown on the page, so the form cannot be used to
 * find out who gives.
 */
export function requestManageLink(db: Db, email: string, siteUrl: string, now: Date): void {
  const customerId = statement(
    db,
    `SELECT s.stripe_customer_id FROM donation_subscriptions AS s
     JOIN donation_checkouts AS c ON c.id = s.checkout_id
     WHERE lower(c.email) = lower(?) AND s.state = 'active' ORDER BY s.started_at DESC LIMIT 1`,
  )
    .pluck()
    .get(email) as string | undefined;
  if (!customerId || !withinRecipientLimit(db, email, [MANAGE_GIFT_TEMPLATE])) return;
  db.transaction(() => {
    const url = createManageLink(db, customerId, siteUrl, now);
    enqueueEmail(
      db,
      `donation-manage:${hashToken(url).slice(0, 32)}`,
      manageGiftEmail(email, url, MANAGE_LINK_DAYS),
    );
  })();
}
