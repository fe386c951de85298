import { statement, type Db } from '../db.ts';

/** Sent letters, with their writers' details, are kept this long (the privacy page says so). */
export const SENT_LETTER_RETENTION_DAYS = 365;

/**
 * Deletes letters never confirmed once their link has expired, and sent letters after a year.
 * The public tallies are kept apart, in `letter_counts`, so no count changes. Returns how many
 * letters were deleted.
 */
export function deleteStaleLetters(db: Db, now: Date): number {
  const yearAgo = new Date(now.getTime() - SENT_LETTER_RETENTION_DAYS * 86_400_000);
  return statement(
    db,
    `DELETE FROM letters WHERE (state != 'sent' AND expires_at < ?) OR (state = 'sent' AND send_on < ?)`,
  ).run(now.toISOString(), yearAgo.toISOString().slice(0, 10)).changes;
}
