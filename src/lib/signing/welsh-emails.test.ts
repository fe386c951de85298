import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { confirmPledge } from '../pledges/pledge.ts';
import { openSeededDatabase, pledgeForTest, signingFormForTest } from '../site/testing.ts';
import { accountForTest } from '../admin/testing.ts';
import { now, SITE } from '../test-world.ts';
import { requestAssessmentLink } from './assessment-links.ts';
import {
  assessmentLinkEmail,
  councilSignedEmail,
  signingApprovedEmail,
  signingRejectedEmail,
  verifySigningEmail,
} from './emails.tsx';
import { rejectSigningRequest } from './rejection.ts';
import {
  approveSigningRequest,
  awaitingApproval,
  createSigningRequest,
  verifySigningRequest,
} from './requests.ts';

/** Words no Welsh email says outside a name or an address. */
const ENGLISH = /\b(the|and|your|with|this|that|you|have|please|council)\b/i;

/** What is left of an email's text once links, names and the campaign's name are taken out. */
const prose = (text: string) =>
  text
    .replace(/https?:\/\/\S+/g, '')
    .replace(/Make Runaways Safe|Childline|Morgan Evans|Alex/g, '')
    // The line a campaign email ends with belongs to every mailing, not to these emails.
    .replace(/You asked for campaign emails[\s\S]*$/, '');

const emails = (db: Db, template: string) =>
  db
    .prepare(
      'SELECT to_address AS "to", subject, html, text FROM email_outbox WHERE template = ? ORDER BY id',
    )
    .all(template) as { to: string; subject: string; html: string; text: string }[];

const cardiff = { councilName: 'Cyngor Caerdydd', slug: 'cardiff', welshSlug: 'caerdydd' };

describe.each([
  [
    'the verification email',
    verifySigningEmail('a@cardiff.gov.uk', { ...cardiff, intent: 'sign' }, 'https://x/y', 'cy'),
    "Cadarnhewch, os gwelwch yn dda: Cyngor Caerdydd a Siarter y Plant sy'n Rhedeg i Ffwrdd",
  ],
  [
    'the approval email',
    signingApprovedEmail(
      { email: 'a@cardiff.gov.uk', name: 'Morgan Evans' },
      { ...cardiff, status: 'signed' },
      { siteUrl: SITE, assessUrl: `${SITE}/cy/hunanasesu?token=abc` },
      'cy',
    ),
    "Mae Cyngor Caerdydd wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd",
  ],
  [
    'the rejection email',
    signingRejectedEmail(
      { email: 'a@cardiff.gov.uk', name: 'Morgan Evans' },
      cardiff,
      'Galwad i’r cyngor',
      SITE,
      'cy',
    ),
    "Eich cais ar ran Cyngor Caerdydd a Siarter y Plant sy'n Rhedeg i Ffwrdd",
  ],
  [
    "the supporters' email",
    councilSignedEmail(
      { email: 's@example.org', firstName: 'Alex', unsubscribeKey: 'k'.repeat(20) },
      cardiff,
      SITE,
      'cy',
    ),
    "Mae Cyngor Caerdydd wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd",
  ],
  [
    'the self-assessment link email',
    assessmentLinkEmail('a@cardiff.gov.uk', 'Cyngor Caerdydd', `${SITE}/cy/hunanasesu?t=1`, 'cy'),
    'Eich dolen hunanasesu ar gyfer Cyngor Caerdydd',
  ],
])('%s in Welsh', (_, email, subject) => {
  it('has a Welsh subject', () => expect(email.subject).toBe(subject));

  it('says lang="cy" and is Welsh throughout, with the Welsh helplines line', () => {
    expect(email.html).toMatch(/^<!doctype html><html lang="cy">/);
    expect(prose(email.text)).not.toMatch(ENGLISH);
    expect(email.text).toContain('Angen help nawr?');
  });
});

describe('a signatory who signs on the Welsh page', () => {
  it('gets every email in Welsh, naming the council in Welsh, with links to the Welsh pages', () => {
    const db = openSeededDatabase();
    createSigningRequest(db, signingFormForTest({ language: 'cy' }), { now, siteUrl: SITE });
    expect(db.prepare('SELECT language FROM signing_requests').pluck().get()).toBe('cy');
    const [verify] = emails(db, 'signing-verify');
    expect(verify!.subject).toContain('Cyngor Caerdydd');
    const token = /\/cy\/llofnodi\/gwirio\?token=([\w-]+)/.exec(verify!.text)![1]!;
    verifySigningRequest(db, token, now);

    const adminId = accountForTest(db, 'sam@campaign.example', 'campaigner', now);
    approveSigningRequest(db, awaitingApproval(db)[0]!.id, { adminId, now, siteUrl: SITE });
    const [approved] = emails(db, 'signing-approved');
    expect(approved!.subject).toBe(
      "Mae Cyngor Caerdydd wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd",
    );
    expect(approved!.text).toContain('Annwyl Morgan Evans,');
    expect(approved!.text).toContain(`${SITE}/councils/cardiff/certificate`);
    expect(approved!.text).toContain(`${SITE}/cy/cynghorau/caerdydd`);
    expect(approved!.text).toMatch(new RegExp(`${SITE}/cy/hunanasesu\\?token=[\\w-]+`));
  });

  it('hears why in Welsh when the request is not approved', () => {
    const db = openSeededDatabase();
    createSigningRequest(db, signingFormForTest({ language: 'cy' }), { now, siteUrl: SITE });
    const token = /token=([\w-]+)/.exec(emails(db, 'signing-verify')[0]!.text)![1]!;
    verifySigningRequest(db, token, now);
    const adminId = accountForTest(db, 'sam@campaign.example', 'campaigner', now);
    rejectSigningRequest(db, awaitingApproval(db)[0]!.id, 'Nid yw’r cyngor yn ei adnabod.', {
      adminId,
      now,
      siteUrl: SITE,
    });
    const [rejected] = emails(db, 'signing-rejected');
    expect(rejected!.subject).toContain('Eich cais ar ran Cyngor Caerdydd');
    expect(rejected!.text).toContain(`${SITE}/cy/llofnodi?council=cardiff`);
  });
});

describe('when a council signs, its supporters', () => {
  it('are each told in the language they joined in', () => {
    const db = openSeededDatabase();
    const councilId = db.prepare("SELECT id FROM councils WHERE slug = 'cardiff'").pluck().get();
    for (const [email, language] of [
      ['cymraeg@example.org', 'cy'],
      ['english@example.org', 'en'],
    ] as const) {
      const token = pledgeForTest(db, {
        email,
        campaignEmails: true,
        postcode: 'CF10 1AA',
        councilId: councilId as number,
        now,
      });
      confirmPledge(db, token, now);
      db.prepare('UPDATE supporters SET language = ? WHERE email = ?').run(language, email);
    }
    createSigningRequest(db, signingFormForTest(), { now, siteUrl: SITE });
    const token = /token=([\w-]+)/.exec(emails(db, 'signing-verify')[0]!.text)![1]!;
    verifySigningRequest(db, token, now);
    const adminId = accountForTest(db, 'sam@campaign.example', 'campaigner', now);
    approveSigningRequest(db, awaitingApproval(db)[0]!.id, { adminId, now, siteUrl: SITE });

    const told = Object.fromEntries(emails(db, 'council-signed').map((e) => [e.to, e]));
    expect(told['cymraeg@example.org']!.subject).toBe(
      "Mae Cyngor Caerdydd wedi llofnodi Siarter y Plant sy'n Rhedeg i Ffwrdd",
    );
    expect(told['cymraeg@example.org']!.html).toContain('<html lang="cy">');
    expect(told['english@example.org']!.subject).toBe(
      "City of Cardiff Council has signed the Runaways' Charter",
    );
    expect(told['english@example.org']!.html).toContain('<html lang="en-GB">');
  });
});

describe('a self-assessment link asked for on the Welsh page', () => {
  it('comes in Welsh and opens the Welsh page', () => {
    const db = openSeededDatabase();
    requestAssessmentLink(
      db,
      { council: 'kent', email: 'jo@kent.gov.uk', language: 'cy' },
      now,
      SITE,
    );
    const [sent] = emails(db, 'assessment-link');
    expect(sent!.subject).toBe('Eich dolen hunanasesu ar gyfer Kent County Council');
    expect(sent!.text).toMatch(new RegExp(`${SITE}/cy/hunanasesu\\?token=[\\w-]+`));
  });
});
