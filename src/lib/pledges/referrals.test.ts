import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { createAccount } from '../admin/users.ts';
import { eraseForTest, openSeededDatabase, pledgeForTest } from '../site/testing.ts';
import { days, now, SITE } from '../test-world.ts';
import { SHARE_CODE_ALPHABET } from '../sharing/share-code.ts';
import { countSupporters } from './counts.ts';
import { InvalidationFilterSchema, invalidatePledges } from './invalidation.ts';
import { confirmPledge, createPledge } from './pledge.ts';
import { PledgeFormSchema } from './schema.ts';
import { emailKey } from '../email-address.ts';
import { messages } from '../i18n/catalogue.ts';
import { findReferral, joinedThroughCode, pledgeSources, topShareCodes } from './referrals.ts';

const ANA_AGAIN = {
  firstName: 'Ana',
  lastName: 'Smith',
  email: 'ana.smith+again@example.org',
  from: '/join',
  shownAt: '0',
};

let db: Db;
beforeEach(() => {
  db = openSeededDatabase();
});

/** A person pledges (through a link, when given its code) and confirms; returns their own code. */
function join(email: string, ref?: string, via?: string): string {
  const token = pledgeForTest(db, { email, ref, via, now });
  const outcome = confirmPledge(db, token, now);
  if (outcome.kind !== 'confirmed' || !outcome.shareCode) throw new Error(`${email} not in`);
  return outcome.shareCode;
}

describe('share codes', () => {
  it('gives each confirmed supporter a different code of 8 unmistakable characters', () => {
    const codes = Array.from({ length: 20 }, (_, n) => join(`person${n}@example.org`));
    expect(new Set(codes).size).toBe(20);
    for (const code of codes) {
      expect(code).toHaveLength(8);
      expect([...code].every((c) => SHARE_CODE_ALPHABET.includes(c))).toBe(true);
    }
  });

  it('gives none to a pledge not yet confirmed', () => {
    pledgeForTest(db, { email: 'waiting@example.org', now });
    expect(db.prepare('SELECT share_code FROM supporters').pluck().get()).toBeNull();
  });
});

describe('crediting the one who shared', () => {
  it('counts a pledge through the link once it is confirmed, with the way it was shared', async () => {
    const code = join('ana@example.org');
    expect(joinedThroughCode(db, code)).toBe(0);
    const token = pledgeForTest(db, { email: 'ben@example.org', ref: code, via: 'whatsapp', now });
    // Waiting for confirmation: not yet.
    expect(joinedThroughCode(db, code)).toBe(0);
    confirmPledge(db, token, now);
    expect(joinedThroughCode(db, code)).toBe(1);
    join('cat@example.org', code.toLowerCase());
    expect(joinedThroughCode(db, code)).toBe(2);
    expect(await pledgeSources(db)).toEqual([
      { source: 'direct', pledges: 1 },
      { source: 'link', pledges: 1 },
      { source: 'whatsapp', pledges: 1 },
    ]);
    expect(await topShareCodes(db)).toEqual([{ code, joined: 2 }]);
  });

  it.each([
    ['an unknown code', 'ZZZZ2222'],
    ['a mangled code', 'NOT-A-CODE'],
  ])('ignores %s: the pledge still counts, for nobody', async (_, ref) => {
    const code = join('ana@example.org');
    join('ben@example.org', ref, 'email');
    expect(countSupporters(db).online).toBe(2);
    expect(joinedThroughCode(db, code)).toBe(0);
    expect(await pledgeSources(db)).toEqual([{ source: 'direct', pledges: 2 }]);
  });

  it('does not count a supporter joining through their own link', () => {
    const code = join('Ana.Smith@example.org');
    // The same address in any spelling is the same person, whoever's code it comes with.
    expect(findReferral(db, code, 'copy', emailKey('ana.smith+again@EXAMPLE.org'))).toBeNull();
    expect(findReferral(db, code, 'copy', emailKey('ben@example.org'))).toMatchObject({
      channel: 'copy',
    });
    createPledge(db, PledgeFormSchema.parse({ ...ANA_AGAIN, ref: code }), {
      now: days(1),
      siteUrl: SITE,
      councilId: null,
    });
    expect(joinedThroughCode(db, code)).toBe(0);
  });

  it('stops crediting an erased supporter, and keeps no link between them and anyone', async () => {
    const code = join('ana@example.org');
    join('ben@example.org', code, 'x');
    expect(eraseForTest(db, 'ana@example.org', days(1))).toBe(true);
    expect(joinedThroughCode(db, code)).toBeUndefined();
    join('cat@example.org', code, 'x');
    expect(
      db.prepare('SELECT count(*) FROM supporters WHERE referred_by IS NOT NULL').pluck().get(),
    ).toBe(0);
    expect(
      db.prepare('SELECT count(*) FROM supporters WHERE share_code = ?').pluck().get(code),
    ).toBe(0);
    // Ben still came through a link on X, which the dashboard may count without anyone's name.
    expect(await pledgeSources(db)).toContainEqual({ source: 'x', pledges: 1 });
    expect(await topShareCodes(db)).toEqual([]);
  });

  it('forgets who an erased supporter came through', () => {
    const code = join('ana@example.org');
    join('ben@example.org', code, 'facebook');
    eraseForTest(db, 'ben@example.org', days(1));
    expect(joinedThroughCode(db, code)).toBe(0);
  });

  it('does not count fake pledges for the one whose code they used', async () => {
    createAccount(db, 'admin@campaign.example', 'admin', now);
    const admin = db.prepare('SELECT id FROM admin_users').pluck().get() as number;
    const code = join('ana@example.org');
    join('real@example.org', code, 'email');
    join('a@flood.example', code, 'copy');
    join('b@flood.example', code, 'copy');
    expect(joinedThroughCode(db, code)).toBe(3);
    const filter = InvalidationFilterSchema.parse({ domain: 'flood.example' });
    expect(await invalidatePledges(db, filter, 2, admin, days(1))).toEqual({
      kind: 'invalidated',
      count: 2,
    });
    expect(joinedThroughCode(db, code)).toBe(1);
    expect(await topShareCodes(db)).toEqual([{ code, joined: 1 }]);
    expect((await pledgeSources(db)).find((row) => row.source === 'copy')).toBeUndefined();
  });
});

describe('what a supporter is told', () => {
  it.each([
    ['en', 0, 'Nobody has joined through your links yet'],
    ['en', 1, '1 person joined through your links'],
    ['en', 2, '2 people joined through your links'],
    ['en', 1234, '1,234 people joined through your links'],
    ['cy', 0, 'Nid oes neb wedi ymuno drwy eich dolenni eto'],
    ['cy', 1, 'Mae 1 person wedi ymuno drwy eich dolenni'],
    ['cy', 2, 'Mae 2 berson wedi ymuno drwy eich dolenni'],
    ['cy', 3, 'Mae 3 pherson wedi ymuno drwy eich dolenni'],
    ['cy', 6, 'Mae 6 pherson wedi ymuno drwy eich dolenni'],
    ['cy', 12, 'Mae 12 o bobl wedi ymuno drwy eich dolenni'],
  ] as const)('%s %i: %s', (locale, count, words) =>
    expect(messages(locale).join.thanks.joinedThrough(count)).toBe(words),
  );
});
