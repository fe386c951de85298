import { statement, type Db } from '../db.ts';
import { deleteEmails, deleteEmailsQueuedBefore } from '../email/outbox.ts';
import { letterEmailKeys } from '../email/keys.ts';

/** Sent letters, with their writers' details, are kept this long (the privacy page says so). */
export const SENT_LETTER_RETENTION_DAYS = 365;

/**
 * Deletes letters never confirmed once their link has expired, and sent letters after a year,
 * with every email each caused: its confirmation, the councillors' copies (Reply-To the writer),
 * the writer's copy, the follow-up and any "too soon" notes about it. The public tallies are kept apart, in `letter_counts`, so
 * no count changes. Returns how many letters were deleted.
 */
export function deleteStaleLetters(db: Db, now: Date): number {
  const yearAgo = new Date(now.getTime() - SENT_LETTER_RETENTION_DAYS * 86_400_000);
  return db.transaction(() => {
    const stale = statement(
      db,
      `SELECT id, confirm_token_hash AS tokenHash FROM letters
       WHERE (state IN ('pending', 'expired') AND expires_at < ?) OR (state = 'sent' AND send_on < ?)`,
    ).all(now.toISOString(), yearAgo.toISOString().slice(0, 10)) as {
      id: number;
      tokenHash: string;
    }[];
    for (const letter of stale) {
      deleteEmails(db, [
        letterEmailKeys.confirmation(letter.tokenHash),
        letterEmailKeys.toTarget(letter.id, '*'),
        // Copies once had one key per letter; now one each time the letter goes.
        `letter-copy:${letter.id}`,
        letterEmailKeys.copy(letter.id, '*'),
        letterEmailKeys.heldExpired(letter.id),
        letterEmailKeys.followUp(letter.id),
        letterEmailKeys.tooSoon(letter.id, '*'),
      ]);
      statement(db, 'DELETE FROM letters WHERE id = ?').run(letter.id);
    }
    // A digest holds a busy day's letters to one person; it goes with the oldest of them.
    deleteEmailsQueuedBefore(db, 'letter-digest', yearAgo);
    return stale.length;
  })();
}

/**
 * Held letters whose HELD_LETTER_DAYS are up with nobody checked to receive them: they will never
 * go. Their writers' emails saying so were queued for this moment when they were held; retention
 * deletes the letters once their links are past. Returns how many expired.
 */
export function expireHeldLetters(db: Db, now: Date): number {
  return statement(
    db,
    `UPDATE letters SET state = 'expired' WHERE state = 'held' AND held_until <= ?`,
  ).run(now.toISOString()).changes;
}
