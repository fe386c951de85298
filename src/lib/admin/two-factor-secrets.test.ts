import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { checkLoginCode, enableTwoFactor, twoFactorSetup } from './two-factor.ts';
import { prepareTwoFactorSecrets } from './two-factor-secrets.ts';
import { createAccount } from './users.ts';

const now = new Date('2026-11-25T10:00:10Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const KEY = randomBytes(32);
const code = (secret: string, seconds: number) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: later(seconds).getTime() });

let db: Db;
let secret: string;
beforeEach(() => {
  db = openSeededDatabase();
  createAccount(db, 'admin@campaign.example', 'admin', now);
  // Turned on before there was a key: stored plain, as it was before secrets were sealed.
  secret = twoFactorSetup('admin@campaign.example').secret;
  enableTwoFactor(db, 1, secret, code(secret, 0), { now, key: undefined });
});

const stored = () =>
  db.prepare('SELECT totp_secret AS plain, totp_sealed AS sealed FROM admin_users').get() as {
    plain: string | null;
    sealed: string | null;
  };

describe('two-step login secrets at start-up', () => {
  it('are sealed when a key is set, and go on working', () => {
    expect(checkLoginCode(db, 1, code(secret, 30), { now: later(30), key: undefined })).toBe(true);
    expect(prepareTwoFactorSecrets(db, KEY, true)).toEqual({
      level: 'info',
      message: 'Sealed 1 two-step login secrets with TWO_FACTOR_KEY',
    });
    expect(stored()).toMatchObject({ plain: null, sealed: expect.stringMatching(/^v1:/) });
    expect(checkLoginCode(db, 1, code(secret, 60), { now: later(60), key: KEY })).toBe(true);
    expect(prepareTwoFactorSecrets(db, KEY, true)).toBeUndefined();
  });

  it('make production warn when accounts have two-step login and no key is set', () => {
    const notice = prepareTwoFactorSecrets(db, undefined, true);
    expect(notice).toMatchObject({ level: 'warn' });
    expect(notice!.message).toMatch(/^NODE_ENV=production and no TWO_FACTOR_KEY: nobody can turn/);
    expect(notice!.message).toContain('1 accounts have its secret stored unsealed');
    expect(notice!.message).not.toContain('@');
    expect(stored().plain).toBe(secret);
  });

  it('make start-up warn when the key cannot open them', () => {
    prepareTwoFactorSecrets(db, KEY, true);
    expect(prepareTwoFactorSecrets(db, randomBytes(32), true)).toMatchObject({
      level: 'warn',
      message: expect.stringMatching(/^1 accounts' two-step login secrets cannot be opened/),
    });
  });

  it('are stored unsealed outside production without a key, and start-up says so', () => {
    expect(prepareTwoFactorSecrets(db, undefined, false)).toMatchObject({
      level: 'info',
      message: expect.stringContaining('stored unsealed, which is for development only'),
    });
  });
});
