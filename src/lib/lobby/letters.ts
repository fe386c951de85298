import { z } from 'zod';
import { COUNCIL_SLUG } from '../councils/slug.ts';
import { statement, type Db } from '../db.ts';
import { enqueueEmail, withinRecipientLimit } from '../email/outbox.ts';
import {
  confirmLetterEmail,
  followUpEmail,
  letterEmail,
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
import { findNearDuplicate, indexLetter } from './near-duplicates.ts';
import { listTargets, type Target } from './targets.ts';

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

/** How long a writer has to confirm a letter, and how soon they may write to the same council again. */
export const LETTER_LINK_DAYS = 7;
export const LETTER_INTERVAL_DAYS = 7;

/** Why a letter cannot go, as its page may say it: nothing here depends on who is writing. */
export type LetterProblem = 'no-targets' | 'unknown-council' | 'near-duplicate';

/**
 * What became of a letter sent for confirmation. `emailed`: the writer has an email, either the
 * link that sends the letter or, when they wrote to the council in the last week, word of that;
 * the page says "check your inbox" for both, so it never tells anyone where an address has
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

/**
 * Why a letter cannot go, if it cannot: the council is unknown or has nobody to write to, or the
 * letter is nearly identical to one already sent there. The preview asks this before the writer
 * commits, and creating the letter asks again. Whether the writer wrote to the council lately is
 * not asked here: the preview answers anyone who types an address (see `createLetter`).
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
  if (listTargets(db, council.id).length === 0) return { kind: 'no-targets' };
  const prints = fingerprint(form.body);
  const since = new Date(now.getTime() - NEAR_DUPLICATE_DAYS * DAY).toISOString();
  if (findNearDuplicate(db, council.id, prints, since)) return { kind: 'near-duplicate' };
  return { kind: 'ok', council, fingerprint: prints };
}

/**
 * The writer's letter to this council sent in the last LETTER_INTERVAL_DAYS, if there is one: its
 * id, when it was sent, and the day from which they may write there again. Only confirmed
 * letters count: anyone can write an unconfirmed one in someone else's name.
 */
function recentLetter(
  db: Db,
  writerEmailKey: string,
  councilId: number,
  now: Date,
): { id: number; lastSentOn: string; nextFrom: string } | undefined {
  const row = statement(
    db,
    `SELECT id, confirmed_at AS confirmedAt FROM letters
     WHERE writer_email_key = ? AND council_id = ? AND state = 'sent' AND confirmed_at > ?
     ORDER BY confirmed_at DESC LIMIT 1`,
  ).get(
    writerEmailKey,
    councilId,
    new Date(now.getTime() - LETTER_INTERVAL_DAYS * DAY).toISOString(),
  ) as { id: number; confirmedAt: string } | undefined;
  return (
    row && {
      id: row.id,
      lastSentOn: row.confirmedAt,
      nextFrom: isoDay(new Date(Date.parse(row.confirmedAt) + LETTER_INTERVAL_DAYS * DAY)),
    }
  );
}

/**
 * Stores a letter as pending and emails its writer a link to confirm it; nothing goes to a
 * councillor until they do. If they wrote to the council in the last week, nothing is stored and
 * the email says so instead: only the owner of the address learns where it has written.
 */
export function createLetter(
  db: Db,
  form: LetterForm,
  context: { now: Date; siteUrl: string },
): CreateLetterOutcome {
  return db
    .transaction((): CreateLetterOutcome => {
      const check = letterProblem(db, form, context.now);
      if (check.kind !== 'ok') return check;
      if (!withinRecipientLimit(db, form.email, WRITER_CHECK_TEMPLATES)) {
        return { kind: 'too-many-emails' };
      }
      const writerKey = emailKey(form.email);
      const recent = recentLetter(db, writerKey, check.council.id, context.now);
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
      statement(
        db,
        `INSERT INTO letters (council_id, writer_name, writer_email, writer_email_key, writer_postcode,
           subject, body, fingerprint, confirm_token_hash, expires_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        check.council.id,
        form.writerName,
        form.email,
        writerKey,
        form.postcode,
        form.subject,
        form.body,
        JSON.stringify(check.fingerprint),
        tokenHash,
        new Date(context.now.getTime() + LETTER_LINK_DAYS * DAY).toISOString(),
        context.now.toISOString(),
      );
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

interface StoredLetter {
  id: number;
  state: 'pending' | 'sent' | 'expired';
  expiresAt: string;
  councilId: number;
  councilSlug: string;
  councilName: string;
  writerName: string;
  writerEmail: string;
  postcode: string;
  subject: string;
  body: string;
  sendOn: string | null;
}

const LETTER_COLUMNS = `l.id, l.state, l.expires_at AS expiresAt, l.council_id AS councilId,
  c.slug AS councilSlug, c.short_name AS councilName, l.writer_name AS writerName,
  l.writer_email AS writerEmail, l.writer_postcode AS postcode, l.subject, l.body,
  l.send_on AS sendOn`;

/** What the confirmation page shows for a link: the letter, or why there is none. */
export type LetterForLink =
  | { kind: 'pending'; letter: StoredLetter; targets: Target[] }
  | { kind: 'already-sent'; letter: StoredLetter }
  | { kind: 'expired' }
  | { kind: 'invalid' };

export function findLetterForLink(db: Db, token: string, now: Date): LetterForLink {
  const letter = statement(
    db,
    `SELECT ${LETTER_COLUMNS} FROM letters AS l JOIN councils AS c ON c.id = l.council_id
     WHERE l.confirm_token_hash = ?`,
  ).get(hashToken(token)) as StoredLetter | undefined;
  if (!letter) return { kind: 'invalid' };
  if (letter.state === 'sent') return { kind: 'already-sent', letter };
  if (letter.state === 'expired' || Date.parse(letter.expiresAt) < now.getTime()) {
    return { kind: 'expired' };
  }
  return { kind: 'pending', letter, targets: listTargets(db, letter.councilId) };
}

export type ConfirmLetterOutcome =
  | { kind: 'sent'; councilSlug: string; sendOn: string; heldForLaterDay: boolean }
  | { kind: 'already-sent'; councilSlug: string }
  /** Another letter of theirs to the council went in the last week; this one can go from `nextFrom`. */
  | { kind: 'too-soon'; lastSentOn: string; nextFrom: string }
  | { kind: 'expired' }
  | { kind: 'invalid' };

/** How long after a letter goes its writer is asked whether anyone replied. */
export const FOLLOW_UP_DAYS = 14;

/**
 * Sends a confirmed letter through the outbox: one message to each of the council's targets from
 * the campaign with the writer as Reply-To, and a copy to the writer. When the council has had
 * its daily cap of letters, the letter waits for the first day with room, and the writer is told.
 * The follow-up asking whether anyone replied is queued at the same time, for two weeks later.
 * Idempotent: a second press finds it sent.
 */
export function confirmLetter(
  db: Db,
  token: string,
  context: {
    now: Date;
    siteUrl: string;
    /** Letters one council receives in a day before the rest wait for the next day. */
    dailyCap: number;
  },
): ConfirmLetterOutcome {
  const { now, siteUrl, dailyCap } = context;
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
      const { letter, targets } = found;
      // Two letters written in the same week are both pending until one is confirmed.
      const recent = recentLetter(db, emailKey(letter.writerEmail), letter.councilId, now);
      if (recent)
        return { kind: 'too-soon', lastSentOn: recent.lastSentOn, nextFrom: recent.nextFrom };

      // The first day from today on which the council has had fewer than the cap.
      const sentOn = statement(
        db,
        `SELECT count(*) FROM letters WHERE council_id = ? AND state = 'sent' AND send_on = ?`,
      ).pluck();
      let day = new Date(`${isoDay(now)}T00:00:00Z`);
      while ((sentOn.get(letter.councilId, isoDay(day)) as number) >= dailyCap) {
        day = new Date(day.getTime() + DAY);
      }
      const sendOn = isoDay(day);
      const heldForLaterDay = sendOn !== isoDay(now);
      const notBefore = heldForLaterDay ? day : undefined;

      const replyToken = newToken();
      statement(
        db,
        `UPDATE letters SET state = 'sent', confirmed_at = ?, send_on = ?, reply_token_hash = ?
         WHERE id = ? AND state = 'pending'`,
      ).run(now.toISOString(), sendOn, hashToken(replyToken), letter.id);
      indexLetter(db, letter.id);
      for (const target of targets) {
        enqueueEmail(
          db,
          letterEmailKeys.toTarget(letter.id, target.email),
          letterEmail(target.email, letter, { kind: 'letter', greeting: target.name }),
          notBefore,
        );
      }
      enqueueEmail(
        db,
        letterEmailKeys.copy(letter.id),
        letterEmail(letter.writerEmail, letter, {
          kind: 'letter-copy',
          greeting: targets[0]!.name,
          sentTo: targets.map((target) => target.name),
        }),
        notBefore,
      );
      enqueueEmail(
        db,
        letterEmailKeys.followUp(letter.id),
        followUpEmail(
          { email: letter.writerEmail, name: letter.writerName },
          letter.councilName,
          `${siteUrl}/lobby/reply?token=${replyToken}`,
        ),
        new Date(Math.max(day.getTime(), now.getTime()) + FOLLOW_UP_DAYS * DAY),
      );
      statement(
        db,
        `INSERT INTO letter_counts (council_id, sent) VALUES (?, 1)
         ON CONFLICT (council_id) DO UPDATE SET sent = sent + 1`,
      ).run(letter.councilId);
      return { kind: 'sent', councilSlug: letter.councilSlug, sendOn, heldForLaterDay };
    })
    .immediate();
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
