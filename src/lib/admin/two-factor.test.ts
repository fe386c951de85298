import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../site/testing.ts';
import {
  canTurnOnTwoFactor,
  checkLoginCode,
  disableTwoFactor,
  enableTwoFactor,
  hasTwoFactor,
  twoFactorSetup,
} from './two-factor.ts';
import { createAccount } from './users.ts';

const now = new Date('2026-11-25T10:00:10Z');
const KEY = randomBytes(32);
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const code = (secret: string, at: Date) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });

let db: Db;
let user: number;
beforeEach(() => {
  db = openSeededDatabase();
  createAccount(db, 'admin@campaign.example', 'admin', now);
  user = db.prepare('SELECT id FROM admin_users').pluck().get() as number;
});

describe('two-step login', () => {
  it('is turned on only with a right code for the new secret', () => {
    const { secret, uri, qrSvg } = twoFactorSetup('admin@campaign.example');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Make%20Runaways%20Safe:admin%40campaign\.example\?/);
    expect(qrSvg).toMatch(/^<svg /);
    expect(enableTwoFactor(db, user, secret, '000000', now, KEY)).toBe(false);
    expect(hasTwoFactor(db, user)).toBe(false);
    expect(enableTwoFactor(db, user, secret, code(secret, now), now, KEY)).toBe(true);
    expect(hasTwoFactor(db, user)).toBe(true);
  });

  it('takes each code once, and a code from the step before for a slow clock', () => {
    const { secret } = twoFactorSetup('admin@campaign.example');
    enableTwoFactor(db, user, secret, code(secret, now), now, KEY);
    // The code that turned it on cannot log in.
    expect(checkLoginCode(db, user, code(secret, now), later(5), KEY)).toBe(false);
    expect(checkLoginCode(db, user, code(secret, later(30)), later(50), KEY)).toBe(true);
    expect(checkLoginCode(db, user, code(secret, later(30)), later(55), KEY)).toBe(false);
    expect(checkLoginCode(db, user, code(secret, later(60)), later(95), KEY)).toBe(true);
    expect(checkLoginCode(db, user, code(secret, later(120)), later(300), KEY)).toBe(false);
  });

  it('is turned off only with a current code, and says so in the audit log', () => {
    const { secret } = twoFactorSetup('admin@campaign.example');
    enableTwoFactor(db, user, secret, code(secret, now), now, KEY);
    expect(disableTwoFactor(db, user, '123456', later(30), KEY)).toBe(false);
    expect(disableTwoFactor(db, user, code(secret, later(30)), later(30), KEY)).toBe(true);
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
    enableTwoFactor(db, user, secret, code(secret, now), now, KEY);
    const row = db
      .prepare('SELECT totp_secret AS plain, totp_sealed AS sealed FROM admin_users WHERE id = ?')
      .get(user) as { plain: string | null; sealed: string };
    expect(row.plain).toBeNull();
    expect(row.sealed).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(row.sealed).not.toContain(secret);
    expect(checkLoginCode(db, user, code(secret, later(30)), later(30), randomBytes(32))).toBe(
      false,
    );
    expect(checkLoginCode(db, user, code(secret, later(30)), later(30), undefined)).toBe(false);
    expect(checkLoginCode(db, user, code(secret, later(30)), later(30), KEY)).toBe(true);
  });

  it('can be set up in production only with a key to seal it', () => {
    expect(canTurnOnTwoFactor(undefined, true)).toBe(false);
    expect(canTurnOnTwoFactor(KEY, true)).toBe(true);
    expect(canTurnOnTwoFactor(undefined, false)).toBe(true);
  });
});
