import { describe, expect, it, vi } from 'vitest';
import { readDashboard } from './dashboard.ts';
import { InvalidationFilterSchema, invalidatePledges } from '../pledges/invalidation.ts';
import { createAccount } from '../admin/users.ts';
import { findCouncil } from '../councils/queries.ts';
import type { Db } from '../db.ts';
import { supporterCountJson } from '../pledges/count-json.ts';
import type { SupporterCount } from '../pledges/counts.ts';
import {
  OfflineSupportersFormSchema,
  recordOfflineSupporters,
} from '../pledges/offline-supporters.ts';
import { confirmPledge } from '../pledges/pledge.ts';
import { eraseSupporter, requestPrivacyLink } from './privacy.ts';
import { openSeededDatabase, pledgeForTest } from './testing.ts';

// The home page reads its figure through getDb(); here that is the test's database.
const db: { current?: Db } = {};
vi.mock('../db.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../db.ts')>()),
  getDb: () => db.current!,
}));
const { liveSupporters } = await import('./live-numbers.ts');

const now = new Date('2026-11-25T12:00:00Z');
const SITE = 'https://example.org.uk';

const councilId = (db: Db, slug: string) =>
  db.prepare('SELECT id FROM councils WHERE slug = ?').pluck().get(slug) as number;

/** A pledge made and confirmed the way the site does it. */
function supporter(db: Db, email: string, council: number | null) {
  confirmPledge(db, pledgeForTest(db, { email, councilId: council, now }), now);
}

/** Erases a supporter the way their emailed link does. */
function erase(db: Db, email: string) {
  requestPrivacyLink(db, email, SITE, now);
  const text = db
    .prepare("SELECT text FROM email_outbox WHERE template = 'privacy-link' ORDER BY id DESC")
    .pluck()
    .get() as string;
  expect(eraseSupporter(db, /token=([\w-]+)/.exec(text)![1]!, now)).toBe(true);
}

describe('the supporter figures', () => {
  it('agree everywhere after an erasure and a removal of fakes, and equal the rows that count', async () => {
    const test = openSeededDatabase();
    db.current = test;
    const kent = councilId(test, 'kent');
    const cardiff = councilId(test, 'cardiff');
    createAccount(test, 'admin@campaign.example', 'admin', now);
    const admin = test.prepare('SELECT id FROM admin_users').pluck().get() as number;
    for (let i = 0; i < 4; i += 1) supporter(test, `kent${i}@example.org`, kent);
    supporter(test, 'cardiff@example.org', cardiff);
    supporter(test, 'nowhere@example.org', null);
    for (let i = 0; i < 3; i += 1) supporter(test, `fake${i}@flood.example`, i < 2 ? kent : null);
    pledgeForTest(test, { email: 'pending@example.org', councilId: kent, now });
    // Paper sign-ups: one for Kent, corrected once; one for nowhere in particular.
    const offline = (fields: Record<string, string>) => {
      const form = OfflineSupportersFormSchema.parse({
        countedOn: '2026-10-03',
        source: 'Paper petition',
        ...fields,
      });
      const outcome = recordOfflineSupporters(test, form, admin, now);
      if (outcome.kind !== 'recorded') throw new Error(outcome.kind);
      return outcome.id;
    };
    const wrong = offline({ count: '40', council: 'kent' });
    offline({ count: '30', council: 'kent', corrects: String(wrong) });
    offline({ count: '15' });

    erase(test, 'kent0@example.org');
    const flood = InvalidationFilterSchema.parse({ domain: 'flood.example' });
    expect(await invalidatePledges(test, flood, 3, admin, now)).toMatchObject({
      kind: 'invalidated',
    });

    // Who counts, written out here rather than borrowed from the code under test: a confirmed
    // pledge that was not fake (an erased supporter still counts, anonymously, as the privacy page
    // promises), and each offline entry no later entry corrects.
    const truth = (council?: number): SupporterCount => {
      const where = council === undefined ? '1' : `council_id = ${council}`;
      const online = test
        .prepare(
          `SELECT count(*) FROM supporters
           WHERE state = 'confirmed' AND invalidated_at IS NULL AND ${where}`,
        )
        .pluck()
        .get() as number;
      const offline = test
        .prepare(
          `SELECT coalesce(sum(count), 0) FROM offline_supporters AS e
           WHERE NOT EXISTS (SELECT 1 FROM offline_supporters WHERE corrects = e.id) AND ${where}`,
        )
        .pluck()
        .get() as number;
      return { online, offline, total: online + offline };
    };
    expect(truth()).toEqual({ online: 6, offline: 7045, total: 7051 });

    const json = (slug: string | null) => JSON.parse(supporterCountJson(test, slug).body);
    expect(json(null)).toMatchObject({ ...truth(), confirmed: truth().online });
    expect(liveSupporters()).toEqual(truth());
    const dashboard = await readDashboard(test, now);
    expect(dashboard.supporters).toMatchObject(truth());
    for (const [slug, id] of [
      ['kent', kent],
      ['cardiff', cardiff],
    ] as const) {
      expect(json(slug).council, slug).toMatchObject(truth(id));
      expect(findCouncil(test, slug), slug).toMatchObject({
        supporters: truth(id).total,
        supportersOnline: truth(id).online,
        supportersOffline: truth(id).offline,
      });
    }
    expect(truth(kent)).toEqual({ online: 4, offline: 30, total: 34 });
    expect(dashboard.targets.find((council) => council.slug === 'cardiff')?.supporters).toBe(
      truth(cardiff).total,
    );
  });
});
