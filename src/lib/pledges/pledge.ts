import { statement, type Db } from '../db.ts';
import { enqueueEmail, withinRecipientLimit } from '../email/outbox.ts';
import { alreadyPledgedEmail, confirmPledgeEmail } from './emails.tsx';
import { consentText, type ConsentPurpose } from './consent.ts';
import { emailKey } from '../email-address.ts';
import { pledgeEmailKeys } from '../email/keys.ts';
import type { PledgeForm } from './schema.ts';
import { hashToken, newToken } from '../tokens.ts';
import type { Locale } from '../i18n/locales.ts';
import { localisedPath } from '../i18n/pages.ts';
import { findReferral, giveShareCode } from './referrals.ts';

/** States a pledge moves through; the table's CHECK agrees. Only confirmed pledges count. */
export const PLEDGE_STATES = ['pending', 'confirmed'] as const;
export type PledgeState = (typeof PLEDGE_STATES)[number];

/** How long a confirmation link works. */
export const CONFIRM_LINK_DAYS = 7;
/** A pending pledge's confirmation is sent again at most this often. */
export const RESEND_INTERVAL_MS = 10 * 60_000;

export interface PledgeContext {
  now: Date;
  /** The site's public address, for links in emails. */
  siteUrl: string;
  /** The council found from the postcode, if any. */
  councilId: number | null;
  /** The network the pledge came from (`networkOf`), kept 30 days against floods of fakes. */
  network?: string | undefined;
  /**
   * The language of the page the pledge was made on, which the form says we will write in: it is
   * recorded with the consent, and every email the supporter gets is in it. English if not given.
   */
  language?: Locale | undefined;
}

/**
 * What happened to a pledge form. The page shows "check your inbox" for every one of these, so
 * nobody can learn from the site whether an address has pledged before. `throttled`: an email
 * went to the address in the last 10 minutes, or it has had its emails for the day.
 */
export type PledgeOutcome = 'created' | 'confirmation-resent' | 'already-confirmed' | 'throttled';

interface SupporterRow {
  id: number;
  state: PledgeState;
  email: string;
  confirmation_sent_at: string | null;
  language: Locale;
}

function recordConsent(
  db: Db,
  supporterId: number,
  purpose: ConsentPurpose,
  page: string,
  now: Date,
  language: Locale,
) {
  statement(
    db,
    `INSERT INTO consent_records (supporter_id, purpose, text_version, source_page, given_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(supporterId, purpose, consentText(purpose, language).version, page, now.toISOString());
}

/**
 * A supporter who pledges again from the other language's page has chosen that language: the
 * latest choice wins, as it is the one they made knowing what the form said ("we will write to
 * you in Welsh"). Their pledge consent is recorded again in the words of that page, so the record
 * always names the wording in the language we write to them in, and the email that answers this
 * pledge tells them of the change. Returns whether the language changed.
 */
function chooseLanguage(
  db: Db,
  supporter: SupporterRow,
  form: PledgeForm,
  context: PledgeContext,
): boolean {
  const language = context.language ?? 'en';
  if (supporter.language === language) return false;
  statement(db, 'UPDATE supporters SET language = ? WHERE id = ?').run(language, supporter.id);
  recordConsent(db, supporter.id, 'pledge', form.from, context.now, language);
  supporter.language = language;
  return true;
}

/**
 * Gives the supporter a new confirmation link and queues the email with it, unless their address
 * has had its emails for the day (the old link then still works). Returns whether it was sent.
 */
function sendConfirmation(db: Db, supporter: SupporterRow, context: PledgeContext): boolean {
  const token = newToken();
  const tokenHash = hashToken(token);
  const expires = new Date(context.now.getTime() + CONFIRM_LINK_DAYS * 86_400_000);
  const confirmPage = localisedPath('/pledge/confirm', supporter.language);
  const message = confirmPledgeEmail(
    supporter.email,
    `${context.siteUrl}${confirmPage}?token=${token}`,
    supporter.language,
  );
  if (!withinRecipientLimit(db, message.to, [message.template])) return false;
  statement(
    db,
    `UPDATE supporters SET confirm_token_hash = ?, confirm_token_expires_at = ?,
       confirmation_sent_at = ? WHERE id = ?`,
  ).run(tokenHash, expires.toISOString(), context.now.toISOString(), supporter.id);
  enqueueEmail(db, pledgeEmailKeys.confirmation(supporter.id, tokenHash), message);
  return true;
}

/**
 * Takes a pledge. New addresses are stored `pending` with their consent and a confirmation email
 * in one transaction: if this returns, all three are on disk. A repeat of a pending address gets
 * its confirmation again (at most every 10 minutes); a confirmed one gets a short note.
 */
export function createPledge(db: Db, form: PledgeForm, context: PledgeContext): PledgeOutcome {
  const key = emailKey(form.email);
  return db
    .transaction((): PledgeOutcome => {
      const existing = statement(
        db,
        `SELECT id, state, email, confirmation_sent_at, language FROM supporters
         WHERE email_key = ? AND erased_at IS NULL`,
      ).get(key) as SupporterRow | undefined;

      const language = context.language ?? 'en';
      if (!existing) {
        // Kept while pending; it counts for the one who shared only once this pledge is confirmed.
        const referral = findReferral(db, form.ref, form.via, key);
        const { lastInsertRowid } = statement(
          db,
          `INSERT INTO supporters (email, email_key, first_name, last_name, postcode, council_id,
             wants_campaign_emails, unsubscribe_key, created_at, source_network, referred_by,
             referral_channel, language)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          form.email,
          key,
          form.firstName,
          form.lastName,
          form.postcode,
          context.councilId,
          form.campaignEmails ? 1 : 0,
          newToken(),
          context.now.toISOString(),
          context.network ?? null,
          referral?.referredBy ?? null,
          referral?.channel ?? null,
          language,
        );
        const id = Number(lastInsertRowid);
        recordConsent(db, id, 'pledge', form.from, context.now, language);
        if (form.campaignEmails) {
          recordConsent(db, id, 'campaign_emails', form.from, context.now, language);
        }
        const sent = sendConfirmation(
          db,
          { id, state: 'pending', email: form.email, confirmation_sent_at: null, language },
          context,
        );
        return sent ? 'created' : 'throttled';
      }

      const changed = chooseLanguage(db, existing, form, context);
      const lastSent = existing.confirmation_sent_at
        ? Date.parse(existing.confirmation_sent_at)
        : 0;
      if (context.now.getTime() - lastSent < RESEND_INTERVAL_MS) return 'throttled';
      if (existing.state === 'pending') {
        return sendConfirmation(db, existing, context) ? 'confirmation-resent' : 'throttled';
      }
      const note = alreadyPledgedEmail(existing.email, context.siteUrl, existing.language, changed);
      if (!withinRecipientLimit(db, note.to, [note.template])) return 'throttled';
      statement(db, 'UPDATE supporters SET confirmation_sent_at = ? WHERE id = ?').run(
        context.now.toISOString(),
        existing.id,
      );
      enqueueEmail(db, pledgeEmailKeys.alreadyIn(existing.id, context.now), note);
      return 'already-confirmed';
    })
    .immediate();
}

/** `shareCode`: the supporter's own code, for the share links on the thank-you page. */
export type ConfirmOutcome =
  | { kind: 'confirmed'; councilSlug: string | null; shareCode: string | undefined }
  | { kind: 'already-confirmed'; councilSlug: string | null; shareCode: string | undefined }
  | { kind: 'expired' }
  | { kind: 'invalid' };

/** Adds one to the confirmed totals: everyone's, and the supporter's council's. */
function countConfirmed(db: Db, councilId: number | null) {
  const add = statement(
    db,
    `INSERT INTO supporter_counts (council_id, confirmed) VALUES (?, 1)
     ON CONFLICT (council_id) DO UPDATE SET confirmed = confirmed + 1`,
  );
  add.run(0);
  if (councilId !== null) add.run(councilId);
}

/**
 * Confirms the pledge a link was sent for. Idempotent: a second press (or a reused link) finds
 * the pledge already confirmed and says so, and the counters move exactly once.
 */
export function confirmPledge(db: Db, token: string, now: Date): ConfirmOutcome {
  return db
    .transaction((): ConfirmOutcome => {
      const supporter = statement(
        db,
        `SELECT s.id, s.state, s.confirm_token_expires_at AS expires, s.council_id AS councilId,
                c.slug AS councilSlug
         FROM supporters AS s LEFT JOIN councils AS c ON c.id = s.council_id
         WHERE s.confirm_token_hash = ? AND s.erased_at IS NULL`,
      ).get(hashToken(token)) as
        | {
            id: number;
            state: PledgeState;
            expires: string;
            councilId: number | null;
            councilSlug: string | null;
          }
        | undefined;
      if (!supporter) return { kind: 'invalid' };
      if (supporter.state === 'confirmed') {
        return {
          kind: 'already-confirmed',
          councilSlug: supporter.councilSlug,
          shareCode: giveShareCode(db, supporter.id),
        };
      }
      if (Date.parse(supporter.expires) < now.getTime()) return { kind: 'expired' };
      const changed = statement(
        db,
        `UPDATE supporters SET state = 'confirmed', confirmed_at = ? WHERE id = ? AND state = 'pending'`,
      ).run(now.toISOString(), supporter.id).changes;
      if (changed === 1) countConfirmed(db, supporter.councilId);
      return {
        kind: 'confirmed',
        councilSlug: supporter.councilSlug,
        shareCode: giveShareCode(db, supporter.id),
      };
    })
    .immediate();
}

/**
 * One-click unsubscribe (RFC 8058): withdraws consent to campaign emails. The pledge still
 * counts. Idempotent; false when the key is unknown.
 */
export function unsubscribe(db: Db, unsubscribeKey: string, now: Date): boolean {
  return db.transaction(() => {
    const supporter = statement(db, 'SELECT id FROM supporters WHERE unsubscribe_key = ?').get(
      unsubscribeKey,
    ) as { id: number } | undefined;
    if (!supporter) return false;
    statement(db, 'UPDATE supporters SET wants_campaign_emails = 0 WHERE id = ?').run(supporter.id);
    statement(
      db,
      `UPDATE consent_records SET withdrawn_at = ?
       WHERE supporter_id = ? AND purpose = 'campaign_emails' AND withdrawn_at IS NULL`,
    ).run(now.toISOString(), supporter.id);
    return true;
  })();
}
