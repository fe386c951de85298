import { z } from 'zod';
import { statement, type Db } from '../db.ts';
import { EmailSchema } from '../form-fields.ts';
import { recordAudit } from './audit.ts';
import { issueSetPasswordLink, ROLES, type Role } from './users.ts';

/** What an admin sees of each campaign account: never a hash, a secret or a session id. */
export interface AccountSummary {
  id: number;
  email: string;
  role: Role;
  hasPassword: boolean;
  twoFactor: boolean;
  sessions: number;
  createdAt: string;
}

export function listAccounts(db: Db): AccountSummary[] {
  return (
    statement(
      db,
      `SELECT u.id, u.email, u.role, u.password_hash IS NOT NULL AS hasPassword,
              u.totp_secret IS NOT NULL AS twoFactor, u.created_at AS createdAt,
              (SELECT count(*) FROM admin_sessions AS s WHERE s.user_id = u.id) AS sessions
       FROM admin_users AS u ORDER BY u.email`,
    ).all() as (Omit<AccountSummary, 'hasPassword' | 'twoFactor'> & {
      hasPassword: 0 | 1;
      twoFactor: 0 | 1;
    })[]
  ).map((row) => ({ ...row, hasPassword: row.hasPassword === 1, twoFactor: row.twoFactor === 1 }));
}

export const NewAccountSchema = z.object({
  email: EmailSchema,
  role: z.enum(ROLES, { error: 'Choose a role' }),
});

/**
 * Makes an account (or gives an existing one a fresh link, for a forgotten password) and returns
 * the one-time token for its set-password link, as `npm run admin:create` does.
 */
export function inviteAccount(
  db: Db,
  { email, role }: z.infer<typeof NewAccountSchema>,
  adminId: number,
  now: Date,
): string {
  return db.transaction(() => {
    const token = issueSetPasswordLink(db, email, role, now);
    const id = statement(db, 'SELECT id FROM admin_users WHERE email = ?').pluck().get(email);
    recordAudit(db, adminId, 'account.invite', { account: id as number, role }, now);
    return token;
  })();
}

export type AccountChange = 'changed' | 'not-found' | 'yourself';

/**
 * Gives an account another role. Not your own: an admin who demotes themselves by mistake could
 * leave nobody able to manage accounts.
 */
export function changeRole(
  db: Db,
  id: number,
  role: Role,
  adminId: number,
  now: Date,
): AccountChange {
  if (id === adminId) return 'yourself';
  return db.transaction((): AccountChange => {
    const changed =
      statement(db, 'UPDATE admin_users SET role = ? WHERE id = ?').run(role, id).changes === 1;
    if (changed) recordAudit(db, adminId, 'account.role', { account: id, role }, now);
    return changed ? 'changed' : 'not-found';
  })();
}

/**
 * Takes an account's way in away: its password, any unused link, its second step and every
 * session. The row stays, so the audit log still says who did what; a new link restores it.
 */
export function removeAccess(db: Db, id: number, adminId: number, now: Date): AccountChange {
  if (id === adminId) return 'yourself';
  return db.transaction((): AccountChange => {
    const changed =
      statement(
        db,
        `UPDATE admin_users SET password_hash = NULL, set_password_token_hash = NULL,
           set_password_expires_at = NULL, totp_secret = NULL, totp_last_step = NULL
         WHERE id = ?`,
      ).run(id).changes === 1;
    statement(db, 'DELETE FROM admin_sessions WHERE user_id = ?').run(id);
    if (changed) recordAudit(db, adminId, 'account.remove-access', { account: id }, now);
    return changed ? 'changed' : 'not-found';
  })();
}
