import { z } from 'zod';
import { statement, type Db } from '../db.ts';
import { TokenSchema } from '../form-fields.ts';
import { hashToken, newToken } from '../tokens.ts';
import { isCommonPassword } from './common-passwords.ts';
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from './passwords.ts';
import { checkLoginCode, CodeSchema, hasTwoFactor } from './two-factor.ts';

/**
 * admin: everything, including accounts; campaigner: the dashboard, exports, campaign emails,
 * signing approvals, reports, pauses, supporters recorded offline and who letters go to;
 * moderator: comments.
 */
export const ROLES = ['admin', 'campaigner', 'moderator'] as const;
export type Role = (typeof ROLES)[number];

/** What each kind of work needs; pages and actions ask this rather than naming roles. */
const ALLOWED = {
  'approve-signings': ['admin', 'campaigner'],
  'view-dashboard': ['admin', 'campaigner'],
  export: ['admin', 'campaigner'],
  'review-reports': ['admin', 'campaigner'],
  'correct-records': ['admin', 'campaigner'],
  'manage-targets': ['admin', 'campaigner'],
  'pause-features': ['admin', 'campaigner'],
  mobilise: ['admin', 'campaigner'],
  'record-offline-supporters': ['admin', 'campaigner'],
  'moderate-comments': ['admin', 'moderator'],
  'invalidate-pledges': ['admin'],
  'manage-accounts': ['admin'],
  'read-audit-log': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof ALLOWED;

export function can(role: Role, permission: Permission): boolean {
  return (ALLOWED[permission] as readonly Role[]).includes(role);
}

export interface AdminUser {
  id: number;
  email: string;
  role: Role;
}

/** A set-password link lasts a day: it is printed once for someone who is expecting it. */
export const SET_PASSWORD_HOURS = 24;

export const NewPasswordSchema = z
  .string({ error: 'Enter a password' })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`)
  .refine(
    (password) => !isCommonPassword(password),
    'This is one of the most common passwords, so it is among the first a guesser tries. Choose another: a few unrelated words make a strong one.',
  );

/**
 * The set-password form. `emailFor` finds the address of the account a link is for: a password
 * with the address's name in it (the part before the @, when it has 3 characters or more, in any
 * letter case) is refused, since a guesser who knows the address tries that early.
 */
export function setPasswordForm(emailFor: (token: string) => string | undefined) {
  return z
    .object({
      token: TokenSchema,
      password: NewPasswordSchema,
      again: z.string(),
      // Sent only by the form for an account with two-step login.
      code: CodeSchema.optional(),
    })
    .refine((form) => form.password === form.again, {
      path: ['again'],
      message: 'The two passwords are different. Type the same one twice.',
    })
    .superRefine(({ token, password }, context) => {
      const name = emailFor(token)?.split('@')[0]?.toLowerCase() ?? '';
      if (name.length >= 3 && password.toLowerCase().includes(name)) {
        context.addIssue({
          code: 'custom',
          path: ['password'],
          message: `Your password has “${name}” in it, the first part of your email address, which a guesser tries early. Choose one without it.`,
        });
      }
    });
}

const linkExpiry = (now: Date) =>
  new Date(now.getTime() + SET_PASSWORD_HOURS * 3_600_000).toISOString();

/**
 * Makes an account with no password and returns the one-time token for its set-password link
 * (there is no default password), or undefined when the address already has an account: making
 * an account never changes another one.
 */
export function createAccount(db: Db, email: string, role: Role, now: Date): string | undefined {
  const token = newToken();
  const made = statement(
    db,
    `INSERT INTO admin_users (email, role, set_password_token_hash, set_password_expires_at)
     VALUES (?, ?, ?, ?) ON CONFLICT (email) DO NOTHING`,
  ).run(email.trim(), role, hashToken(token), linkExpiry(now)).changes;
  return made === 1 ? token : undefined;
}

/**
 * A fresh one-time link for an existing account, replacing any unused one. Nothing else changes:
 * its role, password and sessions stay as they are until the link is used.
 */
export function issueSetPasswordLink(db: Db, userId: number, now: Date): string {
  const token = newToken();
  statement(
    db,
    'UPDATE admin_users SET set_password_token_hash = ?, set_password_expires_at = ? WHERE id = ?',
  ).run(hashToken(token), linkExpiry(now), userId);
  return token;
}

/** The account an address belongs to (in any letter case). */
export function findAccount(db: Db, email: string): AdminUser | undefined {
  return statement(db, 'SELECT id, email, role FROM admin_users WHERE email = ?').get(
    email.trim(),
  ) as AdminUser | undefined;
}

/** The account a set-password link is for, while the link is unused and in date. */
export function findBySetPasswordToken(db: Db, token: string, now: Date): AdminUser | undefined {
  return statement(
    db,
    `SELECT id, email, role FROM admin_users
     WHERE set_password_token_hash = ? AND set_password_expires_at > ?`,
  ).get(hashToken(token), now.toISOString()) as AdminUser | undefined;
}

/** The second step of a login or a set-password link: the code typed, and the key secrets are sealed with. */
export interface SecondStep {
  now: Date;
  code?: string | undefined;
  key: Buffer | undefined;
}

export type SetPasswordOutcome =
  | { kind: 'set'; user: AdminUser }
  | { kind: 'unusable' }
  | { kind: 'code-needed' }
  | { kind: 'wrong-code' };

/**
 * Sets the password and uses up the link. For an account with two-step login, `code` must be
 * right now, or nothing changes: a link from someone's inbox is no way past their phone. Every
 * session the account had ends: whoever set the new password is the only one signed in.
 */
export async function setPassword(
  db: Db,
  token: string,
  password: string,
  { now, code, key }: SecondStep,
): Promise<SetPasswordOutcome> {
  if (!findBySetPasswordToken(db, token, now)) return { kind: 'unusable' };
  const hash = await hashPassword(password);
  // Checked again after hashing: the link may have been used meanwhile.
  return db.transaction((): SetPasswordOutcome => {
    const user = findBySetPasswordToken(db, token, now);
    if (!user) return { kind: 'unusable' };
    if (hasTwoFactor(db, user.id)) {
      if (!code) return { kind: 'code-needed' };
      if (!checkLoginCode(db, user.id, code, { now, key })) return { kind: 'wrong-code' };
    }
    statement(
      db,
      `UPDATE admin_users SET password_hash = ?, set_password_token_hash = NULL,
         set_password_expires_at = NULL WHERE id = ?`,
    ).run(hash, user.id);
    statement(db, 'DELETE FROM admin_sessions WHERE user_id = ?').run(user.id);
    return { kind: 'set', user };
  })();
}

/**
 * A hash of a password no one has, checked when the email is unknown, so a wrong address takes
 * as long to refuse as a wrong password and timing does not reveal who has an account.
 */
const NOBODY = hashPassword(newToken());

/**
 * The account, when the email and password match one and, if it has two-step login, `code` is
 * right now; the code is used up only when the password was right. Every way of being wrong
 * looks the same to the caller, so asking for a code never tells a guesser the password was right.
 */
export async function checkLogin(
  db: Db,
  email: string,
  password: string,
  { now, code, key }: SecondStep,
): Promise<AdminUser | undefined> {
  const row = statement(
    db,
    'SELECT id, email, role, password_hash AS passwordHash FROM admin_users WHERE email = ?',
  ).get(email.trim()) as (AdminUser & { passwordHash: string | null }) | undefined;
  const ok = await verifyPassword(password, row?.passwordHash ?? (await NOBODY));
  if (!row || !row.passwordHash || !ok) return undefined;
  const user = { id: row.id, email: row.email, role: row.role };
  if (!hasTwoFactor(db, user.id)) return user;
  const typed = CodeSchema.safeParse(code ?? '');
  return typed.success && checkLoginCode(db, user.id, typed.data, { now, key }) ? user : undefined;
}
