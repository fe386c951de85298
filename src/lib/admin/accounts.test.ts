import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../testing.ts';
import { changeRole, inviteAccount, listAccounts, removeAccess } from './accounts.ts';
import { startSession } from './sessions.ts';
import { issueSetPasswordLink, setPassword } from './users.ts';

const now = new Date('2026-11-25T10:00:00Z');
let db: Db;
let admin: number;

beforeEach(async () => {
  db = openSeededDatabase();
  // The first admin comes from the command line, as in production.
  const token = issueSetPasswordLink(db, 'boss@campaign.example', 'admin', now);
  admin = (await setPassword(db, token, 'a long enough password here', now))!.id;
});

describe('campaign accounts', () => {
  it('are listed without secrets', async () => {
    const token = inviteAccount(
      db,
      { email: 'new@campaign.example', role: 'moderator' },
      admin,
      now,
    );
    const account = listAccounts(db).find((a) => a.email === 'new@campaign.example')!;
    expect(account).toMatchObject({ role: 'moderator', hasPassword: false, twoFactor: false });
    expect(JSON.stringify(listAccounts(db))).not.toContain(token);
  });

  it('cannot be changed by their own admin, so nobody locks the team out by mistake', () => {
    expect(changeRole(db, admin, 'moderator', admin, now)).toBe('yourself');
    expect(removeAccess(db, admin, admin, now)).toBe('yourself');
  });

  it('lose every way in when access is removed, and it is recorded', async () => {
    const token = inviteAccount(
      db,
      { email: 'leaver@campaign.example', role: 'campaigner' },
      admin,
      now,
    );
    const leaver = (await setPassword(db, token, 'another long password', now))!.id;
    startSession(db, leaver, now);
    expect(changeRole(db, leaver, 'moderator', admin, now)).toBe('changed');
    expect(removeAccess(db, leaver, admin, now)).toBe('changed');
    expect(listAccounts(db).find((a) => a.id === leaver)).toMatchObject({
      role: 'moderator',
      hasPassword: false,
      sessions: 0,
    });
    expect(
      db.prepare('SELECT action FROM audit_log WHERE user_id = ? ORDER BY id').pluck().all(admin),
    ).toEqual(['account.invite', 'account.role', 'account.remove-access']);
    expect(removeAccess(db, 9999, admin, now)).toBe('not-found');
  });
});
