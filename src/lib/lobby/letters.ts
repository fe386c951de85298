import { z } from 'zod';
import { statement, type Db } from '../db.ts';
import { enqueueEmail } from '../email/outbox.ts';
import { confirmLetterEmail, letterEmail } from '../email/templates/letter-emails.tsx';
import { emailKey } from '../pledges/email-key.ts';
import { EmailSchema } from '../pledges/schema.ts';
import { hashToken, newToken } from '../pledges/tokens.ts';
import { normalisePostcode } from '../postcode/postcode.ts';
import { fingerprint, NEAR_DUPLICATE, similarity } from './fingerprint.ts';
import { listTargets } from './targets.ts';

/** Line breaks and other control characters, which must never reach an email header. */
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
/** In a letter's body only line breaks are kept. */
const CONTROL_BUT_NEWLINES = /[\u0000-\u0009\u000b-\u001f\u007f]+/g;

/** The letter form: one schema for the action, the page and the tests. */
export const LetterFormSchema = z.object({
  council: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Choose your council'),
  writerName: z
    .string({ error: 'Enter your name' })
    .transform((value) => value.replace(CONTROL, ' ').trim())
    .pipe(
      z.string().min(1, 'Enter your name').max(100, 'Your name must be 100 characters or fewer'),
    ),
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
  subject: z
    .string({ error: 'Enter a subject' })
    .transform((value) => value.replace(CONTROL, ' ').trim())
    .pipe(
      z.string().min(5, 'Enter a subject').max(150, 'Keep the subject to 150 characters or fewer'),
    ),
  body: z
    .string({ error: 'Write your letter' })
    .transform((value) => value.replace(/\r\n?/g, '\n').replace(CONTROL_BUT_NEWLINES, ' ').trim())
    .pipe(
      z
        .string()
        .min(50, 'Your letter must be at least 50 characters')
        .max(5000, 'Your letter must be 5,000 characters or fewer'),
    ),
});

export type LetterForm = z.infer<typeof LetterFormSchema>;

/** How long a writer has to confirm a letter, and how soon they may write to the same council again. */
export const LETTER_LINK_DAYS = 7;
export const LETTER_INTERVAL_DAYS = 7;
/** Letters sent to one council in a day before the rest wait for the next day. */
export const DEFAULT_DAILY_CAP = 50;

export type CreateLetterOutcome =
  | { kind: 'created' }
  | { kind: 'too-soon' }
  | { kind: 'no-targets' }
  | { kind: 'unknown-council' }
  | { kind: 'near-duplicate' };

const DAY = 86_400_000;

/**
 * Stores a letter as pending and emails its writer a link to confirm it; nothing goes to a
 * councillor until they do. Refuses a second letter to the same council within 7 days, and a
 * letter nearly identical to one already sent there.
 */
export function createLetter(
  db: Db,
  form: LetterForm,
  context: { now: Date; siteUrl: string },
): CreateLetterOutcome {
  return db
    .transaction((): CreateLetterOutcome => {
      const council = statement(
        db,
        'SELECT id, short_name AS name FROM councils WHERE slug = ?',
      ).get(form.council) as { id: number; name: string } | undefined;
      if (!council) return { kind: 'unknown-council' };
      if (listTargets(db, council.id).length === 0) return { kind: 'no-targets' };
      const key = emailKey(form.email);
      const since = new Date(context.now.getTime() - LETTER_INTERVAL_DAYS * DAY).toISOString();
      const recent = statement(
        db,
        `SELECT 1 FROM letters WHERE writer_email_key = ? AND council_id = ? AND created_at > ?
           AND state != 'expired'`,
      ).get(key, council.id, since);
      if (recent) return { kind: 'too-soon' };
      const prints = fingerprint(form.body);
      const sent = statement(
        db,
        `SELECT fingerprint FROM letters WHERE council_id = ? AND state = 'sent' AND created_at > ?`,
      )
        .pluck()
        .all(council.id, new Date(context.now.getTime() - 30 * DAY).toISOString()) as string[];
      if (
        sent.some((other) => similarity(prints, JSON.parse(other) as number[]) >= NEAR_DUPLICATE)
      ) {
        return { kind: 'near-duplicate' };
      }
      const token = newToken();
      const tokenHash = hashToken(token);
      statement(
        db,
        `INSERT INTO letters (council_id, writer_name, writer_email, writer_email_key, writer_postcode,
           subject, body, fingerprint, confirm_token_hash, expires_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        council.id,
        form.writerName,
        form.email,
        key,
        form.postcode,
        form.subject,
        form.body,
        JSON.stringify(prints),
        tokenHash,
        new Date(context.now.getTime() + LETTER_LINK_DAYS * DAY).toISOString(),
        context.now.toISOString(),
      );
      enqueueEmail(
        db,
        `confirm-letter:${tokenHash.slice(0, 16)}`,
        confirmLetterEmail(
          { email: form.email, name: form.writerName },
          council.name,
          `${context.siteUrl}/lobby/confirm?token=${token}`,
        ),
      );
      return { kind: 'created' };
    })
    .immediate();
}

export type ConfirmLetterOutcome =
  | { kind: 'sent'; councilSlug: string; sendOn: string; heldForLaterDay: boolean }
  | { kind: 'already-sent'; councilSlug: string }
  | { kind: 'expired' }
  | { kind: 'invalid' };

/** The day (UTC) a moment falls on. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Sends a confirmed letter through the outbox: one message to each of the council's targets from
 * the campaign with the writer as Reply-To, and a copy to the writer. When the council has had
 * its daily cap of letters, the letter waits for the first day with room, and the writer is told.
 * Idempotent: a second press finds it sent.
 */
export function confirmLetter(
  db: Db,
  token: string,
  now: Date,
  dailyCap: number = DEFAULT_DAILY_CAP,
): ConfirmLetterOutcome {
  return db
    .transaction((): ConfirmLetterOutcome => {
      const letter = statement(
        db,
        `SELECT l.id, l.state, l.expires_at AS expiresAt, l.council_id AS councilId, c.slug,
                l.writer_name AS writerName, l.writer_email AS writerEmail,
                l.writer_postcode AS postcode, l.subject, l.body
         FROM letters AS l JOIN councils AS c ON c.id = l.council_id
         WHERE l.confirm_token_hash = ?`,
      ).get(hashToken(token)) as
        | {
            id: number;
            state: string;
            expiresAt: string;
            councilId: number;
            slug: string;
            writerName: string;
            writerEmail: string;
            postcode: string;
            subject: string;
            body: string;
          }
        | undefined;
      if (!letter) return { kind: 'invalid' };
      if (letter.state === 'sent') return { kind: 'already-sent', councilSlug: letter.slug };
      if (letter.state === 'expired' || Date.parse(letter.expiresAt) < now.getTime()) {
        statement(
          db,
          `UPDATE letters SET state = 'expired' WHERE id = ? AND state = 'pending'`,
        ).run(letter.id);
        return { kind: 'expired' };
      }

      // The first day from today on which the council has had fewer than the cap.
      const sentOn = statement(
        db,
        `SELECT count(*) FROM letters WHERE council_id = ? AND state = 'sent' AND send_on = ?`,
      ).pluck();
      let day = new Date(`${dayOf(now)}T00:00:00Z`);
      while ((sentOn.get(letter.councilId, dayOf(day)) as number) >= dailyCap) {
        day = new Date(day.getTime() + DAY);
      }
      const sendOn = dayOf(day);
      const heldForLaterDay = sendOn !== dayOf(now);
      const notBefore = heldForLaterDay ? day : undefined;

      statement(
        db,
        `UPDATE letters SET state = 'sent', confirmed_at = ?, send_on = ? WHERE id = ? AND state = 'pending'`,
      ).run(now.toISOString(), sendOn, letter.id);
      for (const target of listTargets(db, letter.councilId)) {
        enqueueEmail(
          db,
          `letter:${letter.id}:${target.email}`,
          letterEmail(target.email, letter, 'letter'),
          notBefore,
        );
      }
      enqueueEmail(
        db,
        `letter-copy:${letter.id}`,
        letterEmail(letter.writerEmail, letter, 'letter-copy'),
        notBefore,
      );
      statement(
        db,
        `INSERT INTO letter_counts (council_id, sent) VALUES (?, 1)
         ON CONFLICT (council_id) DO UPDATE SET sent = sent + 1`,
      ).run(letter.councilId);
      return { kind: 'sent', councilSlug: letter.slug, sendOn, heldForLaterDay };
    })
    .immediate();
}
