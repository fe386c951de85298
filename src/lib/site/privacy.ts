import { readEnv } from '../env.ts';
import { rewriteDigests } from '../lobby/letter-delivery.ts';
import { statement, type Db } from '../db.ts';
import { anonymiseSupporter } from '../pledges/anonymise.ts';
import { countJoinedThrough } from '../pledges/referrals.ts';
import { enqueueEmail, withinRecipientLimit } from '../email/outbox.ts';
import { privacyLinkEmail } from '../pledges/emails.tsx';
import { emailKey } from '../email-address.ts';
import { pledgeEmailKeys } from '../email/keys.ts';
import { hashToken, newToken } from '../tokens.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { localisedPath } from '../i18n/pages.ts';

/** How long a "download or delete my data" link works. */
export const PRIVACY_LINK_HOURS = 24;
/** While a link sent this recently is unused, no second one is sent. */
const PRIVACY_RESEND_MS = 10 * 60_000;

/**
 * The address we hold for a person, and the language they chose with it: the one they pledged
 * with, or the one they last wrote with.
 */
function knownAddress(db: Db, key: string): { address: string; language: Locale } | undefined {
  const found = (statement(
    db,
    'SELECT email AS address, language FROM supporters WHERE email_key = ? AND erased_at IS NULL',
  ).get(key) ??
    statement(
      db,
      `SELECT writer_email AS address, language FROM letters WHERE writer_email_key = ?
       ORDER BY id DESC LIMIT 1`,
    ).get(key)) as { address: string; language: string } | undefined;
  return (
    found && { address: found.address, language: isLocale(found.language) ? found.language : 'en' }
  );
}

/**
 * Emails a link to download or delete one's data, if the address has pledged or written to a
 * councillor (and has not had its emails for the day). The page says the same thing either way,
 * so it cannot be used to find out who has.
 */
export function requestPrivacyLink(db: Db, email: string, siteUrl: string, now: Date): void {
  const key = emailKey(email);
  db.transaction(() => {
    const known = knownAddress(db, key);
    if (!known) return;
    const recent = statement(
      db,
      'SELECT 1 FROM privacy_requests WHERE email_key = ? AND created_at > ? AND action IS NULL',
    ).get(key, new Date(now.getTime() - PRIVACY_RESEND_MS).toISOString());
    if (recent) return;
    const token = newToken();
    const tokenHash = hashToken(token);
    // In the language they chose, opening the page to manage their data in it.
    const manage = localisedPath('/privacy/manage', known.language);
    const message = privacyLinkEmail(
      known.address,
      `${siteUrl}${manage}?token=${token}`,
      known.language,
    );
    if (!withinRecipientLimit(db, message.to, [message.template])) return;
    statement(
      db,
      'INSERT INTO privacy_requests (token_hash, email_key, expires_at, created_at) VALUES (?, ?, ?, ?)',
    ).run(
      tokenHash,
      key,
      new Date(now.getTime() + PRIVACY_LINK_HOURS * 3_600_000).toISOString(),
      now.toISOString(),
    );
    enqueueEmail(db, pledgeEmailKeys.privacyLink(tokenHash), message);
  }).immediate();
}

/** Every address a person has used with us: to pledge, and to write letters (case may differ). */
function addressesOf(db: Db, key: string): string[] {
  return statement(
    db,
    `SELECT email FROM supporters WHERE email_key = ? AND email IS NOT NULL
     UNION SELECT writer_email FROM letters WHERE writer_email_key = ? AND writer_email IS NOT NULL
     UNION SELECT email FROM news_comments WHERE email_key = ?`,
  )
    .pluck()
    .all(key, key, key) as string[];
}

interface OpenRequest {
  id: number;
  emailKey: string;
}

/** The request a link belongs to, if the link is real, unused and not expired. */
function openRequest(db: Db, token: string, now: Date): OpenRequest | undefined {
  return statement(
    db,
    `SELECT id, email_key AS emailKey FROM privacy_requests
     WHERE token_hash = ? AND action IS NULL AND expires_at > ? AND email_key IS NOT NULL`,
  ).get(hashToken(token), now.toISOString()) as OpenRequest | undefined;
}

export function isPrivacyLinkValid(db: Db, token: string, now: Date): boolean {
  return openRequest(db, token, now) !== undefined;
}

/**
 * How many joined through the links of the supporter a privacy link is for; undefined when they
 * have no share code (they wrote a letter without pledging, or have not confirmed).
 */
export function joinedThroughLinksOf(db: Db, token: string, now: Date): number | undefined {
  const request = openRequest(db, token, now);
  if (!request) return undefined;
  const supporter = statement(
    db,
    `SELECT id FROM supporters
     WHERE email_key = ? AND erased_at IS NULL AND share_code IS NOT NULL`,
  )
    .pluck()
    .get(request.emailKey) as number | undefined;
  return supporter === undefined ? undefined : countJoinedThrough(db, supporter);
}

/** Everything we hold about a supporter, as they would download it. */
export interface SupporterData {
  /** Null for someone who wrote to a councillor without pledging. */
  supporter: Record<string, unknown> | null;
  consents: Record<string, unknown>[];
  emails: Record<string, unknown>[];
  letters: Record<string, unknown>[];
  comments: Record<string, unknown>[];
}

/** The supporter's data, for download; the link is then used up. Undefined for a bad link. */
export function exportSupporterData(db: Db, token: string, now: Date): SupporterData | undefined {
  return db.transaction(() => {
    const request = openRequest(db, token, now);
    if (!request) return undefined;
    const supporter = statement(
      db,
      `SELECT s.id, s.email, s.first_name, s.last_name, s.postcode, c.short_name AS council, s.state,
              s.wants_campaign_emails, s.created_at, s.confirmed_at, s.share_code,
              s.referral_channel AS came_through_a_shared_link_via, s.language
       FROM supporters AS s LEFT JOIN councils AS c ON c.id = s.council_id
       WHERE s.email_key = ? AND s.erased_at IS NULL`,
    ).get(request.emailKey) as
      ({ id: number; email: string } & Record<string, unknown>) | undefined;
    const addresses = addressesOf(db, request.emailKey);
    if (addresses.length === 0) return undefined;
    const consents = supporter
      ? (statement(
          db,
          `SELECT purpose, text_version, source_page, given_at, withdrawn_at FROM consent_records
           WHERE supporter_id = ? ORDER BY id`,
        ).all(supporter.id) as Record<string, unknown>[])
      : [];
    const emails = addresses.flatMap(
      (address) =>
        statement(
          db,
          `SELECT subject, state, created_at, sent_at FROM email_outbox WHERE to_address = ? ORDER BY id`,
        ).all(address) as Record<string, unknown>[],
    );
    const letters = statement(
      db,
      `SELECT c.short_name AS council, l.subject, l.body, l.writer_name AS name,
              l.writer_postcode AS postcode, l.state, l.created_at, l.send_on,
              l.reply_answer AS councillor_replied
       FROM letters AS l JOIN councils AS c ON c.id = l.council_id
       WHERE l.writer_email_key = ? ORDER BY l.id`,
    ).all(request.emailKey) as Record<string, unknown>[];
    const comments = statement(
      db,
      `SELECT post_id AS news_post, name, body, state, created_at FROM news_comments
       WHERE email_key = ? ORDER BY id`,
    ).all(request.emailKey) as Record<string, unknown>[];
    statement(db, `UPDATE privacy_requests SET action = 'exported', acted_at = ? WHERE id = ?`).run(
      now.toISOString(),
      request.id,
    );
    if (!supporter) return { supporter: null, consents, emails, letters, comments };
    const { id, ...rest } = supporter;
    const joined = { joined_through_your_links: countJoinedThrough(db, id) };
    return { supporter: { ...rest, ...joined }, consents, emails, letters, comments };
  })();
}

/**
 * Erases a person: the letters and comments they wrote and the emails sent to them are deleted;
 * if they pledged, their row is blanked (anonymiseSupporter) and stays, so the campaign's counts
 * stay true. False for a bad link.
 */
export function eraseSupporter(db: Db, token: string, now: Date): boolean {
  return db.transaction(() => {
    const request = openRequest(db, token, now);
    if (!request) return false;
    const supporter = statement(
      db,
      'SELECT id, email FROM supporters WHERE email_key = ? AND erased_at IS NULL',
    ).get(request.emailKey) as { id: number; email: string } | undefined;
    // Emails to them, and letters they wrote (sent with them as Reply-To). Letter tallies stay.
    for (const address of addressesOf(db, request.emailKey)) {
      statement(db, 'DELETE FROM email_outbox WHERE to_address = ? OR reply_to = ?').run(
        address,
        address,
      );
    }
    // Their letters in digests not yet sent are taken out of them.
    const digests = statement(
      db,
      `SELECT DISTINCT r.target_id AS targetId, r.sent_on AS day FROM letter_recipients AS r
       JOIN letters AS l ON l.id = r.letter_id WHERE l.writer_email_key = ? AND r.digest = 1`,
    ).all(request.emailKey) as { targetId: number; day: string }[];
    statement(db, 'DELETE FROM letters WHERE writer_email_key = ?').run(request.emailKey);
    rewriteDigests(db, digests, readEnv().SITE_URL);
    statement(db, 'DELETE FROM news_comments WHERE email_key = ?').run(request.emailKey);
    if (supporter) anonymiseSupporter(db, supporter.id, 'erased', now);
    statement(db, `UPDATE privacy_requests SET action = 'erased', acted_at = ? WHERE id = ?`).run(
      now.toISOString(),
      request.id,
    );
    // No request keeps the address, the last link to who they were.
    statement(db, 'UPDATE privacy_requests SET email_key = NULL WHERE email_key = ?').run(
      request.emailKey,
    );
    return true;
  })();
}
