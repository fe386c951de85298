import { statement, type Db } from '../db.ts';
import type { StartUpNotice } from '../log.ts';
import { openSecret, sealSecret } from './sealed-secrets.ts';

/**
 * Seals every secret still stored plain (from before there was a key), at start-up: all at once
 * rather than at each account's next login, so no plain secret stays behind, in the database or
 * its backups, for an account that rarely logs in. Returns how many it sealed.
 */
function sealPlainSecrets(db: Db, key: Buffer): number {
  return db.transaction(() => {
    const rows = statement(
      db,
      'SELECT id, totp_secret AS plain FROM admin_users WHERE totp_secret IS NOT NULL',
    ).all() as { id: number; plain: string }[];
    for (const { id, plain } of rows) {
      statement(db, 'UPDATE admin_users SET totp_secret = NULL, totp_sealed = ? WHERE id = ?').run(
        sealSecret(plain, key),
        id,
      );
    }
    return rows.length;
  })();
}

/** Secrets `key` cannot open (sealed under another key, or no key): their owners cannot log in. */
function unopenableSecrets(db: Db, key: Buffer | undefined): number {
  const sealed = statement(db, 'SELECT totp_sealed FROM admin_users WHERE totp_sealed IS NOT NULL')
    .pluck()
    .all() as string[];
  return sealed.filter((secret) => !key || openSecret(secret, key) === undefined).length;
}

/** Accounts whose secret is stored plain. */
function plainSecrets(db: Db): number {
  return statement(db, 'SELECT count(*) FROM admin_users WHERE totp_secret IS NOT NULL')
    .pluck()
    .get() as number;
}

/**
 * What start-up does about two-step login secrets, and what it tells the operator (never who).
 * With a key it seals any plain secret, and warns of secrets the key cannot open. Without one, in
 * production, two-step login cannot be turned on, and it warns when accounts have it already;
 * elsewhere secrets are stored unsealed, and it says so.
 */
export function prepareTwoFactorSecrets(
  db: Db,
  key: Buffer | undefined,
  production: boolean,
): StartUpNotice | undefined {
  if (key) {
    const sealed = sealPlainSecrets(db, key);
    const unopened = unopenableSecrets(db, key);
    if (unopened) {
      return {
        level: 'warn',
        message: `${unopened} accounts' two-step login secrets cannot be opened with TWO_FACTOR_KEY (they were sealed under another key), so they cannot log in until an admin removes their access and npm run admin:create gives them a new link`,
      };
    }
    return sealed
      ? { level: 'info', message: `Sealed ${sealed} two-step login secrets with TWO_FACTOR_KEY` }
      : undefined;
  }
  if (!production) {
    return {
      level: 'info',
      message:
        'No TWO_FACTOR_KEY: two-step login secrets are stored unsealed, which is for development only',
    };
  }
  const plain = plainSecrets(db);
  const unopened = unopenableSecrets(db, undefined);
  return {
    level: plain || unopened ? 'warn' : 'info',
    message: `NODE_ENV=production and no TWO_FACTOR_KEY: nobody can turn two-step login on; ${plain} accounts have its secret stored unsealed, and ${unopened} cannot log in because theirs is sealed. Set the key and restart.`,
  };
}
