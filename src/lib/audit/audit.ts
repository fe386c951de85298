import { statement, type Db } from '../db.ts';

/**
 * Records what a campaign account did. Call it in the same transaction as the change, so the
 * record and the change are saved together. `detail` holds ids and counts, never personal data.
 */
export function recordAudit(
  db: Db,
  userId: number,
  action: string,
  detail: Record<string, string | number | boolean | null> = {},
  now: Date = new Date(),
): void {
  statement(db, 'INSERT INTO audit_log (user_id, action, detail, at) VALUES (?, ?, ?, ?)').run(
    userId,
    action,
    JSON.stringify(detail),
    now.toISOString(),
  );
}

export interface AuditEntry {
  at: string;
  email: string | null;
  action: string;
  detail: string;
}

/** The most recent entries, newest first. */
export function recentAudit(db: Db, limit = 50): AuditEntry[] {
  return statement(
    db,
    `SELECT a.at, u.email, a.action, a.detail FROM audit_log AS a
     LEFT JOIN admin_users AS u ON u.id = a.user_id ORDER BY a.at DESC, a.id DESC LIMIT ?`,
  ).all(limit) as AuditEntry[];
}
