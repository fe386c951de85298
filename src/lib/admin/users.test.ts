import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase, setPasswordForTest } from '../site/testing.ts';
import { endSession, findSession, SESSION_ABSOLUTE_MS, startSession } from './sessions.ts';
import { enableTwoFactor, twoFactorSetup } from './two-factor.ts';
import {
  can,
  checkLogin,
  createAccount,
  findBySetPasswordToken,
  issueSetPasswordLink,
  setPassword,
  setPasswordForm,
} from './users.ts';

const now = new Date('2026-11-24T10:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const HOUR = 3_600_000;
/** Logging in with a password alone, as an account without two-step login does. */
const logIn = (db: Db, email: string, password: string) =>
  checkLogin(db, email, password, { now, key: undefined });

describe('campaign accounts', () => {
  it('have no password until the one-time link is used, and the link works once', async () => {
    const db = openSeededDatabase();
    const token = createAccount(db, 'sam@campaign.example', 'campaigner', now)!;
    expect(await logIn(db, 'sam@campaign.example', '')).toBeUndefined();
    const set = await setPassword(db, token, 'a long enough password', { now, key: undefined });
    expect(set).toMatchObject({
      kind: 'set',
      user: { email: 'sam@campaign.example', role: 'campaigner' },
    });
    expect(await setPassword(db, token, 'another long password', { now, key: undefined })).toEqual({
      kind: 'unusable',
    });
    expect(await logIn(db, 'SAM@campaign.example', 'a long enough password')).toMatchObject({
      role: 'campaigner',
    });
    expect(await logIn(db, 'sam@campaign.example', 'wrong password here')).toBeUndefined();
    expect(await logIn(db, 'nobody@campaign.example', 'a long enough password')).toBeUndefined();
  });

  it('set-password links expire after a day', () => {
    const db = openSeededDatabase();
    const token = createAccount(db, 'sam@campaign.example', 'admin', now)!;
    expect(findBySetPasswordToken(db, token, later(23 * HOUR))).toBeDefined();
    expect(findBySetPasswordToken(db, token, later(25 * HOUR))).toBeUndefined();
  });

  it('setting a new password ends every other session', async () => {
    const db = openSeededDatabase();
    await setPasswordForTest(
      db,
      createAccount(db, 'sam@campaign.example', 'admin', now)!,
      'first password!',
      now,
    );
    const session = startSession(db, 1, now);
    await setPassword(db, issueSetPasswordLink(db, 1, now), 'second password!', {
      now,
      key: undefined,
    });
    expect(findSession(db, session, now)).toBeUndefined();
  });

  it('only campaigners and admins may approve signatures', () => {
    expect(can('admin', 'approve-signings')).toBe(true);
    expect(can('campaigner', 'approve-signings')).toBe(true);
    expect(can('moderator', 'approve-signings')).toBe(false);
  });
});

describe('a new password', () => {
  const form = setPasswordForm(() => 'Sam.Lee@campaign.example');
  const problem = (password: string) => {
    const parsed = form.safeParse({ token: 'a-token-from-a-link', password, again: password });
    return parsed.success ? undefined : parsed.error.issues[0]?.message;
  };

  it.each(['1qaz2wsx3edc', 'QWERTY123456', 'leavemealone'])(
    'is refused, saying why, when it is one of the most common: %s',
    (password) => {
      expect(problem(password)).toMatch(/^This is one of the most common passwords/);
    },
  );

  it('is refused when it has the first part of the account’s address in it, in any case', () => {
    expect(problem('my name is SAM.LEE, hello')).toMatch(/has “sam\.lee” in it/);
    expect(problem('sam lee is my name here')).toBeUndefined();
    const short = setPasswordForm(() => 'jo@campaign.example');
    expect(
      short.safeParse({
        token: 'a-token-from-a-link',
        password: 'jo jo jo banana',
        again: 'jo jo jo banana',
      }).success,
    ).toBe(true);
  });
});

describe('an account with two-step login', () => {
  const PASSWORD = 'a long enough password';
  const codeAt = (secret: string, seconds: number) =>
    new TOTP({ secret: Secret.fromBase32(secret) }).generate({
      timestamp: now.getTime() + seconds * 1000,
    });
  async function accountWithTwoFactor() {
    const db = openSeededDatabase();
    await setPasswordForTest(
      db,
      createAccount(db, 'sam@campaign.example', 'admin', now)!,
      PASSWORD,
      now,
    );
    const { secret } = twoFactorSetup('sam@campaign.example');
    enableTwoFactor(db, 1, secret, codeAt(secret, 0), { now, key: undefined });
    return { db, secret };
  }

  it('answers a right password without its code as it answers a wrong one', async () => {
    const { db, secret } = await accountWithTwoFactor();
    const at = (seconds: number) => later(seconds * 1000);
    expect(
      await checkLogin(db, 'sam@campaign.example', PASSWORD, { now, key: undefined }),
    ).toBeUndefined();
    expect(
      await checkLogin(db, 'sam@campaign.example', PASSWORD, {
        now: now,
        code: '',
        key: undefined,
      }),
    ).toBeUndefined();
    // A wrong password with the right code does not use the code up.
    const code = codeAt(secret, 30);
    expect(
      await checkLogin(db, 'sam@campaign.example', 'wrong', {
        now: at(30),
        code: code,
        key: undefined,
      }),
    ).toBeUndefined();
    expect(
      await checkLogin(db, 'sam@campaign.example', PASSWORD, {
        now: at(30),
        code: '000000',
        key: undefined,
      }),
    ).toBeUndefined();
    expect(
      await checkLogin(db, 'sam@campaign.example', PASSWORD, {
        now: at(30),
        code: code,
        key: undefined,
      }),
    ).toMatchObject({
      id: 1,
    });
    expect(
      await checkLogin(db, 'sam@campaign.example', PASSWORD, {
        now: at(31),
        code: code,
        key: undefined,
      }),
    ).toBeUndefined();
  });

  it('sets a password by a link only with a right code: without one nothing changes', async () => {
    const { db, secret } = await accountWithTwoFactor();
    const session = startSession(db, 1, now);
    const token = issueSetPasswordLink(db, 1, now);
    for (const [code, kind] of [
      [undefined, 'code-needed'],
      ['000000', 'wrong-code'],
    ] as const) {
      expect(
        await setPassword(db, token, 'a password from the inbox', {
          now: later(30_000),
          code,
          key: undefined,
        }),
      ).toEqual({ kind });
    }
    expect(findSession(db, session, now)).toBeDefined();
    expect(findBySetPasswordToken(db, token, now)).toBeDefined();
    expect(
      await checkLogin(db, 'sam@campaign.example', 'a password from the inbox', {
        now: later(60_000),
        code: codeAt(secret, 60),
        key: undefined,
      }),
    ).toBeUndefined();

    const code = codeAt(secret, 90);
    expect(
      await setPassword(db, token, 'the owner’s new password', {
        now: later(90_000),
        code,
        key: undefined,
      }),
    ).toMatchObject({ kind: 'set' });
    expect(findSession(db, session, now)).toBeUndefined();
  });
});

describe('sessions', () => {
  it('end after two idle hours, after twelve hours in all, and on logging out', () => {
    const db = openSeededDatabase();
    createAccount(db, 'sam@campaign.example', 'admin', now);
    const idle = startSession(db, 1, now);
    expect(findSession(db, idle, later(HOUR))).toMatchObject({ role: 'admin' });
    expect(findSession(db, idle, later(3.5 * HOUR))).toBeUndefined();

    const busy = startSession(db, 1, now);
    for (let hour = 1; hour * HOUR < SESSION_ABSOLUTE_MS; hour += 1) {
      expect(findSession(db, busy, later(hour * HOUR))).toBeDefined();
    }
    expect(findSession(db, busy, later(SESSION_ABSOLUTE_MS + 60_000))).toBeUndefined();

    const out = startSession(db, 1, now);
    endSession(db, out);
    expect(findSession(db, out, now)).toBeUndefined();
  });

  it('keep only a hash of the cookie value', () => {
    const db = openSeededDatabase();
    createAccount(db, 'sam@campaign.example', 'admin', now);
    const session = startSession(db, 1, now);
    expect(JSON.stringify(db.prepare('SELECT * FROM admin_sessions').all())).not.toContain(session);
  });
});
