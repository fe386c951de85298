import { z } from 'zod';
import { COUNCIL_SLUG } from '../councils/slug.ts';
import { statement, type Db } from '../db.ts';
import { enqueueEmail, withinRecipientLimit } from '../email/outbox.ts';
import {
  confirmLetterEmail,
  heldLetterExpiredEmail,
  letterTooSoonEmail,
  WRITER_CHECK_TEMPLATES,
} from '../email/templates/letter-emails.tsx';
import { isoDay } from '../format.ts';
import { emailKey } from '../pledges/email-key.ts';
import { EmailSchema, singleLine } from '../form-fields.ts';
import { hashToken, newToken } from '../tokens.ts';
import { normalisePostcode } from '../postcode/postcode.ts';
import { letterEmailKeys } from './email-keys.ts';
import { containment, fingerprint } from './fingerprint.ts';
import {
  deliverLetter,
  LETTER_INTERVAL_DAYS,
  writtenToRecently,
  type DeliveryLimits,
  type LetterToDeliver,
} from './letter-delivery.ts';
import { findNearDuplicate } from './near-duplicates.ts';
import type { Residence } from './residence.ts';
import { defaultRecipients, targetsForWriter, writableTargets, type Target } from './targets.ts';

/** In a letter's body only line breaks are kept. */
const CONTROL_BUT_NEWLINES = /[\u0000-\u0009\u000b-\u001f\u007f]+/g;

const paragraphs = (value: string) =>
  value.replace(/\r\n?/g, '\n').replace(CONTROL_BUT_NEWLINES, ' ').trim();

/** The longest letter, suggested opening and own words together. */
export const LETTER_MAX = 5000;
/** The part the writer must write themselves: a few sentences at least. */
export const OWN_WORDS_MIN = 50;

/**
 * The letter form: one schema for the actions, the pages and the tests. The letter is the
 * suggested opening (which the writer may change or delete) followed by a paragraph in their own
 * words, which they must write: councillors give little weight to copied letters.
 */
export const LetterFormSchema = z
  .object({
    council: z.string().regex(COUNCIL_SLUG, 'Choose your council'),
    writerName: singleLine('Enter your name', 100, 'Your name must be 100 characters or fewer'),
    email: EmailSchema,
    postcode: z
      .string({ error: 'Enter your postcode' })
      .transform((value) => normalisePostcode(value) ?? '')
      .pipe(
        z
          .string()
          .min(
            1,
            'Enter your full postcode, like SW1A 1AA: councillors answer the people they represent',
          ),
      ),
    subject: singleLine('Enter a subject', 150, 'Keep the subject to 150 characters or fewer', 5),
    opening: z.preprocess(
      (value) => (typeof value === 'string' ? value : ''),
      z.string().transform(paragraphs),
    ),
    ownWords: z
      .string({ error: 'Write a few sentences in your own words' })
      .transform(paragraphs)
      .pipe(
        z
          .string()
          .min(
            OWN_WORDS_MIN,
            `Write at least ${OWN_WORDS_MIN} characters in your own words: say why this matters to you`,
          ),
      ),
    /** The people the writer ticked, by target id; `choosing` says the boxes were offered. */
    recipients: z.array(z.number().int().positive()).max(50).default([]),
    choosing: z.preprocess((value) => value === '1', z.boolean()),
  })
  .superRefine((form, context) => {
    const length = letterBody(form).length;
    if (length > LETTER_MAX) {
      context.addIssue({
        code: 'custom',
        path: ['ownWords'],
        message: `Your letter must be ${LETTER_MAX.toLocaleString('en-GB')} characters or fewer; it is ${length.toLocaleString('en-GB')}. Shorten the suggested opening or your own words.`,
      });
    }
    if (
      form.opening &&
      containment(fingerprint(form.ownWords), fingerprint(form.opening)) >= SAME_WORDS
    ) {
      context.addIssue({
        code: 'custom',
        path: ['ownWords'],
        message:
          'This part repeats the suggested letter. Tell your councillor, in your own words, why this matters to you.',
      });
    }
  })
  .transform((form) => ({ ...form, body: letterBody(form) }));

/** Own words half made of runs from the opening are the opening again, not the writer's words. */
const SAME_WORDS = 0.5;

/** What the councillor reads: the opening, if the writer kept any, then their own words. */
function letterBody(form: { opening: string; ownWords: string }): string {
  return [form.opening, form.ownWords].filter(Boolean).join('\n\n');
}

export type LetterForm = z.infer<typeof LetterFormSchema>;

/** How long a writer has to confirm a letter. */
export const LETTER_LINK_DAYS = 7;
/** How long a letter to a council with nobody checked to receive it waits for somebody to be. */
export const HELD_LETTER_DAYS = 30;

/** Why a letter cannot go, as its page may say it: nothing here depends on who is writing. */
export type LetterProblem = 'unknown-council' | 'near-duplicate' | 'no-recipients';

/**
 * What became of a letter sent for confirmation. `emailed`: the writer has an email, either the
 * link that sends the letter or, when they wrote to the same people in the last week, word of
 * that; the page says "check your inbox" for both, so it never tells anyone where an address has
 * written. `too-many-emails`: the address has had its emails for the day.
 */
export type CreateLetterOutcome =
  { kind: 'emailed' } | { kind: LetterProblem } | { kind: 'too-many-emails' };

const DAY = 86_400_000;
/** How far back a near-duplicate is looked for. */
const NEAR_DUPLICATE_DAYS = 30;

interface LetterCouncil {
  id: number;
  name: string;
}

/** Who a writer may choose to write to, and who is ticked until they choose. */
export interface RecipientChoice {
  choices: Target[];
  /** Ids ticked: what the writer chose, or their ward councillors and the lead member. */
  ticked: number[];
}

/**
 * The people this writer can choose from: their own ward's councillors (once their postcode is
 * checked) and the council-wide roles, all checked. Empty when nobody at the council is.
 */
export function recipientChoice(
  db: Db,
  councilId: number,
  residence: Residence,
  chosen: readonly number[] = [],
): RecipientChoice {
  const choices = targetsForWriter(
    writableTargets(db, councilId),
    residence.kind === 'resident' ? residence.ward?.code : null,
  );
  const kept = choices.filter((target) => chosen.includes(target.id)).map((target) => target.id);
  return {
    choices,
    ticked: kept.length > 0 ? kept : defaultRecipients(choices).map((target) => target.id),
  };
}

/**
 * Why a letter cannot go, if it cannot: the council is unknown, the letter is nearly identical to
 * one already sent there, or the writer was offered people to write to and ticked none. The
 * preview asks this before the writer commits, and creating the letter asks again. Whether they
 * wrote to the same people lately is not asked here: the preview answers anyone who types an
 * address (see `createLetter`).
 */
export function letterProblem(
  db: Db,
  form: LetterForm,
  now: Date,
): { kind: LetterProblem } | { kind: 'ok'; council: LetterCouncil; fingerprint: number[] } {
  const council = statement(db, 'SELECT id, short_name AS name FROM councils WHERE slug = ?').get(
    form.council,
  ) as LetterCouncil | undefined;
  if (!council) return { kind: 'unknown-council' };
  // The writer's own words: the suggested opening is the same in every letter to the council,
  // so letters that keep it would all look alike (and every letter would be a candidate).
  const prints = fingerprint(form.ownWords);
  const since = new Date(now.getTime() - NEAR_DUPLICATE_DAYS * DAY).toISOString();
  if (findNearDuplicate(db, council.id, prints, since)) return { kind: 'near-duplicate' };
  return { kind: 'ok', council, fingerprint: prints };
}

/**
 * The writer's latest letter, in the last LETTER_INTERVAL_DAYS, to every one of these people
 * (when there is one, nothing new can go to any of them yet): its id, when it went, and the day
 * from which they may write again.
 */
function recentLetter(
  db: Db,
  writerEmailKey: string,
  targetIds: readonly number[],
  now: Date,
): { id: number; lastSentOn: string; nextFrom: string } | undefined {
  if (targetIds.length === 0) return undefined;
  if (writtenToRecently(db, writerEmailKey, targetIds, now).size < targetIds.length)
    return undefined;
  const row = statement(
    db,
    `SELECT l.id, max(r.sent_on) AS sentOn FROM letter_recipients AS r
     JOIN letters AS l ON l.id = r.letter_id
     WHERE l.writer_email_key = ? AND r.target_id IN (SELECT value FROM json_each(?))
       AND r.sent_on IS NOT NULL
     GROUP BY l.id ORDER BY sentOn DESC LIMIT 1`,
  ).get(writerEmailKey, JSON.stringify(targetIds)) as { id: number; sentOn: string };
  return {
    id: row.id,
    lastSentOn: row.sentOn,
    nextFrom: isoDay(new Date(Date.parse(row.sentOn) + LETTER_INTERVAL_DAYS * DAY)),
  };
}

/**
 * Stores a letter as pending, with the people its writer chose, and emails its writer a link to
 * confirm it; nothing goes to anyone until they do. If they wrote to all of those people in the
 * last week, nothing is stored and the email says so instead: only the owner of the address
 * learns where it has written. `residence` is what the lookup said of the writer's postcode: a
 * letter whose postcode could not be checked is kept as a draft, checked again when it is
 * confirmed.
 */
export function createLetter(
  db: Db,
  form: LetterForm,
  residence: Extract<Residence, { kind: 'resident' | 'unchecked' }>,
  context: { now: Date; siteUrl: string },
): CreateLetterOutcome {
  return db
    .transaction((): CreateLetterOutcome => {
      const check = letterProblem(db, form, context.now);
      if (check.kind !== 'ok') return check;
      const { choices, ticked } = recipientChoice(db, check.council.id, residence);
      // Offered no boxes (a form from before, or a script), a writer writes to whoever they are ticked for.
      const wanted = form.choosing ? form.recipients : ticked;
      const chosen = choices.filter((target) => wanted.includes(target.id));
      if (form.choosing && choices.length > 0 && chosen.length === 0) {
        return { kind: 'no-recipients' };
      }
      if (!withinRecipientLimit(db, form.email, WRITER_CHECK_TEMPLATES)) {
        return { kind: 'too-many-emails' };
      }
      const writerKey = emailKey(form.email);
      const chosenIds = chosen.map((target) => target.id);
      const recent = recentLetter(db, writerKey, chosenIds, context.now);
      if (recent) {
        enqueueEmail(
          db,
          // Kept, and deleted, with the letter it is about: it carries the same address.
          letterEmailKeys.tooSoon(recent.id, String(context.now.getTime())),
          letterTooSoonEmail(form.email, check.council.name, recent, context.siteUrl),
        );
        return { kind: 'emailed' };
      }
      const token = newToken();
      const tokenHash = hashToken(token);
      const ward = residence.kind === 'resident' ? residence.ward : null;
      const { lastInsertRowid } = statement(
        db,
        `INSERT INTO letters (council_id, writer_name, writer_email, writer_email_key, writer_postcode,
           writer_ward_code, writer_ward_name, postcode_checked, subject, body, fingerprint,
           confirm_token_hash, expires_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        check.council.id,
        form.writerName,
        form.email,
        writerKey,
        form.postcode,
        ward?.code ?? null,
        ward?.name ?? null,
        residence.kind === 'resident' ? 1 : 0,
        form.subject,
        form.body,
        JSON.stringify(check.fingerprint),
        tokenHash,
        new Date(context.now.getTime() + LETTER_LINK_DAYS * DAY).toISOString(),
        context.now.toISOString(),
      );
      const choose = statement(
        db,
        'INSERT INTO letter_recipients (letter_id, target_id) VALUES (?, ?)',
      );
      for (const id of chosenIds) choose.run(lastInsertRowid, id);
      enqueueEmail(
        db,
        letterEmailKeys.confirmation(tokenHash),
        confirmLetterEmail(
          form.email,
          check.council.name,
          `${context.siteUrl}/lobby/confirm?token=${token}`,
        ),
      );
      return { kind: 'emailed' };
    })
    .immediate();
}

export interface StoredLetter extends LetterToDeliver {
  expiresAt: string;
  writerEmailKey: string;
  wardCode: string | null;
  postcodeChecked: boolean;
  sendOn: string | null;
  heldUntil: string | null;
}

const LETTER_COLUMNS = `l.id, l.state, l.expires_at AS expiresAt, l.council_id AS councilId,
  c.slug AS councilSlug, c.short_name AS councilName, l.writer_name AS writerName,
  l.writer_email AS writerEmail, l.writer_email_key AS writerEmailKey,
  l.writer_postcode AS postcode, l.writer_ward_code AS wardCode, l.writer_ward_name AS wardName,
  l.postcode_checked = 1 AS postcodeChecked, l.subject, l.body, l.send_on AS sendOn,
  l.held_until AS heldUntil`;

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
            { email: letter.writerEmail, name: letter.writerName },
            letter.councilName,
            limits.siteUrl,
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

export const REPLY_ANSWERS = ['yes', 'no', 'not_yet'] as const;
export type ReplyAnswer = (typeof REPLY_ANSWERS)[number];

/** The letter a follow-up link is about, and what its writer has said so far. */
export function findFollowUp(
  db: Db,
  token: string,
):
  { councilName: string; subject: string; sendOn: string; answer: ReplyAnswer | null } | undefined {
  return statement(
    db,
    `SELECT c.short_name AS councilName, l.subject, l.send_on AS sendOn, l.reply_answer AS answer
     FROM letters AS l JOIN councils AS c ON c.id = l.council_id WHERE l.reply_token_hash = ?`,
  ).get(hashToken(token)) as ReturnType<typeof findFollowUp>;
}

/** Records whether the councillor replied; a later answer replaces an earlier one. */
export function answerFollowUp(db: Db, token: string, answer: ReplyAnswer, now: Date): boolean {
  return (
    statement(
      db,
      'UPDATE letters SET reply_answer = ?, reply_answered_at = ? WHERE reply_token_hash = ?',
    ).run(answer, now.toISOString(), hashToken(token)).changes === 1
  );
}
