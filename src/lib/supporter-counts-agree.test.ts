import { describe, expect, it, vi } from 'vitest';
import { readDashboard } from './admin/dashboard.ts';
import { InvalidationFilterSchema, invalidatePledges } from './admin/invalidation.ts';
import { createAccount } from './admin/users.ts';
import { findCouncil } from './councils/queries.ts';
import type { Db } from './db.ts';
import { supporterCountJson } from './pledges/count-json.ts';
import { confirmPledge } from './pledges/pledge.ts';
import { eraseSupporter, requestPrivacyLink } from './pledges/privacy.ts';
import { openSeededDatabase, pledgeForTest } from './testing.ts';

// The home page reads its figure through getDb(); here that is the test's database.
const db: { current?: Db } = {};
vi.mock('./db.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./db.ts')>()),
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
  it('agree everywhere after an erasure and a removal of fakes, and equal the rows that count', () => {
    const test = openSeededDatabase();
    db.current = test;
    const kent = councilId(test, 'kent');
    const cardiff = councilId(test, 'cardiff');
    for (let i = 0; i < 4; i += 1) supporter(test, `kent${i}@example.org`, kent);
    supporter(test, 'cardiff@example.org', cardiff);
    supporter(test, 'nowhere@example.org', null);
    for (let i = 0; i < 3; i += 1) supporter(test, `fake${i}@flood.example`, i < 2 ? kent : null);
    pledgeForTest(test, { email: 'pending@example.org', councilId: kent, now });

    erase(test, 'kent0@example.org');
    createAccount(test, 'admin@campaign.example', 'admin', now);
    const admin = test.prepare('SELECT id FROM admin_users').pluck().get() as number;
    const flood = InvalidationFilterSchema.parse({ domain: 'flood.example' });
    expect(invalidatePledges(test, flood, 3, admin, now)).toMatchObject({ kind: 'invalidated' });

    // Who counts, written out here rather than borrowed from the code under test: a confirmed
    // pledge that was not fake. An erased supporter still counts, anonymously, as the privacy
    // page promises.
    const truth = (where = '1') =>
      test
        .prepare(
          `SELECT count(*) FROM supporters
           WHERE state = 'confirmed' AND invalidated_at IS NULL AND ${where}`,
        )
        .pluck()
        .get() as number;
    expect(truth()).toBe(6);

    const json = (slug: string | null) => JSON.parse(supporterCountJson(test, slug).body);
    expect(json(null).confirmed).toBe(truth());
    expect(liveSupporters()).toBe(truth());
    expect(readDashboard(test, now).supporters.confirmed).toBe(truth());
    for (const [slug, id] of [
      ['kent', kent],
      ['cardiff', cardiff],
    ] as const) {
      const inCouncil = truth(`council_id = ${id}`);
      expect(json(slug).council.confirmed, slug).toBe(inCouncil);
      expect(findCouncil(test, slug)?.supporters, slug).toBe(inCouncil);
    }
    expect(
      readDashboard(test, now).targets.find((council) => council.slug === 'cardiff')?.supporters,
    ).toBe(1);
  });
});
