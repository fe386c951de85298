import { statement, type Db } from '../db.ts';
import { deleteEmails } from '../email/outbox.ts';
import { signingEmailKeys } from '../email/keys.ts';

/** How long after its link expired a never-confirmed signing request is kept. */
const KEPT_AFTER_EXPIRY_DAYS = 7;

/**
 * Deletes signing requests whose link was never used, a week after it expired (the privacy page
 * says so), with the email that carried the link. Approved and rejected requests stay: they are
 * the record behind a public status.
 */
export function deleteExpiredSigningRequests(db: Db, now: Date): number {
  const cutoff = new Date(now.getTime() - KEPT_AFTER_EXPIRY_DAYS * 86_400_000).toISOString();
  return db.transaction(() => {
    const expired = statement(
      db,
      `SELECT id FROM signing_requests WHERE state = 'unverified' AND verify_expires_at < ?`,
    )
      .pluck()
      .all(cutoff) as number[];
    deleteEmails(db, expired.map(signingEmailKeys.verify));
    return statement(
      db,
      `DELETE FROM signing_requests WHERE state = 'unverified' AND verify_expires_at < ?`,
    ).run(cutoff).changes;
  })();
}
