import { Secret, TOTP } from 'otpauth';
import { renderSVG } from 'uqr';
import { z } from 'zod';
import { SITE_NAME } from '../../config.ts';
import { statement, type Db } from '../db.ts';
import { recordAudit } from './audit.ts';

const PERIOD = 30;

function totp(secret: string, label = 'account'): TOTP {
  return new TOTP({
    issuer: SITE_NAME,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

export const CodeSchema = z
  .string({ error: 'Enter the 6-digit code from your app' })
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your app'));

/**
 * A secret (new, unless one is being set up already), and what the campaigner needs to put it in
 * their app: a QR code of its otpauth address, and the key as text.
 */
export function twoFactorSetup(
  email: string,
  secret: string = new Secret({ size: 20 }).base32,
): { secret: string; uri: string; qrSvg: string } {
  const uri = totp(secret, email).toString();
  return { secret, uri, qrSvg: renderSVG(uri, { pixelSize: 5 }) };
}

/**
 * The time step a code belongs to, if it is right for the secret now (or one step either side,
 * for clocks a little out), and newer than the last one used: a code works once.
 */
function acceptedStep(
  secret: string,
  code: string,
  lastStep: number | null,
  now: Date,
): number | undefined {
  const delta = totp(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  const step = Math.floor(now.getTime() / 1000 / PERIOD) + delta;
  return lastStep !== null && step <= lastStep ? undefined : step;
}

/** Whether the account asks for a code at login. */
export function hasTwoFactor(db: Db, userId: number): boolean {
  return (
    statement(db, 'SELECT totp_secret IS NOT NULL FROM admin_users WHERE id = ?')
      .pluck()
      .get(userId) === 1
  );
}

/** Checks a login code for an account that has two-step login; the code is then used up. */
export function checkLoginCode(db: Db, userId: number, code: string, now: Date): boolean {
  const row = statement(
    db,
    'SELECT totp_secret AS secret, totp_last_step AS lastStep FROM admin_users WHERE id = ?',
  ).get(userId) as { secret: string | null; lastStep: number | null } | undefined;
  if (!row?.secret) return false;
  const step = acceptedStep(row.secret, code, row.lastStep, now);
  if (step === undefined) return false;
  statement(db, 'UPDATE admin_users SET totp_last_step = ? WHERE id = ?').run(step, userId);
  return true;
}

/** Turns two-step login on, once the app has shown a right code for the new secret. */
export function enableTwoFactor(
  db: Db,
  userId: number,
  secret: string,
  code: string,
  now: Date,
): boolean {
  const step = acceptedStep(secret, code, null, now);
  if (step === undefined) return false;
  db.transaction(() => {
    statement(db, 'UPDATE admin_users SET totp_secret = ?, totp_last_step = ? WHERE id = ?').run(
      secret,
      step,
      userId,
    );
    recordAudit(db, userId, 'account.two-factor-on', {}, now);
  })();
  return true;
}

/** Turns it off, with a current code, so a session left open cannot. */
export function disableTwoFactor(db: Db, userId: number, code: string, now: Date): boolean {
  return db.transaction(() => {
    if (!checkLoginCode(db, userId, code, now)) return false;
    statement(
      db,
      'UPDATE admin_users SET totp_secret = NULL, totp_last_step = NULL WHERE id = ?',
    ).run(userId);
    recordAudit(db, userId, 'account.two-factor-off', {}, now);
    return true;
  })();
}
