import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import {
  canTurnOnTwoFactor,
  checkLoginCode,
  disableTwoFactor,
  enableTwoFactor,
  hasTwoFactor,
  twoFactorSetup,
} from './two-factor.ts';
import { openDatabaseWithAccount } from './testing.ts';

const now = new Date('2026-11-25T10:00:10Z');
const KEY = randomBytes(32);
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const code = (secret: string, at: Date) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });

let db: Db;
let user: number;
beforeEach(() => {
  ({ db, adminId: user } = openDatabaseWithAccount('admin@campaign.example', 'admin', now));
});

describe('two-step login', () => {
  it('is turned on only with a right code for the new secret', () => {
    const { secret, uri, qrSvg } = twoFactorSetup('admin@campaign.example');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Make%20Runaways%20Safe:admin%40campaign\.example\?/);
    expect(qrSvg).toMatch(/^<svg /);
    expect(enableTwoFactor(db, user, secret, '000000', { now, key: KEY })).toBe(false);
    expect(hasTwoFactor(db, user)).toBe(false);
    expect(enableTwoFactor(db, user, secret, code(secret, now), { now, key: KEY })).toBe(true);
    expect(hasTwoFactor(db, user)).toBe(true);
  });

  it('takes each code once, and a code from the step before for a slow clock', () => {
    const { secret } = twoFactorSetup('admin@campaign.example');
    enableTwoFactor(db, user, secret, code(secret, now), { now, key: KEY });
    // The code that turned it on cannot log in.
    expect(checkLoginCode(db, user, code(secret, now), { now: later(5), key: KEY })).toBe(false);
    expect(checkLoginCode(db, user, code(secret, later(30)), { now: later(50), key: KEY })).toBe(
      true,
    );
    expect(checkLoginCode(db, user, code(secret, later(30)), { now: later(55), key: KEY })).toBe(
      false,
    );
    expect(checkLoginCode(db, user, code(secret, later(60)), { now: later(95), key: KEY })).toBe(
      true,
    );
    expect(checkLoginCode(db, user, code(secret, later(120)), { now: later(300), key: KEY })).toBe(
      false,
    );
  });

  it('is turned off only with a current code, and says so in the audit log', () => {
    const { secret } = twoFactorSetup('admin@campaign.example');
    enableTwoFactor(db, user, secret, code(secret, now), { now, key: KEY });
    expect(disableTwoFactor(db, user, '123456', { now: later(30), key: KEY })).toBe(false);
    expect(disableTwoFactor(db, user, code(secret, later(30)), { now: later(30), key: KEY })).toBe(
      true,
    );
    expect(hasTwoFactor(db, user)).toBe(false);
    expect(db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all()).toEqual([
      'account.two-factor-on',
      'account.two-factor-off',
    ]);
  });
});

describe('the secret behind two-step login', () => {
  it('is kept sealed under the key: a copy of the database holds nothing that makes codes', () => {
    const { secret } = twoFactorSetup('admin@campaign.example');
    enableTwoFactor(db, user, secret, code(secret, now), { now, key: KEY });
    const row = db
      .prepare('SELECT totp_secret AS plain, totp_sealed AS sealed FROM admin_users WHERE id = ?')
      .get(user) as { plain: string | null; sealed: string };
    expect(row.plain).toBeNull();
    expect(row.sealed).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(row.sealed).not.toContain(secret);
    expect(
      checkLoginCode(db, user, code(secret, later(30)), { now: later(30), key: randomBytes(32) }),
    ).toBe(false);
    expect(
      checkLoginCode(db, user, code(secret, later(30)), { now: later(30), key: undefined }),
    ).toBe(false);
    expect(checkLoginCode(db, user, code(secret, later(30)), { now: later(30), key: KEY })).toBe(
      true,
    );
  });

  it('can be set up in production only with a key to seal it', () => {
    expect(canTurnOnTwoFactor(undefined, true)).toBe(false);
    expect(canTurnOnTwoFactor(KEY, true)).toBe(true);
    expect(canTurnOnTwoFactor(undefined, false)).toBe(true);
  });
});
