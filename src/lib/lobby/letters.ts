import { z } from 'zod';
import { COUNCIL_SLUG } from '../councils/slug.ts';
import { statement, type Db } from '../db.ts';
import { enqueueEmail, withinRecipientLimit } from '../email/outbox.ts';
import {
  confirmLetterEmail,
  letterTooSoonEmail,
  WRITER_CHECK_TEMPLATES,
} from './writer-emails.tsx';
import { emailKey } from '../email-address.ts';
import { EMAIL_MAX_LENGTH, EmailSchema, POSTCODE_MAX_LENGTH, singleLine } from '../form-fields.ts';
import { hashToken, newToken } from '../tokens.ts';
import { toPostcode } from '../postcode/postcode.ts';
import { letterEmailKeys } from '../email/keys.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { localisedPath } from '../i18n/pages.ts';
import { containment, fingerprint } from './fingerprint.ts';
import { recentLetter } from './recent-letters.ts';
import { findNearDuplicate } from './near-duplicates.ts';
import type { Residence } from './residence.ts';
import { recipientChoice } from './targets.ts';

/** In a letter's body only line breaks are kept. */
const CONTROL_BUT_NEWLINES = /[\u0000-\u0009\u000b-\u001f\u007f]+/g;

// Composed (NFC) so that a Welsh ŵ or â typed as letter plus accent counts as one character.
const paragraphs = (value: string) =>
  value.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL_BUT_NEWLINES, ' ').trim();
const composed = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : value);

/** The longest letter, suggested opening and own words together. */
export const LETTER_MAX = 5000;
/** The part the writer must write themselves: a few sentences at least. */
export const OWN_WORDS_MIN = 50;

/** The longest each box of the letter form takes: the schema checks them, the form's boxes say them. */
export const LETTER_LIMITS = {
  subject: 150,
  opening: LETTER_MAX,
  ownWords: LETTER_MAX,
  writerName: 100,
  email: EMAIL_MAX_LENGTH,
  postcode: POSTCODE_MAX_LENGTH,
} as const;

/**
 * The letter form: one schema for the actions, the pages and the tests. The letter is the
 * suggested opening (which the writer may change or delete) followed by a paragraph in their own
 * words, which they must write: councillors give little weight to copied letters.
 */
export const LetterFormSchema = z
  .object({
    council: z.string().regex(COUNCIL_SLUG, 'Choose your council'),
    writerName: z.preprocess(
      composed,
      singleLine(
        'Enter your name',
        LETTER_LIMITS.writerName,
        `Your name must be ${LETTER_LIMITS.writerName} characters or fewer`,
      ),
    ),
    email: EmailSchema,
    postcode: z
      .string({ error: 'Enter your postcode' })
      .transform(
        toPostcode(
          'Enter your full postcode, like SW1A 1AA: councillors answer the people they represent',
        ),
      ),
    subject: z.preprocess(
      composed,
      singleLine(
        'Enter a subject',
        LETTER_LIMITS.subject,
        `Keep the subject to ${LETTER_LIMITS.subject} characters or fewer`,
        5,
      ),
    ),
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
    /** The language of the page the letter was written on: every email to its writer is in it. */
    language: z.preprocess((value) => (value === 'cy' ? 'cy' : 'en'), z.enum(LOCALES)),
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
  welshName: string | null;
}

/** A council's name as an email in `locale` says it: Cyngor Caerdydd in Welsh, Cardiff in English. */
const councilNameIn = (council: LetterCouncil, locale: Locale) =>
  locale === 'cy' ? (council.welshName ?? council.name) : council.name;

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
  const council = statement(
    db,
    'SELECT id, short_name AS name, welsh_name AS welshName FROM councils WHERE slug = ?',
  ).get(form.council) as LetterCouncil | undefined;
  if (!council) return { kind: 'unknown-council' };
  // The writer's own words: the suggested opening is the same in every letter to the council,
  // so letters that keep it would all look alike (and every letter would be a candidate).
  const prints = fingerprint(form.ownWords);
  const since = new Date(now.getTime() - NEAR_DUPLICATE_DAYS * DAY).toISOString();
  if (findNearDuplicate(db, council.id, prints, since)) return { kind: 'near-duplicate' };
  return { kind: 'ok', council, fingerprint: prints };
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
          letterTooSoonEmail(
            form.email,
            councilNameIn(check.council, form.language),
            recent,
            context.siteUrl,
            form.language,
          ),
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
           confirm_token_hash, expires_at, created_at, language)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        form.language,
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
          councilNameIn(check.council, form.language),
          `${context.siteUrl}${localisedPath('/lobby/confirm', form.language)}?token=${token}`,
          form.language,
        ),
      );
      return { kind: 'emailed' };
    })
    .immediate();
}
