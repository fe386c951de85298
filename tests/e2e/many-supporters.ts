import Database from 'better-sqlite3';

/**
 * Adds `total` confirmed supporters straight into a database with SQL (a million in well under a
 * minute), the first `emailable` of them with a campaign-emails consent: a campaign grown large,
 * for what only shows at that size (an export that takes seconds to read).
 */
export function addManySupporters(databasePath: string, total: number, emailable: number): void {
  const db = new Database(databasePath);
  try {
    db.pragma('busy_timeout = 5000');
    db.transaction(() => {
      db.prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO supporters (email, email_key, first_name, last_name, postcode, council_id,
                                 state, wants_campaign_emails, unsubscribe_key, created_at,
                                 confirmed_at)
         SELECT 'many' || i || '@example.org', 'many' || i || '@example.org', 'Many', 'Supporter',
                'CF10 1AA', 1 + i % 100, 'confirmed', i <= ?, 'many-unsubscribe-' || i,
                '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'
         FROM n`,
      ).run(total, emailable);
      db.prepare(
        `INSERT INTO consent_records (supporter_id, purpose, text_version, source_page, given_at)
         SELECT id, 'campaign_emails', 'campaign-emails-2026-11-24', '/join',
                '2026-11-01T00:00:00.000Z'
         FROM supporters WHERE email_key LIKE 'many%' AND wants_campaign_emails = 1`,
      ).run();
    })();
  } finally {
    db.close();
  }
}
