import type { Db } from '../db.ts';
import { openSeededDatabase } from '../site/testing.ts';
import { createAccount, type Role } from './users.ts';

/** For tests: makes a campaign account (no password yet) and returns its id. */
export function accountForTest(db: Db, email: string, role: Role, now: Date): number {
  createAccount(db, email, role, now);
  return db.prepare('SELECT id FROM admin_users WHERE email = ?').pluck().get(email) as number;
}

/** For tests: a seeded database with one campaign account in it, and that account's id. */
export function openDatabaseWithAccount(
  email: string,
  role: Role,
  now: Date,
): { db: Db; adminId: number } {
  const db = openSeededDatabase();
  return { db, adminId: accountForTest(db, email, role, now) };
}
