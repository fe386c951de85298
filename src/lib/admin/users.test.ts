import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../testing.ts';
import { endSession, findSession, SESSION_ABSOLUTE_MS, startSession } from './sessions.ts';
import {
  can,
  checkLogin,
  createAccount,
  findBySetPasswordToken,
  issueSetPasswordLink,
  setPassword,
} from './users.ts';

const now = new Date('2026-11-24T10:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const HOUR = 3_600_000;

describe('campaign accounts', () => {
  it('have no password until the one-time link is used, and the link works once', async () => {
    const db = openSeededDatabase();
    const token = createAccount(db, 'sam@campaign.example', 'campaigner', now)!;
    expect(await checkLogin(db, 'sam@campaign.example', '')).toBeUndefined();
    const user = await setPassword(db, token, 'a long enough password', now);
    expect(user).toMatchObject({ email: 'sam@campaign.example', role: 'campaigner' });
    expect(await setPassword(db, token, 'another long password', now)).toBeUndefined();
    expect(await checkLogin(db, 'SAM@campaign.example', 'a long enough password')).toMatchObject({
      role: 'campaigner',
    });
    expect(await checkLogin(db, 'sam@campaign.example', 'wrong password here')).toBeUndefined();
    expect(
      await checkLogin(db, 'nobody@campaign.example', 'a long enough password'),
    ).toBeUndefined();
  });

  it('set-password links expire after a day', () => {
    const db = openSeededDatabase();
    const token = createAccount(db, 'sam@campaign.example', 'admin', now)!;
    expect(findBySetPasswordToken(db, token, later(23 * HOUR))).toBeDefined();
    expect(findBySetPasswordToken(db, token, later(25 * HOUR))).toBeUndefined();
  });

  it('setting a new password ends every other session', async () => {
    const db = openSeededDatabase();
    await setPassword(
      db,
      createAccount(db, 'sam@campaign.example', 'admin', now)!,
      'first password!',
      now,
    );
    const session = startSession(db, 1, now);
    await setPassword(db, issueSetPasswordLink(db, 1, now), 'second password!', now);
    expect(findSession(db, session, now)).toBeUndefined();
  });

  it('only campaigners and admins may approve signatures', () => {
    expect(can('admin', 'approve-signings')).toBe(true);
    expect(can('campaigner', 'approve-signings')).toBe(true);
    expect(can('moderator', 'approve-signings')).toBe(false);
  });
});

describe('sessions', () => {
  it('end after two idle hours, after twelve hours in all, and on logging out', () => {
    const db = openSeededDatabase();
    createAccount(db, 'sam@campaign.example', 'admin', now);
    const idle = startSession(db, 1, now);
    expect(findSession(db, idle, later(HOUR))).toMatchObject({ role: 'admin' });
    expect(findSession(db, idle, later(3.5 * HOUR))).toBeUndefined();

    const busy = startSession(db, 1, now);
    for (let hour = 1; hour * HOUR < SESSION_ABSOLUTE_MS; hour += 1) {
      expect(findSession(db, busy, later(hour * HOUR))).toBeDefined();
    }
    expect(findSession(db, busy, later(SESSION_ABSOLUTE_MS + 60_000))).toBeUndefined();

    const out = startSession(db, 1, now);
    endSession(db, out);
    expect(findSession(db, out, now)).toBeUndefined();
  });

  it('keep only a hash of the cookie value', () => {
    const db = openSeededDatabase();
    createAccount(db, 'sam@campaign.example', 'admin', now);
    const session = startSession(db, 1, now);
    expect(JSON.stringify(db.prepare('SELECT * FROM admin_sessions').all())).not.toContain(session);
  });
});
