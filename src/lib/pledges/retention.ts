import { statement, type Db } from '../db.ts';
import { deleteEmails } from '../email/outbox.ts';
import { signingEmailKeys } from '../email/keys.ts';
import { pledgeEmailKeys } from '../email/keys.ts';
import { inChunks } from '../chunks.ts';

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
 * them. They were never counted, so no total changes. In chunks of bounded time (inChunks): after
 * a flood there may be 100,000 of them, and each chunk stands alone, so a run stopped half way
 * leaves the rest for the next hour's. Returns how many were deleted.
 */
export function deleteUnconfirmedPledges(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - UNCONFIRMED_RETENTION_DAYS * 86_400_000).toISOString();
  const step = db.transaction((limit: number) => {
    const pledges = statement(
      db,
      `SELECT id, council_id AS councilId FROM supporters
       WHERE state = 'pending' AND created_at < ? LIMIT ?`,
    ).all(cutoff, limit) as { id: number; councilId: number | null }[];
    const remove = statement(db, 'DELETE FROM supporters WHERE id = ?');
    for (const pledge of pledges) {
      deletePledgeEmails(db, pledge);
      remove.run(pledge.id);
    }
    return pledges.length;
  });
  return inChunks((limit) => step.immediate(limit));
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

/**
 * Forgets the networks of pledges older than that, in chunks of bounded time (the first run at a
 * million supporters clears most of them). Each chunk looks only at pledges that still have a
 * network (the partial index on it): by when they were made, SQLite's own choice, every chunk
 * would walk again past the rows the chunks before it cleared. Returns how many were cleared.
 */
export function forgetOldNetworks(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - NETWORK_RETENTION_DAYS * 86_400_000).toISOString();
  const step = db.transaction(
    (limit: number) =>
      statement(
        db,
        `UPDATE supporters SET source_network = NULL WHERE id IN (
           SELECT id FROM supporters INDEXED BY supporters_by_network
           WHERE source_network IS NOT NULL AND created_at < ? LIMIT ?)`,
      ).run(cutoff, limit).changes,
  );
  return inChunks((limit) => step.immediate(limit));
}
