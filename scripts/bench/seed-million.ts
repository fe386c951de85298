import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/lib/db.ts';
import { seedDatabase } from '../../src/lib/site/seed.ts';
import { recomputeSupporterCounts } from '../../src/lib/pledges/counts.ts';
import { createAccount } from '../../src/lib/admin/users.ts';
import { startSession } from '../../src/lib/admin/sessions.ts';

/** What the scale bench seeds, and what it is given to drive the admin pages. */
export interface MillionSeed {
  databasePath: string;
  /** The value of an admin's session cookie. */
  session: string;
  /** A draft to everyone who may be emailed (EMAILABLE of them). */
  mailingId: number;
  /** An email domain some pledges came from, for the invalidation preview (a full scan). */
  floodDomain: string;
  seconds: number;
}

export const SUPPORTERS = 1_000_000;
export const EMAILABLE = 400_000;
const FLOOD_DOMAIN = 'flood.example';

/**
 * A migrated, seeded database in a temporary directory with SUPPORTERS supporters spread over
 * every council and the year up to now: one in ten never confirmed, four in ten confirmed with
 * campaign-email consent (EMAILABLE), the rest confirmed without; each with a pledge consent
 * record, the emailable with a campaign_emails one too; one in a hundred from FLOOD_DOMAIN. All
 * in SQL, in one transaction, then the counters rebuilt from the rows as the site keeps them.
 */
export function seedMillion(): MillionSeed {
  const started = performance.now();
  const databasePath = join(mkdtempSync(join(tmpdir(), 'mrs-scale-')), 'campaign.db');
  const db = openDatabase(databasePath);
  seedDatabase(db);
  // A throwaway file: durability of the seed itself is not measured.
  db.pragma('synchronous = OFF');
  const now = new Date();
  db.transaction(() => {
    db.prepare(
      `WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?),
       c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS m
             FROM councils)
       INSERT INTO supporters (id, email, email_key, first_name, last_name, postcode, council_id,
         state, wants_campaign_emails, unsubscribe_key, created_at, confirmed_at)
       SELECT i, e, e, 'Sam', 'Supporter', 'CT1 1AA', c.id,
         CASE WHEN i % 10 = 0 THEN 'pending' ELSE 'confirmed' END,
         CASE WHEN i % 10 BETWEEN 1 AND 4 THEN 1 ELSE 0 END, 'u' || i, at,
         CASE WHEN i % 10 = 0 THEN NULL ELSE at END
       FROM (SELECT i, 's' || i || CASE WHEN i % 100 = 7 THEN '@${FLOOD_DOMAIN}'
                    ELSE '@example.org' END AS e,
                    strftime('%Y-%m-%dT%H:%M:%fZ', julianday(?) - 365 + i * 365.0 / ?) AS at
             FROM n)
       JOIN c ON c.k = i % c.m`,
    ).run(SUPPORTERS, now.toISOString(), SUPPORTERS);
    db.prepare(
      `INSERT INTO consent_records (supporter_id, purpose, text_version, source_page, given_at)
       SELECT id, 'pledge', 'bench', '/join', created_at FROM supporters
       UNION ALL
       SELECT id, 'campaign_emails', 'bench', '/join', created_at FROM supporters
       WHERE wants_campaign_emails = 1`,
    ).run();
    recomputeSupporterCounts(db);
  })();
  createAccount(db, 'bench-admin@example.org', 'admin', now);
  const adminId = db.prepare('SELECT id FROM admin_users').pluck().get() as number;
  const session = startSession(db, adminId, now);
  // As the compose form saves a draft (src/lib/mailings/mailings.ts, whose email templates are
  // TSX, which a plain script cannot load).
  const mailingId = Number(
    db
      .prepare(
        `INSERT INTO mailings (subject, body, segment, created_by, created_at, updated_at)
         VALUES ('Bench', 'A mailing the bench starts.', '{"kind":"everyone"}', ?, ?, ?)`,
      )
      .run(adminId, now.toISOString(), now.toISOString()).lastInsertRowid,
  );
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  return { databasePath, session, mailingId, floodDomain: FLOOD_DOMAIN, seconds };
}
