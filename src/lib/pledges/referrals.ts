import { statement, type Db } from '../db.ts';
import { readAll } from '../readers/reader.ts';
import { newShareCode, type ShareChannel } from '../sharing/share-code.ts';
import { COUNTED_PLEDGE } from './counts.ts';

/**
 * The supporter's share code, made the first time they need one (on confirming, or on the
 * thank-you page for those confirmed before codes existed). Only confirmed supporters whose
 * details we still hold have one. Call inside a transaction.
 */
export function giveShareCode(db: Db, supporterId: number): string | undefined {
  const held = statement(
    db,
    `SELECT share_code FROM supporters
     WHERE id = ? AND state = 'confirmed' AND erased_at IS NULL`,
  ).get(supporterId) as { share_code: string | null } | undefined;
  if (!held) return undefined;
  if (held.share_code) return held.share_code;
  // One code in 10^12: a clash is all but impossible, and another draw settles it.
  for (;;) {
    const code = newShareCode();
    const taken = statement(db, 'SELECT 1 FROM supporters WHERE share_code = ?').get(code);
    if (taken) continue;
    statement(db, 'UPDATE supporters SET share_code = ? WHERE id = ?').run(code, supporterId);
    return code;
  }
}

/** Who a new pledge is credited to, and how the link reached them, as stored on the pledge. */
export interface Referral {
  referredBy: number;
  channel: ShareChannel | null;
}

/**
 * The referral a pledge form carries, if it counts: the code is a confirmed supporter's whose
 * details we hold (an erased or invalidated supporter has none), and not the new supporter's
 * own (the same address, in any spelling). Anything else is silently no referral.
 */
export function findReferral(
  db: Db,
  code: string | null,
  channel: ShareChannel | null,
  emailKey: string,
): Referral | null {
  if (!code) return null;
  const referrer = statement(
    db,
    `SELECT id FROM supporters
     WHERE share_code = ? AND email_key != ? AND erased_at IS NULL AND ${COUNTED_PLEDGE}`,
  )
    .pluck()
    .get(code, emailKey) as number | undefined;
  return referrer === undefined ? null : { referredBy: referrer, channel };
}

/** Confirmed, valid pledges that came through a supporter's links. */
export function countJoinedThrough(db: Db, supporterId: number): number {
  return statement(
    db,
    `SELECT count(*) FROM supporters WHERE referred_by = ? AND ${COUNTED_PLEDGE}`,
  )
    .pluck()
    .get(supporterId) as number;
}

/**
 * How many joined through the links with this code, for the thank-you page, which knows the
 * supporter only by the code in its address. Undefined when the code is no supporter's (any
 * more): the page then shows plain share links.
 */
export function joinedThroughCode(db: Db, code: string): number | undefined {
  const supporter = statement(
    db,
    'SELECT id FROM supporters WHERE share_code = ? AND erased_at IS NULL',
  )
    .pluck()
    .get(code) as number | undefined;
  return supporter === undefined ? undefined : countJoinedThrough(db, supporter);
}

/**
 * Cuts every link between a supporter and others that sharing made, for erasure and for removing
 * fakes: their code stops working, those who came through it are no longer tied to them, and
 * they are no longer tied to whoever's link they came through. How each pledge arrived (its
 * channel) stays, as an anonymous figure.
 */
export function forgetReferrals(db: Db, supporterId: number): void {
  statement(db, 'UPDATE supporters SET share_code = NULL, referred_by = NULL WHERE id = ?').run(
    supporterId,
  );
  statement(db, 'UPDATE supporters SET referred_by = NULL WHERE referred_by = ?').run(supporterId);
}

/** Where counted pledges came from, for the dashboard: a channel, a link of unknown channel, or none. */
export type PledgeSource = ShareChannel | 'link' | 'direct';

/** Counted pledges by where they came from, most first: a scan, run on a reader thread. */
export function pledgeSources(db: Db): Promise<{ source: PledgeSource; pledges: number }[]> {
  return readAll(
    db,
    `SELECT coalesce(referral_channel, CASE WHEN referred_by IS NULL THEN 'direct' ELSE 'link' END)
              AS source,
            count(*) AS pledges
     FROM supporters WHERE ${COUNTED_PLEDGE} GROUP BY source ORDER BY pledges DESC, source`,
  );
}

/**
 * The share codes that brought the most counted pledges: the code and its count only, which is
 * all its supporter sees of it themselves. Like pledgeSources, a scan of every supporter (a few
 * hundred ms at a million), so it runs on a reader thread.
 */
export function topShareCodes(db: Db, limit = 10): Promise<{ code: string; joined: number }[]> {
  return readAll(
    db,
    `WITH joined AS (
       SELECT referred_by AS id, count(*) AS joined FROM supporters
       WHERE referred_by IS NOT NULL AND ${COUNTED_PLEDGE} GROUP BY referred_by)
     SELECT s.share_code AS code, j.joined FROM joined AS j JOIN supporters AS s ON s.id = j.id
     WHERE s.share_code IS NOT NULL ORDER BY j.joined DESC, code LIMIT ?`,
    [limit],
  );
}
