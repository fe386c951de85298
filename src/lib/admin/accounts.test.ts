import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { openSeededDatabase, setPasswordForTest } from '../site/testing.ts';
import { changeRole, inviteAccount, listAccounts, operatorLink, removeAccess } from './accounts.ts';
import { findSession, startSession } from './sessions.ts';
import { checkLogin, createAccount, findBySetPasswordToken, type Role } from './users.ts';

const now = new Date('2026-11-25T10:00:00Z');
let db: Db;
let admin: number;

beforeEach(async () => {
  db = openSeededDatabase();
  // The first admin comes from the command line, as in production.
  const token = createAccount(db, 'boss@campaign.example', 'admin', now)!;
  admin = await setPasswordForTest(db, token, 'a long enough password here', now);
});

/** The token of a new account's link, made by the admin. */
function invite(email: string, role: Role): string {
  const invitation = inviteAccount(db, { email, role }, admin, now);
  if (invitation.kind !== 'invited') throw new Error(`${email} has an account already`);
  return invitation.token;
}

describe('campaign accounts', () => {
  it('are listed without secrets', async () => {
    const token = invite('new@campaign.example', 'moderator');
    const account = listAccounts(db).find((a) => a.email === 'new@campaign.example')!;
    expect(account).toMatchObject({ role: 'moderator', hasPassword: false, twoFactor: false });
    expect(JSON.stringify(listAccounts(db))).not.toContain(token);
  });

  it('cannot be changed by their own admin, so nobody locks the team out by mistake', () => {
    expect(changeRole(db, admin, 'moderator', admin, now)).toBe('yourself');
    expect(removeAccess(db, admin, admin, now)).toBe('yourself');
  });

  it('lose every way in when access is removed, and it is recorded', async () => {
    const token = invite('leaver@campaign.example', 'campaigner');
    const leaver = await setPasswordForTest(db, token, 'another long password', now);
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

describe('inviting an address that already has an account', () => {
  it('is refused and changes nothing: not its role, its password, its link or its sessions', async () => {
    const token = invite('sam@campaign.example', 'campaigner');
    const sam = await setPasswordForTest(db, token, 'sam has a password', now);
    const session = startSession(db, sam, now);
    const before = db.prepare('SELECT * FROM admin_users WHERE id = ?').get(sam);

    for (const role of ['admin', 'campaigner'] as const) {
      expect(inviteAccount(db, { email: 'SAM@campaign.example', role }, admin, now)).toEqual({
        kind: 'exists',
      });
    }
    // Not even an admin's own address, which would change their own role.
    expect(
      inviteAccount(db, { email: 'boss@campaign.example', role: 'moderator' }, admin, now),
    ).toEqual({
      kind: 'exists',
    });
    expect(db.prepare('SELECT * FROM admin_users WHERE id = ?').get(sam)).toEqual(before);
    expect(listAccounts(db).find((a) => a.id === admin)).toMatchObject({ role: 'admin' });
    expect(findSession(db, session, now)).toMatchObject({ role: 'campaigner' });
    expect(
      db.prepare("SELECT count(*) FROM audit_log WHERE action = 'account.invite'").pluck().get(),
    ).toBe(1);
  });
});

describe('npm run admin:create, the operator’s own tool', () => {
  it('gives an existing account a fresh link and keeps its role and password, unless told a role', async () => {
    const again = operatorLink(db, 'boss@campaign.example', undefined, now);
    expect(again).toMatchObject({ kind: 'existing', role: 'admin', was: 'admin' });
    expect(
      await checkLogin(db, 'boss@campaign.example', 'a long enough password here', {
        now: now,
        key: undefined,
      }),
    ).toMatchObject({
      role: 'admin',
    });
    expect(again.kind === 'existing' && findBySetPasswordToken(db, again.token, now)).toMatchObject(
      {
        id: admin,
      },
    );
    expect(operatorLink(db, 'boss@campaign.example', 'moderator', now)).toMatchObject({
      kind: 'existing',
      role: 'moderator',
      was: 'admin',
    });
    expect(operatorLink(db, 'new@campaign.example', undefined, now)).toEqual({
      kind: 'role-needed',
    });
    expect(operatorLink(db, 'new@campaign.example', 'campaigner', now)).toMatchObject({
      kind: 'made',
      role: 'campaigner',
    });
  });
});
