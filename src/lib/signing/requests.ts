import { z } from 'zod';
import { recordAudit } from '../audit/audit.ts';
import { statement, type Db } from '../db.ts';
import { enqueueEmail, withinRecipientLimit } from '../email/outbox.ts';
import { signingApprovedEmail, verifySigningEmail } from './emails.tsx';
import type { SigningForm } from './form.ts';
import { hashToken, newToken } from '../tokens.ts';
import { issueAssessmentLink } from './assessment-links.ts';
import { CHARTER_VERSION } from './charter-text.ts';
import {
  dateProblem,
  findSigningCouncil,
  recordSigning,
  reviewReason,
  statusProblem,
  type Intent,
  type SigningProblem,
} from './council-step.ts';
import { signingEmailKeys } from '../email/keys.ts';
import { VERIFY_LINK_DAYS } from './link-lifetimes.ts';
import { tellSupporters } from './tell-supporters.ts';
import { councilNameIn } from './council-names.ts';
import type { Locale } from '../i18n/locales.ts';
import { localisedPath } from '../i18n/pages.ts';

const DAY = 86_400_000;

export type CreateSigningOutcome =
  { kind: 'created'; councilSlug: string; needsReview: boolean } | SigningProblem;

/**
 * Records a request to sign (or to pledge) and emails a link to the address given. Nothing
 * public changes until the link is used and a campaigner approves.
 */
export function createSigningRequest(
  db: Db,
  form: SigningForm,
  { now, siteUrl }: { now: Date; siteUrl: string },
): CreateSigningOutcome {
  return db
    .transaction((): CreateSigningOutcome => {
      const council = findSigningCouncil(db, form.council);
      const problem = statusProblem(council, form.intent) ?? dateProblem(form, now);
      if (problem || !council) return problem ?? { kind: 'unknown-council' };
      const token = newToken();
      const message = verifySigningEmail(
        form.email,
        { councilName: councilNameIn(form.language, council), intent: form.intent },
        `${siteUrl}${localisedPath('/sign/verify', form.language)}?token=${token}`,
        form.language,
      );
      if (!withinRecipientLimit(db, message.to, [message.template])) {
        return { kind: 'too-many-emails' };
      }
      const reason = reviewReason(form.email, council);
      const { lastInsertRowid } = statement(
        db,
        `INSERT INTO signing_requests (council_id, intent, intends_to_sign_by, signatory_name,
         signatory_role, email, lead_member_name, charter_version, review_reason,
         verify_token_hash, verify_expires_at, created_at, language)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        council.id,
        form.intent,
        form.intent === 'pledge' ? form.intendsBy! : null,
        form.name,
        form.role,
        form.email,
        form.leadMember,
        CHARTER_VERSION,
        reason ?? null,
        hashToken(token),
        new Date(now.getTime() + VERIFY_LINK_DAYS * DAY).toISOString(),
        now.toISOString(),
        form.language,
      );
      enqueueEmail(db, signingEmailKeys.verify(lastInsertRowid), message);
      return { kind: 'created', councilSlug: council.slug, needsReview: reason !== undefined };
    })
    .immediate();
}

export interface SigningRequest {
  id: number;
  councilId: number;
  councilSlug: string;
  councilName: string;
  /** The council's Welsh name, for a council in Wales. */
  councilWelshName: string | null;
  councilWelshSlug: string | null;
  councilDomain: string | null;
  intent: Intent;
  intendsBy: string | null;
  name: string;
  role: string;
  email: string;
  leadMember: string;
  charterVersion: string;
  reviewReason: string | null;
  state: 'unverified' | 'awaiting_approval' | 'approved' | 'rejected';
  verifiedAt: string | null;
  verifyExpiresAt: string;
  createdAt: string;
  /** The language of the page they signed on: every email to them is in it. */
  language: Locale;
}

const REQUEST_COLUMNS = `
  r.id, r.council_id AS councilId, c.slug AS councilSlug, c.official_name AS councilName,
  c.welsh_name AS councilWelshName, c.welsh_slug AS councilWelshSlug, r.language,
  c.website_domain AS councilDomain, r.intent, r.intends_to_sign_by AS intendsBy,
  r.signatory_name AS name, r.signatory_role AS role, r.email, r.lead_member_name AS leadMember,
  r.charter_version AS charterVersion, r.review_reason AS reviewReason, r.state,
  r.verified_at AS verifiedAt, r.verify_expires_at AS verifyExpiresAt, r.created_at AS createdAt
  FROM signing_requests AS r JOIN councils AS c ON c.id = r.council_id`;

export type SigningLink =
  | { kind: 'pending'; request: SigningRequest }
  | { kind: 'already-verified'; request: SigningRequest }
  | { kind: 'expired' }
  | { kind: 'invalid' };

/** What an emailed verification link is for; the page shows it before the person confirms. */
export function findSigningLink(db: Db, token: string, now: Date): SigningLink {
  const request = statement(db, `SELECT ${REQUEST_COLUMNS} WHERE r.verify_token_hash = ?`).get(
    hashToken(token),
  ) as SigningRequest | undefined;
  if (!request) return { kind: 'invalid' };
  if (request.state !== 'unverified') return { kind: 'already-verified', request };
  if (request.verifyExpiresAt <= now.toISOString()) return { kind: 'expired' };
  return { kind: 'pending', request };
}

export type VerifyOutcome =
  | { kind: 'verified'; councilSlug: string; needsReview: boolean }
  | { kind: 'already-verified'; councilSlug: string }
  | { kind: 'expired' }
  | { kind: 'invalid' };

/** The signatory proves the address is theirs; the request then waits for a campaigner. */
export function verifySigningRequest(db: Db, token: string, now: Date): VerifyOutcome {
  return db
    .transaction((): VerifyOutcome => {
      const link = findSigningLink(db, token, now);
      if (link.kind === 'expired' || link.kind === 'invalid') return link;
      if (link.kind === 'already-verified') {
        return { kind: 'already-verified', councilSlug: link.request.councilSlug };
      }
      statement(
        db,
        `UPDATE signing_requests SET state = 'awaiting_approval', verified_at = ? WHERE id = ?`,
      ).run(now.toISOString(), link.request.id);
      return {
        kind: 'verified',
        councilSlug: link.request.councilSlug,
        needsReview: link.request.reviewReason !== null,
      };
    })
    .immediate();
}

/** Requests whose address has been proved, oldest first: the campaigners' queue. */
export function awaitingApproval(db: Db): SigningRequest[] {
  return statement(
    db,
    `SELECT ${REQUEST_COLUMNS} WHERE r.state = 'awaiting_approval' ORDER BY r.verified_at, r.id`,
  ).all() as SigningRequest[];
}

/** How many requests are still waiting for their signatory to use the emailed link. */
export function awaitingVerification(db: Db, now: Date): number {
  return statement(
    db,
    `SELECT count(*) FROM signing_requests WHERE state = 'unverified' AND verify_expires_at > ?`,
  )
    .pluck()
    .get(now.toISOString()) as number;
}

export type DecisionOutcome =
  | { kind: 'approved'; councilSlug: string; supportersEmailed: number }
  | { kind: 'rejected'; councilSlug: string }
  | { kind: 'not-waiting' }
  /** A flagged request (an address not on the council's domain) needs to say how it was checked. */
  | { kind: 'check-needed' }
  | SigningProblem;

/** How a campaigner checked a flagged request with the council, kept in the council's history. */
export const HowCheckedSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value : ''),
  z
    .string()
    .trim()
    .max(500, 'Keep it to 500 characters or fewer')
    .transform((value) => value || undefined),
);

/** A request a campaigner may decide on now: its address proved, not yet decided. */
export function waitingRequest(db: Db, id: number): SigningRequest | undefined {
  const request = statement(db, `SELECT ${REQUEST_COLUMNS} WHERE r.id = ?`).get(id) as
    SigningRequest | undefined;
  return request?.state === 'awaiting_approval' ? request : undefined;
}

export interface Decider {
  adminId: number;
  now: Date;
  siteUrl: string;
  /** For a flagged request: how it was checked with the council (a phone call, say). */
  howChecked?: string | undefined;
}

/**
 * A campaigner approves: the council's history gains the signature (or the pledge), the
 * signatory is thanked with the certificate and a self-assessment link, and, when the council
 * has signed, every supporter there who asked for campaign emails is told. All or nothing.
 */
export function approveSigningRequest(
  db: Db,
  id: number,
  { adminId, now, siteUrl, howChecked }: Decider,
): DecisionOutcome {
  return db
    .transaction((): DecisionOutcome => {
      const request = waitingRequest(db, id);
      if (!request) return { kind: 'not-waiting' };
      // One click would publish the signature and email the council's supporters: an address
      // that is not the council's own needs a word on how it was checked first.
      if (request.reviewReason && (howChecked ?? '').length < 10) return { kind: 'check-needed' };
      const council = findSigningCouncil(db, request.councilSlug)!;
      const problem = statusProblem(council, request.intent);
      if (problem) return problem;

      const status = recordSigning(db, council, request, { adminId, now, howChecked });
      statement(
        db,
        `UPDATE signing_requests SET state = 'approved', decided_at = ?, decided_by = ? WHERE id = ?`,
      ).run(now.toISOString(), adminId, request.id);

      const { url: assessUrl } = issueAssessmentLink(
        db,
        council.id,
        request.email,
        now,
        siteUrl,
        request.language,
      );
      enqueueEmail(
        db,
        `signing-approved:${request.id}`,
        signingApprovedEmail(
          { email: request.email, name: request.name },
          {
            councilName: councilNameIn(request.language, council),
            slug: council.slug,
            welshSlug: council.welshSlug,
            status,
          },
          { siteUrl, assessUrl },
          request.language,
        ),
      );
      const supportersEmailed = status === 'signed' ? tellSupporters(db, council, siteUrl) : 0;
      recordAudit(
        db,
        adminId,
        'signing.approve',
        { request: request.id, council: council.slug },
        now,
      );
      return { kind: 'approved', councilSlug: council.slug, supportersEmailed };
    })
    .immediate();
}
