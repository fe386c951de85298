import { statement, type Db } from '../db.ts';
import { enqueueEmail } from '../email/outbox.ts';
import {
  letterDigestEmail,
  letterEmail,
  type CampaignFooter,
  type LetterWriter,
} from './letter-emails.tsx';
import { followUpEmail } from './writer-emails.tsx';
import { isoDay } from '../format.ts';
import type { Locale } from '../i18n/locales.ts';
import { localisedPath } from '../i18n/pages.ts';
import { campaignFooter } from './campaign-footer.ts';
import { hashToken, newToken } from '../tokens.ts';
import { letterEmailKeys } from '../email/keys.ts';
import { indexLetter } from './near-duplicates.ts';
import { TARGET_COLUMNS, type Target } from './targets.ts';

const DAY = 86_400_000;

/** How long after a letter goes its writer is asked whether anyone replied. */
export const FOLLOW_UP_DAYS = 14;

export interface DeliveryLimits {
  now: Date;
  siteUrl: string;
  /** Letters one council receives in a day before the rest wait for the next day. */
  dailyCap: number;
  /**
   * Letters one person receives in a day one by one; past this, the rest of the day's go to them
   * in one digest the next morning (if they take digests).
   */
  digestAfter: number;
}

/** A letter that is ready to go: confirmed by its writer, postcode checked. */
export interface LetterToDeliver extends LetterWriter {
  id: number;
  councilId: number;
  councilSlug: string;
  councilName: string;
  subject: string;
  body: string;
  state: 'pending' | 'held' | 'sent' | 'expired';
  /** The language the letter was written in: its writer's emails are in it. */
  language: Locale;
  councilWelshName: string | null;
}

/** The council's name in the letter's language: Cyngor Caerdydd to a writer in Welsh. */
export const councilNameIn = (letter: LetterToDeliver) =>
  letter.language === 'cy' ? (letter.councilWelshName ?? letter.councilName) : letter.councilName;

/** The writer of a letter, as the emails to them are addressed. */
export const writerOf = (letter: LetterWriter) => ({
  email: letter.writerEmail,
  name: letter.writerName,
});

export interface Delivery {
  /** The day it goes: today, or a later day when the council has had its day's letters. */
  sendOn: string;
  heldForLaterDay: boolean;
}

/** When and how a letter goes: the day, the email's earliest time, the council's footer. */
interface Sending {
  sendOn: string;
  notBefore: Date | undefined;
  footer: CampaignFooter;
  digestAfter: number;
}

/**
 * Queues the letter to each person, on its own or, past the digest threshold, in their digest
 * for the day; and the writer's copy, naming everyone it went to.
 */
function sendToTargets(
  db: Db,
  letter: LetterToDeliver,
  targets: readonly Target[],
  { sendOn, notBefore, footer, digestAfter }: Sending,
) {
  const addRecipient = statement(
    db,
    `INSERT INTO letter_recipients (letter_id, target_id, sent_on, digest) VALUES (?, ?, ?, ?)
     ON CONFLICT (letter_id, target_id) DO UPDATE SET sent_on = excluded.sent_on,
       digest = excluded.digest`,
  );
  const onTheirOwn = statement(
    db,
    'SELECT count(*) FROM letter_recipients WHERE target_id = ? AND sent_on = ? AND digest = 0',
  ).pluck();
  for (const target of targets) {
    const toDigest =
      target.digest &&
      (onTheirOwn.get(target.id, sendOn) as number) >= digestAfter &&
      digestOpen(db, target.id, sendOn);
    addRecipient.run(letter.id, target.id, sendOn, toDigest ? 1 : 0);
    if (toDigest) {
      queueDigest(db, target, sendOn, footer);
    } else {
      enqueueEmail(
        db,
        letterEmailKeys.toTarget(letter.id, target.email!),
        letterEmail(target.email!, letter, { kind: 'letter', greeting: target.name, footer }),
        notBefore,
      );
    }
  }
  enqueueEmail(
    db,
    letterEmailKeys.copy(letter.id, targets[0]!.id),
    letterEmail(letter.writerEmail, letter, {
      kind: 'letter-copy',
      greeting: targets[0]!.name,
      sentTo: targets.map((target) => target.name),
    }),
    notBefore,
  );
}

/**
 * The first time a letter goes: marked sent (with the token its writer's follow-up answers by),
 * indexed for comparing later letters with, its follow-up queued and the council's count moved.
 */
function markSent(
  db: Db,
  letter: LetterToDeliver,
  { sendOn, day, now, siteUrl }: { sendOn: string; day: Date; now: Date; siteUrl: string },
) {
  const replyToken = newToken();
  statement(
    db,
    `UPDATE letters SET state = 'sent', confirmed_at = coalesce(confirmed_at, ?), send_on = ?,
       reply_token_hash = ?
     WHERE id = ?`,
  ).run(now.toISOString(), sendOn, hashToken(replyToken), letter.id);
  // Sent letters are what later ones are compared with.
  indexLetter(db, letter.id);
  enqueueEmail(
    db,
    letterEmailKeys.followUp(letter.id),
    followUpEmail(
      writerOf(letter),
      councilNameIn(letter),
      `${siteUrl}${localisedPath('/lobby/reply', letter.language)}?token=${replyToken}`,
      letter.language,
    ),
    new Date(Math.max(day.getTime(), now.getTime()) + FOLLOW_UP_DAYS * DAY),
  );
  statement(
    db,
    `INSERT INTO letter_counts (council_id, sent) VALUES (?, 1)
     ON CONFLICT (council_id) DO UPDATE SET sent = sent + 1`,
  ).run(letter.councilId);
}

/**
 * Sends a letter to these people through the outbox, from the campaign with the writer as
 * Reply-To, and a copy to the writer. The first time a letter goes it is counted, marked sent and
 * its follow-up queued; a held letter may go again later, to people checked since. Within the
 * council's daily cap it goes today, else on the first day with room; past the digest threshold,
 * a person gets it in the next morning's digest rather than on its own. Call inside a transaction.
 */
export function deliverLetter(
  db: Db,
  letter: LetterToDeliver,
  targets: readonly Target[],
  limits: DeliveryLimits,
): Delivery {
  const { now, siteUrl } = limits;
  const day = firstDayWithRoom(db, letter.councilId, now, limits.dailyCap);
  const sendOn = isoDay(day);
  const heldForLaterDay = sendOn !== isoDay(now);
  sendToTargets(db, letter, targets, {
    sendOn,
    notBefore: heldForLaterDay ? day : undefined,
    footer: campaignFooter(db, letter.councilId, siteUrl),
    digestAfter: limits.digestAfter,
  });
  if (letter.state === 'held') {
    // It goes after all: the word that it never would must not.
    statement(db, `DELETE FROM email_outbox WHERE idempotency_key = ? AND state = 'queued'`).run(
      letterEmailKeys.heldExpired(letter.id),
    );
  }
  if (letter.state !== 'sent') markSent(db, letter, { sendOn, day, now, siteUrl });
  return { sendOn, heldForLaterDay };
}

/** The first day from today on which the council has had fewer letters than its cap. */
function firstDayWithRoom(db: Db, councilId: number, now: Date, dailyCap: number): Date {
  const sentOn = statement(
    db,
    `SELECT count(*) FROM letters WHERE council_id = ? AND state = 'sent' AND send_on = ?`,
  ).pluck();
  let day = new Date(`${isoDay(now)}T00:00:00Z`);
  while ((sentOn.get(councilId, isoDay(day)) as number) >= dailyCap) {
    day = new Date(day.getTime() + DAY);
  }
  return day;
}

/** Whether a person's digest for a day can still take letters: it has not gone yet. */
function digestOpen(db: Db, targetId: number, day: string): boolean {
  const state = statement(db, 'SELECT state FROM email_outbox WHERE idempotency_key = ?')
    .pluck()
    .get(letterEmailKeys.digest(targetId, day));
  return state === undefined || state === 'queued';
}

/**
 * Rewrites the digests not yet sent that held letters now deleted (their writer asked to be
 * erased), so no queued email keeps their words: each is written again from the letters left in
 * it, or deleted when none are.
 */
export function rewriteDigests(
  db: Db,
  digests: readonly { targetId: number; day: string }[],
  siteUrl: string,
): void {
  for (const { targetId, day } of digests) {
    const key = letterEmailKeys.digest(targetId, day);
    const queued = statement(
      db,
      `SELECT 1 FROM email_outbox WHERE idempotency_key = ? AND state = 'queued'`,
    ).get(key);
    if (!queued) continue;
    const target = statement(
      db,
      `SELECT ${TARGET_COLUMNS} FROM council_targets AS t WHERE t.id = ?`,
    ).get(targetId) as Target;
    const left = statement(
      db,
      'SELECT count(*) FROM letter_recipients WHERE target_id = ? AND sent_on = ? AND digest = 1',
    )
      .pluck()
      .get(targetId, day) as number;
    if (left === 0) {
      statement(db, 'DELETE FROM email_outbox WHERE idempotency_key = ?').run(key);
    } else {
      queueDigest(db, target, day, campaignFooter(db, target.councilId, siteUrl));
    }
  }
}

/**
 * (Re)writes a person's digest for a day with every letter in it so far. It goes at the start of
 * the next day, so until then it is still queued and can be replaced.
 */
function queueDigest(db: Db, target: Target, day: string, footer: CampaignFooter): void {
  const key = letterEmailKeys.digest(target.id, day);
  const letters = statement(
    db,
    `SELECT l.subject, l.body, l.writer_name AS writerName, l.writer_email AS writerEmail,
            l.writer_postcode AS postcode, l.writer_ward_name AS wardName, l.language
     FROM letter_recipients AS r JOIN letters AS l ON l.id = r.letter_id
     WHERE r.target_id = ? AND r.sent_on = ? AND r.digest = 1 ORDER BY l.id`,
  ).all(target.id, day) as (LetterWriter & { subject: string; body: string; language: Locale })[];
  statement(db, `DELETE FROM email_outbox WHERE idempotency_key = ? AND state = 'queued'`).run(key);
  enqueueEmail(
    db,
    key,
    letterDigestEmail(target.email!, target.name, day, letters, footer),
    new Date(Date.parse(`${day}T00:00:00Z`) + DAY),
  );
}
