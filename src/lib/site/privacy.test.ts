import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase, pledgeForTest } from './testing.ts';
import { countSupporters } from '../pledges/counts.ts';
import { confirmPledge } from '../pledges/pledge.ts';
import {
  eraseSupporter,
  exportSupporterData,
  isPrivacyLinkValid,
  joinedThroughLinksOf,
  requestPrivacyLink,
} from './privacy.ts';
import { ready, sendLetter } from '../lobby/testing.ts';

const now = new Date('2026-11-24T12:00:00Z');
const SITE = 'https://example.org.uk';

function confirmedSupporter(network?: string): Db {
  const db = openSeededDatabase();
  const token = pledgeForTest(db, { email: 'jo@example.org', postcode: 'CT1 1AA', network, now });
  confirmPledge(db, token, now);
  return db;
}

function privacyToken(db: Db): string {
  const text = db
    .prepare("SELECT text FROM email_outbox WHERE template = 'privacy-link' ORDER BY id DESC")
    .pluck()
    .get() as string;
  return /token=([\w-]+)/.exec(text)![1]!;
}

describe('privacy self-service', () => {
  it('emails a link only to addresses that have pledged, and says nothing either way', () => {
    const db = confirmedSupporter();
    requestPrivacyLink(db, 'nobody@example.org', SITE, now);
    requestPrivacyLink(db, 'JO@example.org', SITE, now);
    requestPrivacyLink(db, 'jo@example.org', SITE, now); // within 10 minutes: no second email
    expect(
      db.prepare("SELECT count(*) FROM email_outbox WHERE template = 'privacy-link'").pluck().get(),
    ).toBe(1);
  });

  it('sends one address at most three links a day', () => {
    const db = confirmedSupporter();
    for (const minutes of [0, 11, 22, 33]) {
      requestPrivacyLink(db, 'jo@example.org', SITE, new Date(now.getTime() + minutes * 60_000));
    }
    expect(
      db.prepare("SELECT count(*) FROM email_outbox WHERE template = 'privacy-link'").pluck().get(),
    ).toBe(3);
  });

  it('downloads everything held, once per link', () => {
    const db = confirmedSupporter();
    requestPrivacyLink(db, 'jo@example.org', SITE, now);
    const token = privacyToken(db);
    const data = exportSupporterData(db, token, now)!;
    expect(data.supporter).toMatchObject({
      email: 'jo@example.org',
      first_name: 'Sam',
      postcode: 'CT1 1AA',
    });
    expect(data.consents).toHaveLength(2);
    expect(data.emails.map((e) => e.subject)).toContain(
      'Please confirm your pledge to make runaways safe',
    );
    expect(exportSupporterData(db, token, now)).toBeUndefined();
  });

  it('tells a supporter, on their page and in the download, how many joined through their links', () => {
    const db = confirmedSupporter();
    const code = db.prepare('SELECT share_code FROM supporters').pluck().get() as string;
    const friend = pledgeForTest(db, { email: 'ana@example.org', ref: code, via: 'email', now });
    confirmPledge(db, friend, now);
    requestPrivacyLink(db, 'jo@example.org', SITE, now);
    const token = privacyToken(db);
    expect(joinedThroughLinksOf(db, token, now)).toBe(1);
    expect(exportSupporterData(db, token, now)!.supporter).toMatchObject({
      share_code: code,
      came_through_a_shared_link_via: null,
      joined_through_your_links: 1,
    });
    requestPrivacyLink(db, 'ana@example.org', SITE, now);
    expect(exportSupporterData(db, privacyToken(db), now)!.supporter).toMatchObject({
      came_through_a_shared_link_via: 'email',
      joined_through_your_links: 0,
    });
  });

  it('erases who they were, and the network they pledged from, and keeps the anonymous count', () => {
    const db = confirmedSupporter('203.0.113.0/24');
    requestPrivacyLink(db, 'jo@example.org', SITE, now);
    const token = privacyToken(db);
    expect(isPrivacyLinkValid(db, token, now)).toBe(true);
    expect(eraseSupporter(db, token, now)).toBe(true);
    expect(
      db
        .prepare(
          'SELECT email, first_name, last_name, postcode, source_network, state FROM supporters',
        )
        .get(),
    ).toEqual({
      email: null,
      first_name: null,
      last_name: null,
      postcode: null,
      source_network: null,
      state: 'confirmed',
    });
    expect(db.prepare('SELECT count(*) FROM email_outbox').pluck().get()).toBe(0);
    expect(
      db.prepare('SELECT count(*) FROM privacy_requests WHERE email_key IS NOT NULL').pluck().get(),
    ).toBe(0);
    expect(db.prepare('SELECT action FROM privacy_requests').pluck().get()).toBe('erased');
    expect(countSupporters(db).online).toBe(1);
    expect(eraseSupporter(db, token, now)).toBe(false);
  });

  it('refuses an expired link', () => {
    const db = confirmedSupporter();
    requestPrivacyLink(db, 'jo@example.org', SITE, now);
    const token = privacyToken(db);
    expect(isPrivacyLinkValid(db, token, new Date(now.getTime() + 25 * 3_600_000))).toBe(false);
  });

  it('serves people who wrote to a councillor without pledging', () => {
    const db = ready();
    sendLetter(db, { writerName: 'Sam Writer', email: 'Sam@example.org' }, { now });

    requestPrivacyLink(db, 'sam@example.org', SITE, now);
    const data = exportSupporterData(db, privacyToken(db), now)!;
    expect(data.supporter).toBeNull();
    expect(data.letters).toMatchObject([{ council: 'Cardiff', name: 'Sam Writer', state: 'sent' }]);
    expect(data.emails.length).toBeGreaterThanOrEqual(3); // confirmation, copy, follow-up

    requestPrivacyLink(db, 'sam@example.org', SITE, new Date(now.getTime() + 3_600_000));
    expect(eraseSupporter(db, privacyToken(db), new Date(now.getTime() + 3_600_000))).toBe(true);
    expect(db.prepare('SELECT count(*) FROM letters').pluck().get()).toBe(0);
    // The follow-up due in two weeks, and every copy of the letter, went with them.
    expect(
      db
        .prepare("SELECT count(*) FROM email_outbox WHERE template != 'privacy-link'")
        .pluck()
        .get(),
    ).toBe(0);
  });
});
