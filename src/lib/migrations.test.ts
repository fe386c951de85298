import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, readMigrations, type Db } from './db.ts';

/** A database as the release before a migration (emails-at-rest unless named) left it, with `rows` in it. */
function before(rows: string, name = 'emails_at_rest'): Db {
  const migrations = readMigrations();
  const at = migrations.findIndex((migration) => migration.name === name);
  const db = openDatabase(':memory:', migrations.slice(0, at));
  db.exec(rows);
  migrate(db, migrations);
  return db;
}

describe('the emails-at-rest migration', () => {
  it('keeps suppressing every address suppressed before, now by exact address', () => {
    const db = before(`
      INSERT INTO supporters (email, email_key, first_name, last_name, unsubscribe_key)
      VALUES ('Jo.Bloggs+news@example.org', 'jo.bloggs@example.org', 'Jo', 'Bloggs', 'k1'),
             ('sam@example.org', 'sam@example.org', 'Sam', 'Lee', 'k2');
      INSERT INTO email_suppressions (email_key, reason, at)
      VALUES ('jo.bloggs@example.org', 'bounce', '2026-11-01T00:00:00.000Z');`);
    expect(db.prepare('SELECT address, reason FROM email_suppressions ORDER BY 1').all()).toEqual([
      { address: 'Jo.Bloggs+news@example.org', reason: 'bounce' },
      { address: 'jo.bloggs@example.org', reason: 'bounce' },
    ]);
  });

  it('forgets the bodies of emails already gone, and keeps those still queued', () => {
    const db = before(`
      INSERT INTO email_outbox (idempotency_key, template, to_address, subject, html, text,
                                headers, state)
      VALUES ('a', 't', 'a@example.org', 'Queued', '<p>?token=a</p>', '?token=a', '{"X":"a"}',
              'queued'),
             ('b', 't', 'b@example.org', 'Sent', '<p>?token=b</p>', '?token=b', '{"X":"b"}', 'sent'),
             ('c', 't', 'c@example.org', 'Dead', '<p>?token=c</p>', '?token=c', '{"X":"c"}', 'dead');`);
    expect(
      db.prepare('SELECT subject, html, text, headers FROM email_outbox ORDER BY id').all(),
    ).toEqual([
      { subject: 'Queued', html: '<p>?token=a</p>', text: '?token=a', headers: '{"X":"a"}' },
      { subject: 'Sent', html: '', text: '', headers: '{}' },
      { subject: 'Dead', html: '', text: '', headers: '{}' },
    ]);
  });

  it('deletes the emails of records already gone, and keeps the rest', () => {
    const email = (key: string, template = 't', createdAt = '2026-11-01T00:00:00.000Z') =>
      `INSERT INTO email_outbox (idempotency_key, template, to_address, subject, html, text,
                                 state, created_at)
       VALUES ('${key}', '${template}', 'a@example.org', 's', '', '', 'sent', '${createdAt}');`;
    const kept = [
      'confirm:1:aaaa',
      'already:1:1',
      'council-signed:7:1',
      'letter:1:ana@council.example',
      'letter-copy:1',
      'letter-follow-up:1',
      'confirm-letter:1111222233334444',
      'privacy:5555666677778888',
      'assessment-link:1',
    ];
    const gone = [
      'confirm:2:aaaa',
      'confirm:3:aaaa',
      'council-signed:7:2',
      'letter:2:ana@council.example',
      'letter-copy:2',
      'letter-follow-up:2',
      'confirm-letter:9999999999999999',
      'privacy:0000000000000000',
      'signing-verify:1',
      'donation-receipt:1',
    ];
    const db = before(`
      INSERT INTO supporters (id, email, email_key, first_name, last_name, unsubscribe_key,
                              erased_at)
      VALUES (1, 'jo@example.org', 'jo@example.org', 'Jo', 'Bloggs', 'k1', NULL),
             (2, NULL, 'erased:2', NULL, NULL, 'k2', '2026-11-02T00:00:00.000Z');
      INSERT INTO councils (id, gss_code, slug, official_name, short_name, nation, region, type,
                            latitude, longitude)
      VALUES (1, 'E10000016', 'kent', 'Kent County Council', 'Kent', 'England', 'South East',
              'county', 51.2, 0.7);
      INSERT INTO letters (id, council_id, writer_email_key, subject, body, fingerprint,
                           confirm_token_hash, expires_at)
      VALUES (1, 1, 'sam@example.org', 'Please sign', '${'word '.repeat(12)}', '[]',
              '1111222233334444ffff', '2026-11-08T00:00:00.000Z');
      INSERT INTO privacy_requests (token_hash, email_key, expires_at)
      VALUES ('5555666677778888ffff', 'sam@example.org', '2999-01-01T00:00:00.000Z'),
             ('0000000000000000ffff', 'old@example.org', '2026-01-01T00:00:00.000Z');
      ${[...kept, ...gone].map((key) => email(key)).join('\n')}
      ${email('manage-new', 'donation-manage-link', new Date().toISOString())}
      ${email('manage-old', 'donation-manage-link', '2020-01-01T00:00:00.000Z')}`);
    expect(
      db.prepare('SELECT idempotency_key FROM email_outbox ORDER BY id').pluck().all(),
    ).toEqual([...kept, 'manage-new']);
    expect(db.prepare('SELECT email_key FROM privacy_requests ORDER BY id').pluck().all()).toEqual([
      'sam@example.org',
      null,
    ]);
  });
});

describe('the migration rewording seeded targets', () => {
  it('rewords untouched seed rows and leaves every other row as it was', () => {
    const db = before(
      `INSERT INTO councils (id, gss_code, slug, official_name, short_name, nation, region, type,
                             latitude, longitude)
       VALUES (1, 'E10000016', 'kent', 'Kent County Council', 'Kent', 'England', 'South East',
               'county', 51.2, 0.7);
       INSERT INTO council_targets (council_id, name, role, email, source, state)
       VALUES (1, 'Lead member for children''s services, Kent (placeholder)', 'lead_member',
               'lead-member@kent.example',
               'Placeholder: replace with the published contact (npm run targets:import)', 'unverified'),
              (1, 'Dr Dee Rector', 'director', 'dcs@kent.gov.uk', 'Kent website', 'unverified');`,
      'seed_targets_worded',
    );
    expect(db.prepare('SELECT name, source FROM council_targets ORDER BY id').all()).toEqual([
      {
        name: "Lead member for children's services, Kent",
        source: 'Not yet checked: to be replaced with the contact Kent publishes',
      },
      { name: 'Dr Dee Rector', source: 'Kent website' },
    ]);
  });
});

describe('the share-codes migration', () => {
  it('keeps every supporter, with no code until they need one, and holds codes to their shape', () => {
    const db = before(
      `INSERT INTO supporters (id, email, email_key, first_name, last_name, state, unsubscribe_key)
       VALUES (1, 'jo@example.org', 'jo@example.org', 'Jo', 'Bloggs', 'confirmed', 'k1'),
              (2, 'sam@example.org', 'sam@example.org', 'Sam', 'Lee', 'confirmed', 'k2');`,
      'share_codes',
    );
    expect(db.prepare('SELECT id, share_code, referred_by FROM supporters').all()).toEqual([
      { id: 1, share_code: null, referred_by: null },
      { id: 2, share_code: null, referred_by: null },
    ]);
    const setCode = db.prepare('UPDATE supporters SET share_code = ? WHERE id = ?');
    setCode.run('ABCD2345', 1);
    expect(() => setCode.run('ABCD2345', 2)).toThrow(/UNIQUE/);
    expect(() => setCode.run('ABCD0123', 2)).toThrow(/CHECK/);
    expect(() =>
      db.prepare("UPDATE supporters SET referral_channel = 'cookie' WHERE id = 2").run(),
    ).toThrow(/CHECK/);
  });
});

describe('the daily-counts migration', () => {
  it('counts the dashboard figures already on record, each supporter unsubscribed once', () => {
    const db = before(
      `INSERT INTO supporters (id, email, email_key, first_name, last_name, state,
         unsubscribe_key, created_at, confirmed_at)
       VALUES (1, 'jo@example.org', 'jo@example.org', 'Jo', 'Bloggs', 'confirmed', 'k1',
               '2026-11-01T10:00:00.000Z', '2026-11-02T09:00:00.000Z'),
              (2, 'sam@example.org', 'sam@example.org', 'Sam', 'Lee', 'pending', 'k2',
               '2026-11-01T11:00:00.000Z', NULL);
       INSERT INTO consent_records (supporter_id, purpose, text_version, source_page, given_at,
         withdrawn_at)
       VALUES (1, 'campaign_emails', 'v1', '/join', '2026-11-01T10:00:00.000Z',
               '2026-11-03T08:00:00.000Z'),
              (1, 'campaign_emails', 'v2', '/join', '2026-11-04T10:00:00.000Z',
               '2026-11-05T08:00:00.000Z');`,
      'daily_counts',
    );
    expect(
      db.prepare('SELECT what, day, count FROM daily_counts ORDER BY what, day').all(),
    ).toEqual([
      { what: 'confirmed', day: '2026-11-02', count: 1 },
      { what: 'first_unsubscribed', day: '2026-11-03', count: 1 },
      { what: 'pending', day: '2026-11-01', count: 1 },
      { what: 'pledged', day: '2026-11-01', count: 2 },
      { what: 'unsubscribed', day: '2026-11-03', count: 1 },
      { what: 'unsubscribed', day: '2026-11-05', count: 1 },
    ]);
  });
});
