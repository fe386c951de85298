import { statement, type Db } from '../db.ts';
import { deleteEmails, deleteEmailsQueuedBefore } from '../email/outbox.ts';
import { receiptEmailKey } from '../email/keys.ts';
import { MANAGE_LINK_DAYS } from './link-lifetimes.ts';

const DAY = 86_400_000;

/** An unpaid checkout is kept this long, for someone who comes back to finish; then forgotten. */
export const ABANDONED_CHECKOUT_DAYS = 7;

/**
 * HMRC asks charities to keep Gift Aid records for six years after the accounting period; we
 * keep donors' details for seven years after their last payment, then forget who they were.
 */
export const DONOR_RECORD_YEARS = 7;

/** Deletes checkouts never paid, with their Gift Aid declarations. */
export function deleteAbandonedCheckouts(db: Db, now: Date): number {
  return statement(
    db,
    `DELETE FROM donation_checkouts AS c
     WHERE c.state = 'open' AND c.created_at < ?
       AND NOT EXISTS (SELECT 1 FROM donations AS d WHERE d.checkout_id = c.id)
       AND NOT EXISTS (SELECT 1 FROM donation_subscriptions AS s WHERE s.checkout_id = c.id)`,
  ).run(new Date(now.getTime() - ABANDONED_CHECKOUT_DAYS * DAY).toISOString()).changes;
}

/**
 * Removes the email address and Gift Aid details of donors whose last payment is older than
 * DONOR_RECORD_YEARS and who no longer give monthly, with the receipts sent to them. The amounts
 * stay, anonymous, for the totals.
 */
export function forgetOldDonors(db: Db, now: Date): number {
  const cutoff = new Date(now.getTime() - DONOR_RECORD_YEARS * 365.25 * DAY).toISOString();
  return db.transaction(() => {
    const old = statement(
      db,
      `SELECT c.id FROM donation_checkouts AS c
       WHERE c.email IS NOT NULL AND c.state = 'completed'
         AND coalesce((SELECT max(d.paid_at) FROM donations AS d WHERE d.checkout_id = c.id),
                      c.created_at) < ?
         AND NOT EXISTS (SELECT 1 FROM donation_subscriptions AS s
                         WHERE s.checkout_id = c.id AND s.state = 'active')`,
    )
      .pluck()
      .all(cutoff) as number[];
    for (const id of old) {
      const payments = statement(db, 'SELECT id FROM donations WHERE checkout_id = ?')
        .pluck()
        .all(id) as number[];
      deleteEmails(db, payments.map(receiptEmailKey));
      statement(db, 'DELETE FROM gift_aid_declarations WHERE checkout_id = ?').run(id);
      statement(db, 'UPDATE donation_checkouts SET email = NULL WHERE id = ?').run(id);
    }
    return old.length;
  })();
}

/**
 * Forgets links to manage a monthly gift once they have expired, and the emails sent with nothing
 * but such a link (each link lasts MANAGE_LINK_DAYS from the moment its email is queued; a
 * receipt's link goes with the receipt). Returns how many links were forgotten.
 */
export function deleteExpiredManageLinks(db: Db, now: Date): number {
  return db.transaction(() => {
    deleteEmailsQueuedBefore(
      db,
      'donation-manage-link',
      new Date(now.getTime() - MANAGE_LINK_DAYS * DAY),
    );
    return statement(db, 'DELETE FROM donation_manage_links WHERE expires_at <= ?').run(
      now.toISOString(),
    ).changes;
  })();
}
