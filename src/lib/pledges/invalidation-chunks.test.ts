import { expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { createAccount } from '../admin/users.ts';
import { COUNTED_PLEDGE, countSupporters, recomputeSupporterCounts } from './counts.ts';
import { confirmPledge, createPledge } from './pledge.ts';
import { PledgeFormSchema } from './schema.ts';
import { countMatching, InvalidationFilterSchema, invalidatePledges } from './invalidation.ts';
import type { Db } from '../db.ts';

const now = new Date('2026-11-25T21:00:00Z');
const FAKES = 100_000;
const REAL = 10_000;

/** Fakes from one network and real pledges from others, spread over every council. */
function seed(db: Db) {
  db.exec(`
    WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${FAKES + REAL}),
    c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS m FROM councils)
    INSERT INTO supporters (email, email_key, first_name, last_name, postcode, council_id, state,
      unsubscribe_key, created_at, source_network)
    SELECT 'p' || i || '@example.org', 'p' || i || '@example.org', 'A', 'B', 'CT1 1AA', c.id,
      CASE WHEN i % 4 = 0 THEN 'pending' ELSE 'confirmed' END, 'k' || i, '2026-11-25T20:00:00.000Z',
      CASE WHEN i <= ${FAKES} THEN '203.0.113.0/24' ELSE '198.51.100.0/24' END
    FROM n JOIN c ON c.k = i % c.m`);
  recomputeSupporterCounts(db);
}

/** The counters against a full count of the rows: in all and per council. */
function countersMatchRows(db: Db): boolean {
  const rows = db
    .prepare(
      `SELECT council_id AS id, count(*) AS n FROM supporters WHERE ${COUNTED_PLEDGE}
       GROUP BY council_id`,
    )
    .all() as { id: number | null; n: number }[];
  const total = rows.reduce((sum, row) => sum + row.n, 0);
  return (
    countSupporters(db).online === total &&
    rows.every((row) => row.id === null || countSupporters(db, row.id).online === row.n)
  );
}

it('invalidates 100,000 fakes in chunks: the counters are right throughout, and a pledge made meanwhile commits first', async () => {
  const db = openSeededDatabase();
  createAccount(db, 'admin@campaign.example', 'admin', now);
  const admin = db.prepare('SELECT id FROM admin_users').pluck().get() as number;
  seed(db);
  const flood = InvalidationFilterSchema.parse({ network: '203.0.113.0/24' });
  const expected = countMatching(db, flood);
  expect(expected.total).toBe(FAKES);

  let finished = false;
  let ticks = 0;
  let lastSeen = countSupporters(db).online;
  let chunks = 0;
  let checks = 0;
  let wrong = 0;
  let pledgedBeforeTheEnd: boolean | undefined;
  // Between chunks, as a request would: check the public figures, and once, pledge.
  const watch = () => {
    if (finished) return;
    ticks += 1;
    // After every tenth chunk (the total moved): the total against a count of the rows, and
    // every hundredth each council too. A count of 110,000 rows takes longer than a chunk: done
    // after each of some 4,000 chunks, the checks made most of the test's time.
    const online = countSupporters(db).online;
    if (online !== lastSeen) {
      lastSeen = online;
      chunks += 1;
      if (chunks % 10 === 0) {
        checks += 1;
        const rows = db.prepare(`SELECT count(*) FROM supporters WHERE ${COUNTED_PLEDGE}`).pluck();
        if (online !== rows.get() || (checks % 10 === 0 && !countersMatchRows(db))) wrong += 1;
      }
    }
    if (ticks === 3) {
      const form = PledgeFormSchema.parse({
        ...{ firstName: 'Jo', lastName: 'Bloggs', email: 'jo@real.example', postcode: '' },
        ...{ from: '/join', website: '', shownAt: '0' },
      });
      createPledge(db, form, { now, siteUrl: 'https://example.org.uk', councilId: null });
      const text = db
        .prepare("SELECT text FROM email_outbox WHERE template = 'confirm-pledge'")
        .pluck()
        .get() as string;
      confirmPledge(db, /token=([A-Za-z0-9_-]+)/.exec(text)![1]!, now);
      pledgedBeforeTheEnd = !finished;
    }
    setImmediate(watch);
  };
  setImmediate(watch);
  const started = performance.now();
  const outcome = await invalidatePledges(db, flood, FAKES, admin, now);
  finished = true;
  console.log(
    `100,000 invalidated in ${Math.round(performance.now() - started)} ms, in ${chunks} chunks; counters checked after ${checks} of them`,
  );

  expect(outcome).toEqual({ kind: 'invalidated', count: FAKES });
  expect(checks).toBeGreaterThan(10);
  expect(wrong).toBe(0);
  expect(pledgedBeforeTheEnd).toBe(true);
  expect(countersMatchRows(db)).toBe(true);
  // The real ones (three in four confirmed) and the one made during it.
  expect(countSupporters(db).online).toBe((REAL * 3) / 4 + 1);
  expect(countMatching(db, flood).total).toBe(0);
}, 120_000);
