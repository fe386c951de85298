import { Secret, TOTP } from 'otpauth';
import { renderSVG } from 'uqr';
import { z } from 'zod';
import { SITE_NAME } from '../../config.ts';
import { statement, type Db } from '../db.ts';
import { recordAudit } from '../audit/audit.ts';
import { openSecret, sealSecret } from './sealed-secrets.ts';

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

export const ENTER_CODE = 'Enter the 6-digit code from your app';

export const CodeSchema = z
  .string({ error: ENTER_CODE })
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, ENTER_CODE));

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
    statement(
      db,
      'SELECT totp_secret IS NOT NULL OR totp_sealed IS NOT NULL FROM admin_users WHERE id = ?',
    )
      .pluck()
      .get(userId) === 1
  );
}

/**
 * Whether two-step login may be turned on. In production only with TWO_FACTOR_KEY, to seal its
 * secret: one stored plain would let a copy of the database make login codes.
 */
export function canTurnOnTwoFactor(key: Buffer | undefined, production: boolean): boolean {
  return key !== undefined || !production;
}

/** What the page says when it cannot. */
export const NO_TWO_FACTOR_KEY =
  'Two-step login cannot be turned on yet: the site has no key to keep its secret safe. Ask whoever runs the site to set TWO_FACTOR_KEY.';

/** When a code was typed, and the key that opens sealed secrets (none where none is set). */
export interface CodeMoment {
  now: Date;
  key: Buffer | undefined;
}

/** How a new secret is stored: sealed when there is a key, as it is otherwise (see above). */
const stored = (secret: string, key: Buffer | undefined) =>
  key ? { plain: null, sealed: sealSecret(secret, key) } : { plain: secret, sealed: null };

/**
 * Checks a login code for an account that has two-step login; the code is then used up. A secret
 * sealed under another key (or with none given) opens to nothing, so no code is right.
 */
export function checkLoginCode(
  db: Db,
  userId: number,
  code: string,
  { now, key }: CodeMoment,
): boolean {
  const row = statement(
    db,
    `SELECT totp_secret AS plain, totp_sealed AS sealed, totp_last_step AS lastStep
     FROM admin_users WHERE id = ?`,
  ).get(userId) as
    { plain: string | null; sealed: string | null; lastStep: number | null } | undefined;
  const secret = row?.plain ?? (row?.sealed && key ? openSecret(row.sealed, key) : undefined);
  if (!row || !secret) return false;
  const step = acceptedStep(secret, code, row.lastStep, now);
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
  { now, key }: CodeMoment,
): boolean {
  const step = acceptedStep(secret, code, null, now);
  if (step === undefined) return false;
  const { plain, sealed } = stored(secret, key);
  db.transaction(() => {
    statement(
      db,
      'UPDATE admin_users SET totp_secret = ?, totp_sealed = ?, totp_last_step = ? WHERE id = ?',
    ).run(plain, sealed, step, userId);
    recordAudit(db, userId, 'account.two-factor-on', {}, now);
  })();
  return true;
}

/** Turns it off, with a current code, so a session left open cannot. */
export function disableTwoFactor(
  db: Db,
  userId: number,
  code: string,
  { now, key }: CodeMoment,
): boolean {
  return db.transaction(() => {
    if (!checkLoginCode(db, userId, code, { now, key })) return false;
    statement(
      db,
      `UPDATE admin_users SET totp_secret = NULL, totp_sealed = NULL, totp_last_step = NULL
       WHERE id = ?`,
    ).run(userId);
    recordAudit(db, userId, 'account.two-factor-off', {}, now);
    return true;
  })();
}
