import { statement, type Db } from '../db.ts';

/** How long after its link expired a never-confirmed signing request is kept. */
const KEPT_AFTER_EXPIRY_DAYS = 7;

/**
 * Deletes signing requests whose link was never used, a week after it expired (the privacy page
 * says so). Approved and rejected requests stay: they are the record behind a public status.
 */
export function deleteExpiredSigningRequests(db: Db, now: Date): number {
  return statement(
    db,
    `DELETE FROM signing_requests WHERE state = 'unverified' AND verify_expires_at < ?`,
  ).run(new Date(now.getTime() - KEPT_AFTER_EXPIRY_DAYS * 86_400_000).toISOString()).changes;
}
