import { statement, type Db } from '../db.ts';
import { hashToken, newToken } from '../tokens.ts';
import { recordAudit } from '../audit/audit.ts';
import type { AdminUser } from './users.ts';

export const SESSION_COOKIE = 'mrs_admin';
/** A session ends after two hours without use, and after twelve hours whatever happens. */
export const SESSION_IDLE_MS = 2 * 3_600_000;
export const SESSION_ABSOLUTE_MS = 12 * 3_600_000;

/** Starts a session; the returned value goes in the cookie and nowhere else. */
export function startSession(db: Db, userId: number, now: Date): string {
  const id = newToken();
  const at = now.toISOString();
  statement(
    db,
    'INSERT INTO admin_sessions (id_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
  ).run(hashToken(id), userId, at, at);
  return id;
}

/**
 * The signed-in person for a cookie value, or undefined when the session is unknown or has
 * expired (an expired one is removed). Use keeps it alive, up to the absolute limit.
 */
export function findSession(db: Db, id: string, now: Date): AdminUser | undefined {
  const idHash = hashToken(id);
  const row = statement(
    db,
    `SELECT u.id, u.email, u.role, s.created_at AS createdAt, s.last_seen_at AS lastSeenAt
     FROM admin_sessions AS s JOIN admin_users AS u ON u.id = s.user_id WHERE s.id_hash = ?`,
  ).get(idHash) as (AdminUser & { createdAt: string; lastSeenAt: string }) | undefined;
  if (!row) return undefined;
  const time = now.getTime();
  if (
    time - Date.parse(row.lastSeenAt) > SESSION_IDLE_MS ||
    time - Date.parse(row.createdAt) > SESSION_ABSOLUTE_MS
  ) {
    endSession(db, id);
    return undefined;
  }
  // Written at most once a minute, so a busy page does not write on every request.
  if (time - Date.parse(row.lastSeenAt) > 60_000) {
    statement(db, 'UPDATE admin_sessions SET last_seen_at = ? WHERE id_hash = ?').run(
      now.toISOString(),
      idHash,
    );
  }
  return { id: row.id, email: row.email, role: row.role };
}

export function endSession(db: Db, id: string): void {
  statement(db, 'DELETE FROM admin_sessions WHERE id_hash = ?').run(hashToken(id));
}

/** Ends every session an account has. */
export function endAllSessions(db: Db, userId: number): void {
  statement(db, 'DELETE FROM admin_sessions WHERE user_id = ?').run(userId);
}

/**
 * Signs an account in, after a login or a new password: a fresh session, ending the one the
 * browser had (so a session planted before login is worth nothing), recorded in the audit log as
 * `how`. Returns the new session's cookie value.
 */
export function signIn(
  db: Db,
  userId: number,
  how: 'account.login' | 'account.set-password',
  { replacing, now }: { replacing: string | undefined; now: Date },
): string {
  return db.transaction(() => {
    if (replacing) endSession(db, replacing);
    const id = startSession(db, userId, now);
    recordAudit(db, userId, how, {}, now);
    return id;
  })();
}

/** Ends every session of an account, on every device (a lost laptop, a shared one), recorded. */
export function logOutEverywhere(db: Db, userId: number, now: Date): void {
  db.transaction(() => {
    endAllSessions(db, userId);
    recordAudit(db, userId, 'account.logout-everywhere', {}, now);
  })();
}
