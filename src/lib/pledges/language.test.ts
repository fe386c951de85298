import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { exportSupporterData, requestPrivacyLink } from '../site/privacy.ts';
import { WELSH_CONSENT_TEXTS } from './consent.ts';
import { confirmPledge, createPledge, type PledgeContext } from './pledge.ts';
import { PledgeFormSchema } from './schema.ts';

const SITE = 'https://example.org.uk';
const start = new Date('2026-12-02T09:00:00Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

const form = (from: string, campaignEmails = false) =>
  PledgeFormSchema.parse({
    firstName: 'Cerys',
    lastName: 'Jones',
    email: 'cerys@example.org',
    postcode: 'CF10 1EP',
    from,
    website: '',
    shownAt: '0',
    ...(campaignEmails ? { campaignEmails: 'on' } : {}),
  });

const context = (language: PledgeContext['language'], now = start): PledgeContext => ({
  now,
  siteUrl: SITE,
  councilId: null,
  language,
});

const languageOf = (db: Db) =>
  db.prepare("SELECT language FROM supporters WHERE email_key = 'cerys@example.org'").pluck().get();
const consents = (db: Db) =>
  db.prepare('SELECT purpose, text_version, source_page FROM consent_records ORDER BY id').all();
const emails = (db: Db) =>
  db.prepare('SELECT template, subject, text FROM email_outbox ORDER BY id').all() as {
    template: string;
    subject: string;
    text: string;
  }[];

describe('a supporter who joins from a Welsh page', () => {
  it('is recorded as choosing Welsh, with consent to the Welsh words, and is emailed in Welsh', () => {
    const db = openSeededDatabase();
    expect(createPledge(db, form('/cy/ymuno', true), context('cy'))).toBe('created');
    expect(languageOf(db)).toBe('cy');
    expect(consents(db)).toEqual([
      { purpose: 'pledge', text_version: 'pledge-2026-12-02-cy', source_page: '/cy/ymuno' },
      {
        purpose: 'campaign_emails',
        text_version: 'campaign-emails-2026-12-02-cy',
        source_page: '/cy/ymuno',
      },
    ]);
    const [email] = emails(db);
    expect(email!.subject).toBe(
      "Cadarnhewch eich addewid i gadw plant sy'n rhedeg i ffwrdd yn ddiogel",
    );
    expect(email!.text).toContain(`${SITE}/cy/addewid/cadarnhau?token=`);
    expect(email!.text).not.toContain('/pledge/confirm');
  });

  it('keeps English, and the English wording, for a pledge from an English page', () => {
    const db = openSeededDatabase();
    createPledge(db, form('/join'), context('en'));
    expect(languageOf(db)).toBe('en');
    expect(consents(db)).toEqual([
      { purpose: 'pledge', text_version: 'pledge-2026-11-24', source_page: '/join' },
    ]);
    expect(emails(db)[0]!.text).toContain(`${SITE}/pledge/confirm?token=`);
  });

  it('names Welsh wording that differs from the English in words and version', () => {
    expect(WELSH_CONSENT_TEXTS.pledge.version).toMatch(/-cy$/);
    expect(WELSH_CONSENT_TEXTS.pledge.text).toContain("Siarter y Plant sy'n Rhedeg i Ffwrdd");
  });
});

describe('pledging again from the other language', () => {
  it('switches a pending supporter to the latest language, and resends the link in it', () => {
    const db = openSeededDatabase();
    createPledge(db, form('/join'), context('en'));
    expect(createPledge(db, form('/cy/ymuno'), context('cy', later(11)))).toBe(
      'confirmation-resent',
    );
    expect(languageOf(db)).toBe('cy');
    // The consent is recorded again in the words of the page they agreed on this time.
    expect(consents(db).at(-1)).toEqual({
      purpose: 'pledge',
      text_version: 'pledge-2026-12-02-cy',
      source_page: '/cy/ymuno',
    });
    const [english, welsh] = emails(db);
    expect(english!.text).toContain('/pledge/confirm?token=');
    expect(welsh!.text).toContain('/cy/addewid/cadarnhau?token=');
  });

  it('tells a confirmed supporter, in their new language, that we will write in it from now on', () => {
    const db = openSeededDatabase();
    createPledge(db, form('/cy/ymuno'), context('cy'));
    const token = /token=([A-Za-z0-9_-]+)/.exec(emails(db)[0]!.text)![1]!;
    expect(confirmPledge(db, token, later(1)).kind).toBe('confirmed');

    expect(createPledge(db, form('/join'), context('en', later(20)))).toBe('already-confirmed');
    expect(languageOf(db)).toBe('en');
    const note = emails(db).at(-1)!;
    expect(note.subject).toBe("You're already in");
    expect(note.text).toContain('We will write to you in English from now on.');
    expect(note.text).toContain(`${SITE}/councils`);

    // The same language again changes nothing and says nothing about it.
    createPledge(db, form('/join'), context('en', later(40)));
    expect(emails(db).at(-1)!.text).not.toContain('from now on');
    expect(
      consents(db).filter((c) => (c as { purpose: string }).purpose === 'pledge'),
    ).toHaveLength(2);
  });
});

describe("a Welsh supporter's own data", () => {
  it('comes by a Welsh email to the Welsh page, and the download says the language they chose', () => {
    const db = openSeededDatabase();
    createPledge(db, form('/cy/ymuno'), context('cy'));
    requestPrivacyLink(db, 'cerys@example.org', SITE, later(1));
    const link = emails(db).at(-1)!;
    expect(link.template).toBe('privacy-link');
    expect(link.subject).toBe('Eich data: ei lwytho i lawr neu ei ddileu');
    const token = new RegExp(`${SITE}/cy/preifatrwydd/rheoli\\?token=([\\w-]+)`).exec(
      link.text,
    )![1]!;
    expect(exportSupporterData(db, token, later(2))!.supporter).toMatchObject({ language: 'cy' });
  });
});
