import { statement, type Db } from '../db.ts';
import { enqueueEmail } from '../email/outbox.ts';
import { heldLetterExpiredEmail } from './writer-emails.tsx';
import { hashToken } from '../tokens.ts';
import { letterEmailKeys } from '../email/keys.ts';
import {
  councilNameIn,
  deliverLetter,
  writerOf,
  type DeliveryLimits,
  type LetterToDeliver,
} from './letter-delivery.ts';
import { HELD_LETTER_DAYS } from './letters.ts';
import { recentLetter, writtenToRecently } from './recent-letters.ts';
import type { Residence } from './residence.ts';
import { defaultRecipients, targetsForWriter, writableTargets, type Target } from './targets.ts';

/*
 * A letter after its writer has it in their inbox: what its link shows, sending it when they
 * confirm (or holding it while nobody at the council is checked), and sending held letters when
 * somebody is.
 */

const DAY = 86_400_000;

export interface StoredLetter extends LetterToDeliver {
  expiresAt: string;
  writerEmailKey: string;
  wardCode: string | null;
  postcodeChecked: boolean;
  sendOn: string | null;
  heldUntil: string | null;
  /** The council's Welsh slug, for the links of a Welsh confirm page; null outside Wales. */
  councilWelshSlug: string | null;
}

const LETTER_COLUMNS = `l.id, l.state, l.expires_at AS expiresAt, l.council_id AS councilId,
  c.slug AS councilSlug, c.short_name AS councilName, l.writer_name AS writerName,
  l.writer_email AS writerEmail, l.writer_email_key AS writerEmailKey,
  l.writer_postcode AS postcode, l.writer_ward_code AS wardCode, l.writer_ward_name AS wardName,
  l.postcode_checked = 1 AS postcodeChecked, l.subject, l.body, l.send_on AS sendOn,
  l.held_until AS heldUntil, l.language, c.welsh_name AS councilWelshName,
  c.welsh_slug AS councilWelshSlug`;

/** The people a letter's writer chose, as they stand now (a retired one is no longer offered). */
function chosenRecipients(db: Db, letterId: number): Target[] {
  const ids = statement(db, 'SELECT target_id FROM letter_recipients WHERE letter_id = ?')
    .pluck()
    .all(letterId) as number[];
  if (ids.length === 0) return [];
  const { councilId } = statement(
    db,
    'SELECT council_id AS councilId FROM letters WHERE id = ?',
  ).get(letterId) as { councilId: number };
  return writableTargets(db, councilId).filter((target) => ids.includes(target.id));
}

/** What the confirmation page shows for a link: the letter, or why there is none. */
export type LetterForLink =
  | { kind: 'pending'; letter: StoredLetter; recipients: Target[] }
  | { kind: 'already-sent'; letter: StoredLetter }
  | { kind: 'expired' }
  | { kind: 'invalid' };

export function findLetterForLink(db: Db, token: string, now: Date): LetterForLink {
  const row = statement(
    db,
    `SELECT ${LETTER_COLUMNS} FROM letters AS l JOIN councils AS c ON c.id = l.council_id
     WHERE l.confirm_token_hash = ?`,
  ).get(hashToken(token)) as StoredLetter | undefined;
  if (!row) return { kind: 'invalid' };
  const letter = { ...row, postcodeChecked: !!row.postcodeChecked };
  if (letter.state === 'sent' || letter.state === 'held') return { kind: 'already-sent', letter };
  if (letter.state === 'expired' || Date.parse(letter.expiresAt) < now.getTime()) {
    return { kind: 'expired' };
  }
  const chosen = chosenRecipients(db, letter.id);
  const recipients =
    chosen.length > 0
      ? chosen
      : defaultRecipients(targetsForWriter(writableTargets(db, letter.councilId), letter.wardCode));
  return { kind: 'pending', letter, recipients };
}

export type ConfirmLetterOutcome =
  | { kind: 'sent'; councilSlug: string; sendOn: string; heldForLaterDay: boolean }
  /** Nobody at the council is checked yet: the letter waits for somebody to be, until `until`. */
  | { kind: 'held'; councilSlug: string; until: string }
  | { kind: 'already-sent'; councilSlug: string }
  /** The writer wrote to all of these people in the last week; this one can go from `nextFrom`. */
  | { kind: 'too-soon'; lastSentOn: string; nextFrom: string }
  | { kind: 'expired' }
  | { kind: 'invalid' };

/**
 * Records what a second look at a draft's postcode found (the lookup was down when it was
 * written): the writer lives there after all, with their ward; or they do not, and it will never go.
 */
export function settleDraftPostcode(db: Db, letterId: number, residence: Residence): void {
  if (residence.kind === 'resident') {
    statement(
      db,
      `UPDATE letters SET postcode_checked = 1, writer_ward_code = ?, writer_ward_name = ?
       WHERE id = ?`,
    ).run(residence.ward?.code ?? null, residence.ward?.name ?? null, letterId);
  } else if (residence.kind !== 'unchecked') {
    statement(db, `UPDATE letters SET state = 'expired' WHERE id = ? AND state = 'pending'`).run(
      letterId,
    );
  }
}

/**
 * Sends a confirmed letter (see deliverLetter) to the people its writer chose who are still
 * checked and have not had a letter from them this week, or if they chose nobody, to their ward
 * councillors and the lead member. When nobody at the council is checked, the letter is held for
 * HELD_LETTER_DAYS and goes when somebody is. Idempotent: a second press finds it sent. A draft
 * whose postcode is still unchecked is not sent: the caller checks it first.
 */
export function confirmLetter(
  db: Db,
  token: string,
  limits: Omit<DeliveryLimits, 'digestAfter'> & { digestAfter?: number },
): ConfirmLetterOutcome {
  const { now } = limits;
  return db
    .transaction((): ConfirmLetterOutcome => {
      const found = findLetterForLink(db, token, now);
      if (found.kind === 'already-sent') {
        return { kind: 'already-sent', councilSlug: found.letter.councilSlug };
      }
      if (found.kind === 'expired') {
        statement(
          db,
          `UPDATE letters SET state = 'expired' WHERE confirm_token_hash = ? AND state = 'pending'`,
        ).run(hashToken(token));
        return found;
      }
      if (found.kind === 'invalid') return found;
      const { letter, recipients } = found;
      if (recipients.length === 0) {
        const until = new Date(now.getTime() + HELD_LETTER_DAYS * DAY).toISOString();
        statement(
          db,
          `UPDATE letters SET state = 'held', confirmed_at = ?, held_until = ? WHERE id = ?`,
        ).run(now.toISOString(), until, letter.id);
        // Written now, to go when the wait is up; deleted if the letter goes first.
        enqueueEmail(
          db,
          letterEmailKeys.heldExpired(letter.id),
          heldLetterExpiredEmail(
            writerOf(letter),
            councilNameIn(letter),
            limits.siteUrl,
            letter.language,
          ),
          new Date(until),
        );
        return { kind: 'held', councilSlug: letter.councilSlug, until };
      }
      const ids = recipients.map((target) => target.id);
      const recent = recentLetter(db, letter.writerEmailKey, ids, now);
      if (recent) {
        return { kind: 'too-soon', lastSentOn: recent.lastSentOn, nextFrom: recent.nextFrom };
      }
      const already = writtenToRecently(db, letter.writerEmailKey, ids, now);
      statement(db, 'DELETE FROM letter_recipients WHERE letter_id = ? AND sent_on IS NULL').run(
        letter.id,
      );
      const delivery = deliverLetter(
        db,
        letter,
        recipients.filter((target) => !already.has(target.id)),
        { digestAfter: Number.POSITIVE_INFINITY, ...limits },
      );
      return { kind: 'sent', councilSlug: letter.councilSlug, ...delivery };
    })
    .immediate();
}

/**
 * Sends held letters to the council's people checked since they were written: each goes to its
 * writer's ward councillors and the lead member, as far as they are checked now, and may go again
 * to one checked later, until its HELD_LETTER_DAYS are up. Returns how many letters went.
 */
export function releaseHeldLetters(db: Db, councilId: number, limits: DeliveryLimits): number {
  return db.transaction(() => {
    const letters = statement(
      db,
      `SELECT ${LETTER_COLUMNS} FROM letters AS l JOIN councils AS c ON c.id = l.council_id
       WHERE l.council_id = ? AND l.state IN ('held', 'sent') AND l.held_until > ?
       ORDER BY l.id`,
    ).all(councilId, limits.now.toISOString()) as StoredLetter[];
    const writable = writableTargets(db, councilId);
    const had = statement(
      db,
      'SELECT target_id FROM letter_recipients WHERE letter_id = ?',
    ).pluck();
    let released = 0;
    for (const letter of letters) {
      const received = new Set(had.all(letter.id) as number[]);
      const due = defaultRecipients(targetsForWriter(writable, letter.wardCode)).filter(
        (target) => !received.has(target.id),
      );
      const recent = writtenToRecently(
        db,
        letter.writerEmailKey,
        due.map((target) => target.id),
        limits.now,
      );
      const targets = due.filter((target) => !recent.has(target.id));
      if (targets.length === 0) continue;
      deliverLetter(db, letter, targets, limits);
      released += 1;
    }
    return released;
  })();
}
