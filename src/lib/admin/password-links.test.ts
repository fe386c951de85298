import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase, setPasswordForTest } from '../site/testing.ts';
import { removeAccess } from './accounts.ts';
import { UNPROVEN_EMAILS_PER_DAY } from '../email/outbox.ts';
import { emailSetPasswordLink } from './password-links.ts';
import { checkLogin, createAccount, findAccount } from './users.ts';

const now = new Date('2026-11-25T10:00:00Z');
const SITE = 'https://example.org.uk';
let db: Db;

const emailed = () =>
  db
    .prepare(
      'SELECT to_address AS "to", text FROM email_outbox WHERE template = \'set-password-link\'',
    )
    .all() as { to: string; text: string }[];
const tokenIn = (text: string) => /set-password\?token=([\w-]+)/.exec(text)![1]!;

beforeEach(async () => {
  db = openSeededDatabase();
  const token = createAccount(db, 'Sam@Campaign.example', 'admin', now)!;
  await setPasswordForTest(db, token, 'the password sam forgot', now);
});

describe('a set-password link emailed to the account’s owner', () => {
  it('goes to the account’s own address, keeps its role and password until used, and is audited', async () => {
    expect(emailSetPasswordLink(db, ' sam@campaign.example ', SITE, now)).toBe('sent');
    const [email] = emailed();
    expect(email!.to).toBe('Sam@Campaign.example');
    expect(findAccount(db, 'sam@campaign.example')).toMatchObject({ role: 'admin' });
    expect(
      await checkLogin(db, 'sam@campaign.example', 'the password sam forgot', {
        now: now,
        key: undefined,
      }),
    ).toBeDefined();
    expect(db.prepare('SELECT action FROM audit_log').pluck().all()).toEqual([
      'account.link-emailed',
    ]);

    await setPasswordForTest(db, tokenIn(email!.text), 'a new password remembered', now);
    expect(
      await checkLogin(db, 'sam@campaign.example', 'a new password remembered', {
        now: now,
        key: undefined,
      }),
    ).toMatchObject({ role: 'admin' });
  });

  it('is sent at most three times a day to one account, and never to an unknown address', () => {
    for (let i = 0; i < UNPROVEN_EMAILS_PER_DAY; i += 1) {
      expect(emailSetPasswordLink(db, 'sam@campaign.example', SITE, now)).toBe('sent');
    }
    expect(emailSetPasswordLink(db, 'SAM@campaign.example', SITE, now)).toBe('limit-reached');
    expect(emailSetPasswordLink(db, 'nobody@campaign.example', SITE, now)).toBe('no-account');
    expect(emailed()).toHaveLength(UNPROVEN_EMAILS_PER_DAY);
  });

  it('is not sent once access has been taken away, so removing it holds', () => {
    const admin = createAccount(db, 'boss@campaign.example', 'admin', now)!;
    const bossId = findAccount(db, 'boss@campaign.example')!.id;
    expect(admin).toBeDefined();
    removeAccess(db, findAccount(db, 'sam@campaign.example')!.id, bossId, now);
    expect(emailSetPasswordLink(db, 'sam@campaign.example', SITE, now)).toBe('no-account');
    // A newcomer whose first link has expired can still ask for another.
    expect(emailSetPasswordLink(db, 'boss@campaign.example', SITE, now)).toBe('sent');
  });
});
