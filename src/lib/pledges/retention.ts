import { statement, type Db } from '../db.ts';
import { deleteEmails } from '../email/outbox.ts';
import { signingEmailKeys } from '../email/keys.ts';
import { pledgeEmailKeys } from '../email/keys.ts';

/** Pledges never confirmed are deleted after this long (the privacy page says so). */
export const UNCONFIRMED_RETENTION_DAYS = 30;

/**
 * Deletes every email about a pledge, sent or not: its confirmations, "you're already in" notes
 * and "your council has signed". For the rules that remove a pledge or its personal details.
 */
export function deletePledgeEmails(db: Db, pledge: { id: number; councilId: number | null }) {
  deleteEmails(db, [
    pledgeEmailKeys.confirmation(pledge.id, '*'),
    pledgeEmailKeys.alreadyIn(pledge.id, '*'),
    ...(pledge.councilId === null
      ? []
      : [signingEmailKeys.councilSigned(pledge.councilId, pledge.id)]),
  ]);
}

/**
 * Deletes pledges that were never confirmed, with their consent records and every email about
 * them. They were never counted, so no total changes. Returns how many were deleted.
 */
export function deleteUnconfirmedPledges(db: Db, now: Date): number {
  const cutoff = new Date(now.getTime() - UNCONFIRMED_RETENTION_DAYS * 86_400_000).toISOString();
  return db.transaction(() => {
    const pledges = statement(
      db,
      `SELECT id, council_id AS councilId FROM supporters WHERE state = 'pending' AND created_at < ?`,
    ).all(cutoff) as { id: number; councilId: number | null }[];
    for (const pledge of pledges) deletePledgeEmails(db, pledge);
    return statement(db, `DELETE FROM supporters WHERE state = 'pending' AND created_at < ?`).run(
      cutoff,
    ).changes;
  })();
}

/**
 * Forgets who asked for a link to download or delete their data once the link has expired, with
 * the email that carried it; the request stays, anonymous, with what was done and when (the
 * privacy page says so). Returns how many were forgotten.
 */
export function forgetExpiredPrivacyRequests(db: Db, now: Date): number {
  return db.transaction(() => {
    const expired = statement(
      db,
      'SELECT token_hash FROM privacy_requests WHERE email_key IS NOT NULL AND expires_at <= ?',
    )
      .pluck()
      .all(now.toISOString()) as string[];
    deleteEmails(db, expired.map(pledgeEmailKeys.privacyLink));
    statement(
      db,
      'UPDATE privacy_requests SET email_key = NULL WHERE email_key IS NOT NULL AND expires_at <= ?',
    ).run(now.toISOString());
    return expired.length;
  })();
}

/** How long a pledge keeps the network it came from (the privacy page says so). */
export const NETWORK_RETENTION_DAYS = 30;

/** Forgets the networks of pledges older than that. Returns how many were cleared. */
export function forgetOldNetworks(db: Db, now: Date): number {
  const cutoff = new Date(now.getTime() - NETWORK_RETENTION_DAYS * 86_400_000).toISOString();
  return statement(
    db,
    `UPDATE supporters SET source_network = NULL
     WHERE source_network IS NOT NULL AND created_at < ?`,
  ).run(cutoff).changes;
}
