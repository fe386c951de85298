import { Secret, TOTP } from 'otpauth';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../testing.ts';
import {
  checkLoginCode,
  disableTwoFactor,
  enableTwoFactor,
  hasTwoFactor,
  twoFactorSetup,
} from './two-factor.ts';
import { createAccount } from './users.ts';

const now = new Date('2026-11-25T10:00:10Z');
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
    expect(enableTwoFactor(db, user, secret, '000000', now)).toBe(false);
    expect(hasTwoFactor(db, user)).toBe(false);
    expect(enableTwoFactor(db, user, secret, code(secret, now), now)).toBe(true);
    expect(hasTwoFactor(db, user)).toBe(true);
  });

  it('takes each code once, and a code from the step before for a slow clock', () => {
    const { secret } = twoFactorSetup('admin@campaign.example');
    enableTwoFactor(db, user, secret, code(secret, now), now);
    // The code that turned it on cannot log in.
    expect(checkLoginCode(db, user, code(secret, now), later(5))).toBe(false);
    expect(checkLoginCode(db, user, code(secret, later(30)), later(50))).toBe(true);
    expect(checkLoginCode(db, user, code(secret, later(30)), later(55))).toBe(false);
    expect(checkLoginCode(db, user, code(secret, later(60)), later(95))).toBe(true);
    expect(checkLoginCode(db, user, code(secret, later(120)), later(300))).toBe(false);
  });

  it('is turned off only with a current code, and says so in the audit log', () => {
    const { secret } = twoFactorSetup('admin@campaign.example');
    enableTwoFactor(db, user, secret, code(secret, now), now);
    expect(disableTwoFactor(db, user, '123456', later(30))).toBe(false);
    expect(disableTwoFactor(db, user, code(secret, later(30)), later(30))).toBe(true);
    expect(hasTwoFactor(db, user)).toBe(false);
    expect(db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all()).toEqual([
      'account.two-factor-on',
      'account.two-factor-off',
    ]);
  });
});
