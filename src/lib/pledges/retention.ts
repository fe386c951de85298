import { statement, type Db } from '../db.ts';

/** Pledges never confirmed are deleted after this long (the privacy page says so). */
export const UNCONFIRMED_RETENTION_DAYS = 30;

/**
 * Deletes pledges that were never confirmed, with their consent records and the emails queued to
 * them. They were never counted, so no total changes. Returns how many were deleted.
 */
export function deleteUnconfirmedPledges(db: Db, now: Date): number {
  const cutoff = new Date(now.getTime() - UNCONFIRMED_RETENTION_DAYS * 86_400_000).toISOString();
  return db.transaction(() => {
    statement(
      db,
      `DELETE FROM email_outbox WHERE to_address IN (
         SELECT email FROM supporters WHERE state = 'pending' AND created_at < ?)`,
    ).run(cutoff);
    return statement(db, `DELETE FROM supporters WHERE state = 'pending' AND created_at < ?`).run(
      cutoff,
    ).changes;
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
