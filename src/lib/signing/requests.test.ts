import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { findCouncil } from '../councils/queries.ts';
import { confirmPledge } from '../pledges/pledge.ts';
import { openSeededDatabase, pledgeForTest, signingFormForTest } from '../site/testing.ts';
import { days, now, SITE } from '../test-world.ts';
import {
  approveSigningRequest,
  awaitingApproval,
  createSigningRequest,
  findSigningLink,
  verifySigningRequest,
} from './requests.ts';
import { SigningFormSchema } from './form.ts';
import { rejectSigningRequest } from './rejection.ts';
import { deleteExpiredSigningRequests } from './retention.ts';
import { accountForTest } from '../admin/testing.ts';

const form = signingFormForTest;

const emails = (db: Db, template: string) =>
  db
    .prepare(
      'SELECT to_address AS "to", subject, text, headers FROM email_outbox WHERE template = ? ORDER BY id',
    )
    .all(template) as { to: string; subject: string; text: string; headers: string }[];

const tokenIn = (text: string) => /token=([\w-]+)/.exec(text)![1]!;

const campaigner = (db: Db) => accountForTest(db, 'sam@campaign.example', 'campaigner', now);

/** A confirmed supporter in Cardiff (CF10 is Cardiff), with or without campaign emails. */
function supporter(db: Db, email: string, campaignEmails: boolean, confirm = true) {
  const cardiff = db.prepare("SELECT id FROM councils WHERE slug = 'cardiff'").pluck().get();
  const token = pledgeForTest(db, {
    email,
    campaignEmails,
    postcode: 'CF10 1AA',
    councilId: cardiff as number,
    now,
  });
  if (confirm) confirmPledge(db, token, now);
}

function signedRequest(db: Db, changes: Record<string, unknown> = {}) {
  createSigningRequest(db, form(changes), { now, siteUrl: SITE });
  const text = emails(db, 'signing-verify').at(-1)!.text;
  return verifySigningRequest(db, tokenIn(text), now);
}

describe('the signing form', () => {
  it('keeps names on one line, so nothing can be added to an email header', () => {
    const parsed = form({ name: 'Morgan\r\nBcc: everyone@example.org', role: 'Director\nX' });
    expect(parsed.name).toBe('Morgan Bcc: everyone@example.org');
    expect(parsed.role).toBe('Director X');
  });

  it('needs the commitment ticked, and a date when the council only intends to sign', () => {
    const result = SigningFormSchema.safeParse({
      ...form(),
      commit: undefined,
      intent: 'pledge',
      intendsBy: '',
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(messages.commit).toMatch(/Tick the box/);
    expect(messages.intendsBy).toMatch(/date by which/);
  });

  it('asks for the charter to be read again when its wording changed while the form was open', () => {
    const result = SigningFormSchema.safeParse({ ...form(), charterVersion: 'charter-1999' });
    expect(result.error!.issues[0]!.message).toMatch(/wording has changed/);
  });
});

describe('signing the charter', () => {
  it('emails a link to the address given, and changes nothing public yet', () => {
    const db = openSeededDatabase();
    expect(createSigningRequest(db, form(), { now, siteUrl: SITE })).toEqual({
      kind: 'created',
      councilSlug: 'cardiff',
      needsReview: false,
    });
    const [verify] = emails(db, 'signing-verify');
    expect(verify!.to).toBe('morgan.evans@cardiff.gov.uk');
    expect(verify!.text).toContain(`${SITE}/sign/verify?token=`);
    expect(findCouncil(db, 'cardiff')!.status).toBe('not_signed');
    expect(awaitingApproval(db)).toEqual([]);
  });

  it('puts nothing the requester typed into the email, and sends one address three a day', () => {
    const db = openSeededDatabase();
    const typed = { name: 'Claim your prize at prize.example', role: 'Prize desk, call now' };
    const outcomes = [1, 2, 3, 4].map(
      () => createSigningRequest(db, form(typed), { now, siteUrl: SITE }).kind,
    );
    expect(outcomes).toEqual(['created', 'created', 'created', 'too-many-emails']);
    const sent = emails(db, 'signing-verify');
    expect(sent).toHaveLength(3);
    for (const email of sent) expect(email.subject + email.text).not.toMatch(/prize/i);
  });

  it('stores only a hash of the link: the token in the email is not in the database', () => {
    const db = openSeededDatabase();
    createSigningRequest(db, form(), { now, siteUrl: SITE });
    const token = tokenIn(emails(db, 'signing-verify')[0]!.text);
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
    const stored = db.prepare('SELECT verify_token_hash FROM signing_requests').pluck().get();
    expect(stored).not.toBe(token);
    expect(JSON.stringify(db.prepare('SELECT * FROM signing_requests').all())).not.toContain(token);
  });

  it('sends an address on the council’s own domain, or a subdomain, straight to approval', () => {
    const db = openSeededDatabase();
    expect(signedRequest(db, { email: 'a.b@children.cardiff.gov.uk' })).toEqual({
      kind: 'verified',
      councilSlug: 'cardiff',
      needsReview: false,
    });
    const [request] = awaitingApproval(db);
    expect(request!.reviewReason).toBeNull();
  });

  it('flags any other address for checking, and says why', () => {
    const db = openSeededDatabase();
    expect(signedRequest(db, { email: 'morgan@notcardiff.gov.uk' })).toMatchObject({
      kind: 'verified',
      needsReview: true,
    });
    expect(awaitingApproval(db)[0]!.reviewReason).toBe(
      'The address is at notcardiff.gov.uk, not at cardiff.gov.uk (the council’s own domain) or one of its subdomains.',
    );
  });

  it('answers a used link, an expired one and a made-up one differently', () => {
    const db = openSeededDatabase();
    createSigningRequest(db, form(), { now, siteUrl: SITE });
    const token = tokenIn(emails(db, 'signing-verify')[0]!.text);
    expect(findSigningLink(db, token, days(8))).toEqual({ kind: 'expired' });
    expect(verifySigningRequest(db, token, days(8))).toEqual({ kind: 'expired' });
    expect(verifySigningRequest(db, token, now).kind).toBe('verified');
    expect(verifySigningRequest(db, token, now)).toEqual({
      kind: 'already-verified',
      councilSlug: 'cardiff',
    });
    expect(verifySigningRequest(db, 'made-up-token-of-some-length', now)).toEqual({
      kind: 'invalid',
    });
  });

  it('refuses a council that has already signed, saying when', () => {
    const db = openSeededDatabase();
    expect(createSigningRequest(db, form({ council: 'kent' }), { now, siteUrl: SITE })).toEqual({
      kind: 'already-signed',
      councilName: 'Kent County Council',
      since: { on: '2013-09-19', precision: 'by' },
    });
    expect(emails(db, 'signing-verify')).toEqual([]);
  });

  it('takes an intention to sign only with a date in the next two years', () => {
    const db = openSeededDatabase();
    const pledge = (intendsBy: string) =>
      createSigningRequest(db, form({ intent: 'pledge', intendsBy }), { now, siteUrl: SITE });
    expect(pledge('2026-11-24').kind).toBe('date-out-of-range');
    expect(pledge('2029-01-01').kind).toBe('date-out-of-range');
    expect(pledge('2027-03-31').kind).toBe('created');
  });
});

describe('approving and rejecting', () => {
  it('approval records the signature, thanks the signatory and tells opted-in supporters once each', () => {
    const db = openSeededDatabase();
    supporter(db, 'wants@example.org', true);
    supporter(db, 'not-asked@example.org', false);
    supporter(db, 'unconfirmed@example.org', true, false);
    signedRequest(db);
    const adminId = campaigner(db);
    const [request] = awaitingApproval(db);

    const outcome = approveSigningRequest(db, request!.id, { adminId, now, siteUrl: SITE });
    expect(outcome).toEqual({ kind: 'approved', councilSlug: 'cardiff', supportersEmailed: 1 });

    const cardiff = findCouncil(db, 'cardiff')!;
    expect(cardiff.status).toBe('signed');
    expect(cardiff.statusSince).toBe('2026-11-24');
    expect(cardiff.history.at(-1)).toMatchObject({
      status: 'signed',
      source: 'Signed through this site',
      signatoryName: 'Morgan Evans',
      signatoryRole: 'Director of Social Services',
    });
    expect(cardiff.history.at(-1)!.note).toMatch(/from an address at cardiff\.gov\.uk/);

    const told = emails(db, 'council-signed');
    expect(told.map((e) => e.to)).toEqual(['wants@example.org']);
    expect(JSON.parse(told[0]!.headers)).toMatchObject({
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    const [thanks] = emails(db, 'signing-approved');
    expect(thanks!.to).toBe('morgan.evans@cardiff.gov.uk');
    expect(thanks!.text).toContain(`${SITE}/councils/cardiff/certificate`);
    expect(thanks!.text).toContain(`${SITE}/assess?token=`);

    // A second press of Approve changes nothing and emails no one again.
    expect(approveSigningRequest(db, request!.id, { adminId, now, siteUrl: SITE })).toEqual({
      kind: 'not-waiting',
    });
    expect(emails(db, 'council-signed')).toHaveLength(1);
  });

  it('a council cannot sign twice: a second request for it cannot be approved', () => {
    const db = openSeededDatabase();
    signedRequest(db);
    signedRequest(db, { name: 'Someone Else', email: 'someone@cardiff.gov.uk' });
    const adminId = campaigner(db);
    const [first, second] = awaitingApproval(db);
    approveSigningRequest(db, first!.id, { adminId, now, siteUrl: SITE });
    expect(approveSigningRequest(db, second!.id, { adminId, now, siteUrl: SITE })).toMatchObject({
      kind: 'already-signed',
    });
    expect(findCouncil(db, 'cardiff')!.history).toHaveLength(1);
  });

  it('an intention to sign becomes "pledged", with the date it names', () => {
    const db = openSeededDatabase();
    signedRequest(db, { intent: 'pledge', intendsBy: '2027-03-31' });
    const adminId = campaigner(db);
    approveSigningRequest(db, awaitingApproval(db)[0]!.id, { adminId, now, siteUrl: SITE });
    const cardiff = findCouncil(db, 'cardiff')!;
    expect(cardiff.status).toBe('pledged');
    expect(cardiff.history[0]!.note).toMatch(/intends to sign by 31 March 2027/);
    expect(emails(db, 'council-signed')).toEqual([]);
  });

  it('approves an address off the council’s domain only with a note of how it was checked', () => {
    const db = openSeededDatabase();
    signedRequest(db, { email: 'morgan@gmail.example' });
    const adminId = campaigner(db);
    const id = awaitingApproval(db)[0]!.id;
    expect(approveSigningRequest(db, id, { adminId, now, siteUrl: SITE })).toEqual({
      kind: 'check-needed',
    });
    expect(findCouncil(db, 'cardiff')!.status).toBe('not_signed');
    const howChecked = 'Rang the council switchboard; the director’s office confirmed it.';
    expect(
      approveSigningRequest(db, id, { adminId, now, siteUrl: SITE, howChecked }),
    ).toMatchObject({
      kind: 'approved',
    });
    expect(findCouncil(db, 'cardiff')!.history.at(-1)!.note).toContain(
      `checked with the council by the campaign: ${howChecked}`,
    );
  });

  it('rejection records why and tells the person who asked', () => {
    const db = openSeededDatabase();
    signedRequest(db, { email: 'morgan@gmail.example' });
    const adminId = campaigner(db);
    const reason = 'The council told us it has not yet agreed to sign.';
    expect(
      rejectSigningRequest(db, awaitingApproval(db)[0]!.id, reason, {
        adminId,
        now,
        siteUrl: SITE,
      }),
    ).toEqual({ kind: 'rejected', councilSlug: 'cardiff' });
    expect(emails(db, 'signing-rejected')[0]!.text).toContain(reason);
    expect(findCouncil(db, 'cardiff')!.status).toBe('not_signed');
    expect(db.prepare('SELECT rejection_reason FROM signing_requests').pluck().get()).toBe(reason);
  });

  it('forgets requests whose link was never used, a week after it expired', () => {
    const db = openSeededDatabase();
    createSigningRequest(db, form(), { now, siteUrl: SITE });
    expect(deleteExpiredSigningRequests(db, days(13))).toBe(0);
    expect(deleteExpiredSigningRequests(db, days(15))).toBe(1);
  });
});
