import { statement, type Db } from '../db.ts';
import { forgetReferrals } from './referrals.ts';

/**
 * Blanks a supporter's row: who they were (name, email, postcode, the network they pledged from)
 * goes, and the row stays, anonymous, so the counts it is part of stay true. `erased` is someone
 * who asked to be forgotten; `invalidated` a pledge the team removed as fake, which also leaves
 * every count. Their consent records keep when consent was given and are marked withdrawn; their
 * share code stops working, and no one's pledge stays tied to theirs (forgetReferrals). The
 * one way a supporter is blanked, so that erasure and invalidation cannot drift apart.
 */
export function anonymiseSupporter(
  db: Db,
  supporterId: number,
  why: 'erased' | 'invalidated',
  now: Date,
): void {
  const at = now.toISOString();
  statement(
    db,
    `UPDATE supporters SET email = NULL, first_name = NULL, last_name = NULL, postcode = NULL,
       email_key = ? || ':' || id, wants_campaign_emails = 0, confirm_token_hash = NULL,
       source_network = NULL, erased_at = ?,
       invalidated_at = CASE WHEN ? = 'invalidated' THEN ? ELSE invalidated_at END
     WHERE id = ?`,
  ).run(why, at, why, at, supporterId);
  forgetReferrals(db, supporterId);
  statement(
    db,
    'UPDATE consent_records SET withdrawn_at = coalesce(withdrawn_at, ?) WHERE supporter_id = ?',
  ).run(at, supporterId);
}
