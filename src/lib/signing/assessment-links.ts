import { z } from 'zod';
import { COUNCIL_SLUG } from '../councils/slug.ts';
import { statement, type Db } from '../db.ts';
import { enqueueEmail, withinRecipientLimit } from '../email/outbox.ts';
import { emptyAsUndefined, EmailSchema } from '../form-fields.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { localisedPath } from '../i18n/pages.ts';
import { hashToken, newToken } from '../tokens.ts';
import { councilNameIn } from './council-names.ts';
import { isOnDomain } from './domains.ts';
import { ASSESSMENT_LINK_TEMPLATE, assessmentLinkEmail } from './emails.tsx';
import { ASSESSMENT_LINK_DAYS } from './link-lifetimes.ts';

/*
 * The private links a council's self-assessment is opened by: made when a signing is approved,
 * or on request from an address that may have one.
 */

const DAY = 86_400_000;

/**
 * Makes a private link to a council's self-assessment (256 random bits; only the hash is kept).
 * The caller emails it, in the approval email or on its own.
 */
export function issueAssessmentLink(
  db: Db,
  councilId: number,
  email: string,
  now: Date,
  siteUrl: string,
  locale: Locale = 'en',
): { url: string; linkId: number } {
  const token = newToken();
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO assessment_links (council_id, token_hash, email, expires_at, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    councilId,
    hashToken(token),
    email,
    new Date(now.getTime() + ASSESSMENT_LINK_DAYS * DAY).toISOString(),
    now.toISOString(),
  );
  // A Welsh email's link opens the Welsh page.
  const url = `${siteUrl}${localisedPath('/assess', locale)}?token=${token}`;
  return { url, linkId: Number(lastInsertRowid) };
}

export const AssessmentLinkRequestSchema = z.object({
  council: z.string({ error: 'Choose your council' }).regex(COUNCIL_SLUG, 'Choose your council'),
  email: EmailSchema,
  /** The language of the page the form was sent from: the email and the link it holds are in it. */
  language: z.preprocess(emptyAsUndefined, z.enum(LOCALES).default('en')),
});

/**
 * Sends a new self-assessment link when the address may have one: the council has signed or
 * pledged, the address is on the council's own domain or is a signatory's, and it has not had
 * its emails for the day. Whoever asks is told the same either way, so the form cannot be used to
 * learn who signed.
 */
export function requestAssessmentLink(
  db: Db,
  {
    council: slug,
    email,
    language = 'en',
  }: Omit<z.infer<typeof AssessmentLinkRequestSchema>, 'language'> & { language?: Locale },
  now: Date,
  siteUrl: string,
): void {
  db.transaction(() => {
    const council = statement(
      db,
      `SELECT c.id, c.official_name AS name, c.welsh_name AS welshName,
              c.website_domain AS domain, s.status
       FROM councils AS c JOIN council_status AS s ON s.council_id = c.id WHERE c.slug = ?`,
    ).get(slug) as
      | {
          id: number;
          name: string;
          welshName: string | null;
          domain: string | null;
          status: string;
        }
      | undefined;
    if (!council || council.status === 'not_signed') return;
    const signatory = statement(
      db,
      `SELECT 1 FROM signing_requests
       WHERE council_id = ? AND state = 'approved' AND email = ? COLLATE NOCASE`,
    ).get(council.id, email);
    if (!signatory && !isOnDomain(email, council.domain)) return;
    if (!withinRecipientLimit(db, email, [ASSESSMENT_LINK_TEMPLATE])) return;
    const { url, linkId } = issueAssessmentLink(db, council.id, email, now, siteUrl, language);
    enqueueEmail(
      db,
      `assessment-link:${linkId}`,
      assessmentLinkEmail(email, councilNameIn(language, council), url, language),
    );
  }).immediate();
}
