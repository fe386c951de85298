import { z } from 'zod';
import { statement, type Db } from '../db.ts';
import { EmailSchema } from '../form-fields.ts';
import { recordAudit } from '../audit/audit.ts';
import { createAccount, findAccount, issueSetPasswordLink, ROLES, type Role } from './users.ts';

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
              (u.totp_secret IS NOT NULL OR u.totp_sealed IS NOT NULL) AS twoFactor, u.created_at AS createdAt,
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

export type Invitation = { kind: 'invited'; token: string } | { kind: 'exists' };

/**
 * Makes an account and returns the one-time token for its set-password link. An address that
 * already has an account is refused and nothing about it changes: a link for it would let the
 * admin set its password (and skip its second step), and its role has its own form.
 */
export function inviteAccount(
  db: Db,
  { email, role }: z.infer<typeof NewAccountSchema>,
  adminId: number,
  now: Date,
): Invitation {
  return db.transaction((): Invitation => {
    const token = createAccount(db, email, role, now);
    if (!token) return { kind: 'exists' };
    recordAudit(db, adminId, 'account.invite', { account: findAccount(db, email)!.id, role }, now);
    return { kind: 'invited', token };
  })();
}

/** Gives an account another role; the caller has checked who may. */
function setRole(db: Db, id: number, role: Role): boolean {
  return statement(db, 'UPDATE admin_users SET role = ? WHERE id = ?').run(role, id).changes === 1;
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
    const changed = setRole(db, id, role);
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
           set_password_expires_at = NULL, totp_secret = NULL, totp_sealed = NULL,
           totp_last_step = NULL
         WHERE id = ?`,
      ).run(id).changes === 1;
    statement(db, 'DELETE FROM admin_sessions WHERE user_id = ?').run(id);
    if (changed) recordAudit(db, adminId, 'account.remove-access', { account: id }, now);
    return changed ? 'changed' : 'not-found';
  })();
}

export type OperatorLink =
  | { kind: 'made'; token: string; role: Role }
  | { kind: 'existing'; token: string; role: Role; was: Role }
  | { kind: 'role-needed' };

/**
 * What `npm run admin:create` does. The operator holds the database itself, so this is the way in
 * when the admin pages cannot help (the first admin, the last admin gone or locked out). A new
 * address needs a role. An existing account gets a fresh link and keeps its role unless one is
 * named: a link for a forgotten password should not demote anyone because a role was typed by
 * habit, and the operator sees the old role beside the new. The link asks for the code from the
 * app when the account has two-step login, as any link does.
 */
export function operatorLink(
  db: Db,
  email: string,
  role: Role | undefined,
  now: Date,
): OperatorLink {
  return db.transaction((): OperatorLink => {
    const account = findAccount(db, email);
    if (!account) {
      if (!role) return { kind: 'role-needed' };
      return { kind: 'made', token: createAccount(db, email, role, now)!, role };
    }
    if (role) setRole(db, account.id, role);
    const token = issueSetPasswordLink(db, account.id, now);
    return { kind: 'existing', token, role: role ?? account.role, was: account.role };
  })();
}
