import { describe, expect, it } from 'vitest';
import { createAccount } from '../admin/users.ts';
import type { Db } from '../db.ts';
import { openSeededDatabase } from '../site/testing.ts';
import {
  retireTarget,
  saveTarget,
  TargetFormSchema,
  verifyTarget,
  VerifyFormSchema,
} from './target-admin.ts';
import { councilTargets, findTarget, writableTargets } from './targets.ts';

const now = new Date('2026-11-24T10:00:00Z');
let by = { adminId: 0, now };

/** A seeded database with one campaigner, whose changes are audited. */
function withCampaigner(): Db {
  const db = openSeededDatabase();
  createAccount(db, 'sam@campaign.example', 'campaigner', now);
  by = { adminId: db.prepare('SELECT id FROM admin_users').pluck().get() as number, now };
  return db;
}
const person = (changes: Record<string, unknown> = {}) =>
  TargetFormSchema.parse({
    council: 'rutland',
    name: 'Cllr Ria Reed',
    role: 'ward_councillor',
    email: 'ria.reed@rutland.gov.uk',
    wardName: 'Oakham South',
    wardCode: 'e05010854',
    source: 'Rutland council website',
    digest: 'on',
    ...changes,
  });

describe('keeping who letters go to', () => {
  it('adds people unchecked; checking them, with a page and a day, lets letters go to them', () => {
    const db = withCampaigner();
    const added = saveTarget(db, person(), by);
    expect(added).toMatchObject({ kind: 'saved', verified: false });
    if (added.kind !== 'saved') return;
    expect(findTarget(db, added.target)).toMatchObject({
      state: 'unverified',
      wardCode: 'E05010854',
    });
    expect(writableTargets(db, added.councilId)).toEqual([]);

    const check = { council: 'rutland', target: added.target, checkedOn: '2026-11-23' };
    expect(VerifyFormSchema.safeParse({ ...check, source: 'the website' }).success).toBe(false);
    expect(
      VerifyFormSchema.safeParse({
        ...check,
        source: 'https://rutland.gov.uk',
        checkedOn: '2999-01-01',
      }).error?.issues[0]?.message,
    ).toBe('The day you checked it cannot be after today');
    verifyTarget(
      db,
      VerifyFormSchema.parse({ ...check, source: 'https://rutland.gov.uk/councillors' }),
      by,
    );
    expect(writableTargets(db, added.councilId).map((t) => t.name)).toEqual(['Cllr Ria Reed']);

    // A new address is an unchecked address.
    saveTarget(db, person({ target: added.target, email: 'ria@rutland.gov.uk' }), by);
    expect(findTarget(db, added.target)?.state).toBe('unverified');
    const audit = db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all();
    expect(audit).toEqual(['target.add', 'target.verify', 'target.edit']);
  });

  it('retires rather than deletes, and will not add the same address twice', () => {
    const db = withCampaigner();
    const added = saveTarget(db, person(), by);
    if (added.kind !== 'saved') throw new Error('not saved');
    expect(saveTarget(db, person({ name: 'Someone Else' }), by)).toEqual({
      kind: 'problem',
      field: 'email',
      message: 'ria.reed@rutland.gov.uk is already a target here',
    });
    retireTarget(db, { council: 'rutland', target: added.target }, by);
    expect(councilTargets(db, added.councilId).at(-1)).toMatchObject({
      name: 'Cllr Ria Reed',
      state: 'retired',
    });
    // Retired, the address is free for somebody new.
    expect(saveTarget(db, person({ name: 'Someone Else' }), by).kind).toBe('saved');
    // A form naming another council's person changes nothing.
    expect(retireTarget(db, { council: 'kent', target: added.target }, by)).toEqual({
      kind: 'not-found',
    });
  });

  it('asks for a ward for a ward councillor, and none for anybody else', () => {
    expect(
      TargetFormSchema.safeParse({ ...person(), wardName: '' }).error?.issues[0]?.message,
    ).toBe('Enter their ward');
    const director = TargetFormSchema.safeParse({
      council: 'rutland',
      name: 'Dee Rector',
      role: 'director',
      wardName: 'Oakham South',
      source: 'x y z',
    });
    expect(director.error?.issues[0]?.message).toBe(
      'Only a ward councillor has a ward: clear it, or choose that role',
    );
  });
});
